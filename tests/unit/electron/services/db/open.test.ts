import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import { backupsFolder, openDatabase } from '../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../electron/services/db/migrations';
import type { Migration } from '../../../../../electron/services/db/migrations/types';
import { failsHalfway, inspect, notesAuthor, notesTable } from '../../../support/migrations';
import { tempFolder } from '../../../support/temp-folder';

const LATEST = MIGRATIONS.at(-1)!.version;
const fixedClock = () => new Date('2025-03-14T09:26:53.589Z');

const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

async function open(file: string, migrations?: readonly Migration[]) {
  const result = await openDatabase(file, { migrations, now: fixedClock });
  opened.push(result.db);
  return result;
}

const schemaOf = (db: Database.Database) =>
  db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();

/** Deterministic bytes that are not an SQLite page. */
function garbage(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1664525 + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function asideFiles(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => /^redaksi\.db\.corrupt-[^.]*$/.test(name) && !/-(wal|shm)$/.test(name));
}

/** A closed database of the current schema holding `count` articles with some text each. */
async function databaseWithArticles(file: string, count: number): Promise<void> {
  const { db } = await open(file);
  const insert = db.prepare(
    `INSERT INTO articles (id, headline, slug, body, body_text, created_at, updated_at)
     VALUES (?, ?, ?, '{}', ?, '2025-01-01', '2025-01-01')`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      insert.run(`id-${i}`, `Berita nomor ${i}`, `berita-${i}`, `Isi berita ${i} `.repeat(60));
    }
  })();
  db.close();
}

describe('openDatabase on a new file', () => {
  it('creates the database in WAL mode, at the latest schema version, with foreign keys and full sync on', async () => {
    const file = path.join(tempFolder(), 'redaksi.db');
    const { db, notices } = await open(file);
    expect(notices).toEqual([]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
    expect(inspect(file, (raw) => raw.pragma('journal_mode', { simple: true }))).toBe('wal');
  });

  it('creates the data folder when it does not exist yet', async () => {
    const file = path.join(tempFolder(), 'nested', 'data', 'redaksi.db');
    await open(file);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('takes no backup of a brand-new file', async () => {
    const file = path.join(tempFolder(), 'redaksi.db');
    await open(file, [notesTable, notesAuthor]);
    expect(fs.existsSync(backupsFolder(file))).toBe(false);
  });

  it('reopens a current database without migrating or backing it up, keeping its data', async () => {
    const file = path.join(tempFolder(), 'redaksi.db');
    const first = await open(file, [notesTable]);
    first.db.prepare('INSERT INTO notes (body) VALUES (?)').run('tetap ada');
    first.db.close();
    const { db, notices } = await open(file, [notesTable]);
    expect(notices).toEqual([]);
    expect(db.prepare('SELECT body FROM notes').pluck().all()).toEqual(['tetap ada']);
    expect(fs.existsSync(backupsFolder(file))).toBe(false);
  });
});

describe('openDatabase on an older database', () => {
  it('backs the file up into backups/ before migrating it, and the backup is at the old version', async () => {
    const file = path.join(tempFolder(), 'redaksi.db');
    const old = await open(file, [notesTable]);
    old.db.prepare('INSERT INTO notes (body) VALUES (?)').run('catatan lama');
    old.db.close();

    const { db } = await open(file, [notesTable, notesAuthor]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT body, author FROM notes').all()).toEqual([
      { body: 'catatan lama', author: '' },
    ]);

    const backups = fs.readdirSync(backupsFolder(file));
    expect(backups).toEqual(['redaksi-v1-2025-03-14T09-26-53-589Z.db']);
    const backup = path.join(backupsFolder(file), backups[0]!);
    expect(inspect(backup, (raw) => raw.pragma('user_version', { simple: true }))).toBe(1);
    expect(inspect(backup, (raw) => raw.prepare('SELECT body FROM notes').pluck().all())).toEqual([
      'catatan lama',
    ]);
    expect(inspect(backup, (raw) => (raw.pragma('table_info(notes)') as unknown[]).length)).toBe(2);
  });
});

describe('openDatabase on a database from a newer version', () => {
  it('refuses it with DATABASE_NEWER and leaves the file byte for byte as it was', async () => {
    const file = path.join(tempFolder(), 'redaksi.db');
    (await open(file)).db.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST + 5}`);
    raw.close();
    const before = fs.readFileSync(file);

    const error = await openDatabase(file, { now: fixedClock }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('DATABASE_NEWER');
    expect((error as ApiError).message).toMatch(/newer version of Redaksi/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(backupsFolder(file))).toBe(false);
  });

  it('offers the newest backup this version can open, made before the newer version upgraded it', async () => {
    const file = path.join(tempFolder(), 'redaksi.db');
    (await open(file)).db.close();
    const folder = backupsFolder(file);
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(file, path.join(folder, `redaksi-v${LATEST}-2025-09-13T07-00-00-000Z.db`));
    fs.copyFileSync(file, path.join(folder, `redaksi-v${LATEST + 1}-2025-09-14T07-00-00-000Z.db`));
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST + 2}`);
    raw.close();

    const error = (await openDatabase(file).catch((caught: unknown) => caught)) as ApiError;
    const offered = path.join(folder, `redaksi-v${LATEST}-2025-09-13T07-00-00-000Z.db`);
    expect(error.code).toBe('DATABASE_NEWER');
    expect(error.message).toContain(
      `A backup this version can open, made before that upgrade, is ${offered}`,
    );
    expect(error.details).toMatchObject({ backup: offered });
  });

  it('does not switch a newer rollback-journal database to WAL (its header bytes stay unchanged)', async () => {
    const file = path.join(tempFolder(), 'redaksi.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${LATEST + 1}`);
    raw.close();
    const before = fs.readFileSync(file);

    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'DATABASE_NEWER' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('openDatabase on a damaged file (R2)', () => {
  it('moves a file of garbage aside with its exact bytes, reports DATABASE_CORRUPT and opens a fresh database', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'redaksi.db');
    await databaseWithArticles(file, 5);
    const damaged = garbage(fs.statSync(file).size, 1);
    fs.writeFileSync(file, damaged);

    const { db, notices } = await open(file);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.code).toBe('DATABASE_CORRUPT');
    const aside = asideFiles(folder);
    expect(aside).toEqual(['redaksi.db.corrupt-2025-03-14T09-26-53-589Z']);
    expect(notices[0]!.message).toContain(path.join(folder, aside[0]!));
    expect(fs.readFileSync(path.join(folder, aside[0]!)).equals(damaged)).toBe(true);

    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
  });

  it('moves aside a real database whose pages were overwritten, keeping its exact bytes', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'redaksi.db');
    await databaseWithArticles(file, 300);
    const original = fs.readFileSync(file);
    const pageSize = 4096;
    expect(original.length).toBeGreaterThan(pageSize * 20);
    // Keep the header page, overwrite a run of pages in the middle of the file.
    const damaged = Buffer.from(original);
    garbage(pageSize * 8, 7).copy(damaged, pageSize * 4);
    fs.writeFileSync(file, damaged);

    const { db, notices } = await open(file);
    expect(notices.map((notice) => notice.code)).toEqual(['DATABASE_CORRUPT']);
    const aside = asideFiles(folder);
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(folder, aside[0]!)).equals(damaged)).toBe(true);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('moves aside a damaged rollback-journal database without first switching it to WAL', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'redaksi.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE notes (body TEXT)');
    const insert = raw.prepare('INSERT INTO notes VALUES (?)');
    raw.transaction(() => {
      for (let i = 0; i < 300; i += 1) insert.run(`catatan ${i} `.repeat(40));
    })();
    raw.close();
    const damaged = fs.readFileSync(file);
    garbage(4096 * 8, 5).copy(damaged, 4096 * 4);
    fs.writeFileSync(file, damaged);

    const { notices } = await open(file);
    expect(notices.map((notice) => notice.code)).toEqual(['DATABASE_CORRUPT']);
    expect(fs.readFileSync(path.join(folder, asideFiles(folder)[0]!)).equals(damaged)).toBe(true);
  });

  it('names the most recent backup in the notice so it can be restored', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'redaksi.db');
    (await open(file, [notesTable])).db.close();
    (await open(file, [notesTable, notesAuthor])).db.close();
    fs.writeFileSync(file, garbage(fs.statSync(file).size, 3));

    const { notices } = await open(file, [notesTable, notesAuthor]);
    expect(notices[0]!.message).toContain(
      path.join(backupsFolder(file), 'redaksi-v1-2025-03-14T09-26-53-589Z.db'),
    );
  });

  it('never overwrites an earlier moved-aside file when damage happens twice', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'redaksi.db');
    const first = garbage(8192, 11);
    const second = garbage(8192, 12);
    fs.writeFileSync(file, first);
    (await open(file)).db.close();
    fs.writeFileSync(file, second);
    (await open(file)).db.close();

    const kept = asideFiles(folder).map((name) => fs.readFileSync(path.join(folder, name)));
    expect(kept).toHaveLength(2);
    expect(kept.some((bytes) => bytes.equals(first))).toBe(true);
    expect(kept.some((bytes) => bytes.equals(second))).toBe(true);
  });

  it('treats an empty file as a new database rather than a damaged one', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'redaksi.db');
    fs.writeFileSync(file, '');
    const { db, notices } = await open(file);
    expect(notices).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
  });
});

describe('openDatabase when a migration fails halfway (R3)', () => {
  it('leaves schema, data and user_version as they were, and the pre-migration backup exists', async () => {
    const file = path.join(tempFolder(), 'redaksi.db');
    const old = await open(file, [notesTable]);
    old.db.prepare('INSERT INTO notes (body) VALUES (?)').run('sebelum migrasi');
    const schemaBefore = schemaOf(old.db);
    old.db.close();

    await expect(
      openDatabase(file, { migrations: [notesTable, failsHalfway], now: fixedClock }),
    ).rejects.toThrow(/Migration 2 \(fails halfway\) failed: disk gremlins/);

    inspect(file, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(schemaOf(db)).toEqual(schemaBefore);
      expect(db.prepare('SELECT body FROM notes').pluck().all()).toEqual(['sebelum migrasi']);
    });
    const backups = fs.readdirSync(backupsFolder(file));
    expect(backups).toHaveLength(1);
    expect(
      inspect(path.join(backupsFolder(file), backups[0]!), (db) =>
        db.pragma('user_version', { simple: true }),
      ),
    ).toBe(1);

    // The file still opens with the version that knows only the first migration.
    const { db } = await open(file, [notesTable]);
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(1);
  });
});

const REPO = path.resolve(import.meta.dirname, '../../../../..');
// A separate process, as another Redaksi is: connections within one process share SQLite's WAL index.
const SAVE_IN_ANOTHER_PROCESS = `
const db = new (require('better-sqlite3'))(process.argv[1]);
db.pragma('busy_timeout = 5000');
db.prepare('INSERT INTO notes (body) VALUES (?)').run(process.argv[2]);
db.close();`;

describe('the command line refusing a damaged file while an app starts on it', () => {
  it('leaves the WAL files of an app that opened the library just after its look, so both keep seeing each other’s saves', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'redaksi.db');
    const notes = [notesTable];
    const first = await openDatabase(file, { migrations: notes, now: fixedClock });
    first.db.transaction(() => {
      for (let i = 0; i < 300; i += 1)
        first.db.prepare('INSERT INTO notes (body) VALUES (?)').run('x'.repeat(200));
    })();
    first.db.close();
    const damaged = fs.readFileSync(file);
    garbage(4096 * 4, 3).copy(damaged, 4096 * 2);
    fs.writeFileSync(file, damaged);
    expect(fs.readdirSync(folder)).toEqual(['redaksi.db']);

    // The app starts the moment the command line has looked: it sets the damaged file aside and starts a new one.
    let app: Promise<{ db: Database.Database }> | null = null;
    await expect(
      openDatabase(file, {
        migrations: notes,
        refuseDamaged: true,
        afterInspect: () => {
          app = openDatabase(file, { migrations: notes, now: fixedClock });
        },
      }),
    ).rejects.toMatchObject({ code: 'DATABASE_CORRUPT' });
    const { db } = await app!;
    opened.push(db);
    expect(fs.existsSync(`${file}-wal`), 'the app’s WAL').toBe(true);
    expect(fs.existsSync(`${file}-shm`), 'the app’s WAL index').toBe(true);

    const add = (into: Database.Database, body: string) =>
      into.prepare('INSERT INTO notes (body) VALUES (?)').run(body);
    add(db, 'saved in the app');
    // The next command-line run, another process, saves while the app is open.
    execFileSync(process.execPath, ['-e', SAVE_IN_ANOTHER_PROCESS, file, 'saved by the next run'], {
      cwd: REPO,
    });
    expect(db.prepare('SELECT body FROM notes ORDER BY id').pluck().all()).toEqual([
      'saved in the app',
      'saved by the next run',
    ]);
    add(db, 'saved in the app again');
    db.close();
    expect(
      inspect(file, (check) => check.prepare('SELECT body FROM notes ORDER BY id').pluck().all()),
    ).toEqual(['saved in the app', 'saved by the next run', 'saved in the app again']);
  });
});
