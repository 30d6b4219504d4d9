import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../electron/services/db/migrations';
import type { Migration } from '../../../../../electron/services/db/migrations/types';
import { ftsMatches } from '../../../support/fts-matches';
import { inspect, notesAuthor, notesTable } from '../../../support/migrations';
import { tempFolder } from '../../../support/temp-folder';

const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, '../../../../../electron/services/db/migrations');
const SHARED_FOLDER = path.resolve(import.meta.dirname, '../../../../../shared');

const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

async function open(file: string, migrations?: readonly Migration[]) {
  const result = await openDatabase(file, { migrations });
  opened.push(result.db);
  return result.db;
}

describe('migrations', () => {
  it("call none of the services' code, which reads and writes this build's schema, not theirs", () => {
    const files = fs.readdirSync(MIGRATIONS_FOLDER).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(MIGRATIONS.length);
    for (const name of files) {
      const source = fs.readFileSync(path.join(MIGRATIONS_FOLDER, name), 'utf8');
      for (const [, from] of source.matchAll(/^import .* from '([^']+)';$/gm)) {
        const target = path.resolve(MIGRATIONS_FOLDER, from!);
        const allowed =
          path.dirname(target) === MIGRATIONS_FOLDER ||
          target.startsWith(SHARED_FOLDER + path.sep) ||
          !from!.startsWith('.');
        expect(allowed, `${name} imports ${from}`).toBe(true);
      }
    }
  });

  it('all run in one transaction: a later one failing takes back the earlier ones of the same start', async () => {
    const file = path.join(tempFolder(), 'redaksi.db');
    const fails: Migration = {
      version: 3,
      name: 'fails',
      up: () => {
        throw new Error('disk gremlins');
      },
    };
    (await open(file, [notesTable])).close();
    await expect(openDatabase(file, { migrations: [notesTable, notesAuthor, fails] })).rejects.toThrow(
      /Migration 3 \(fails\) failed: disk gremlins/,
    );
    inspect(file, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(db.prepare("SELECT name FROM pragma_table_info('notes')").pluck().all()).toEqual(['id', 'body']);
    });
  });
});

describe('writing derived values again after migrating', () => {
  /** A library at version 14 with one article and one source, as that version's saves left them. */
  async function libraryAt14(): Promise<string> {
    const file = path.join(tempFolder(), 'redaksi.db');
    const db = await open(file, MIGRATIONS.slice(0, 14));
    db.prepare(
      `INSERT INTO articles (id, headline, writers, editor, tags, slug, body, body_text, tags_text,
         writers_text, variants_text, word_count, created_at, updated_at)
       VALUES ('a1', 'Harga dan jarak', '["Ani Lubis"]', 'Ni’matul Huda', '["e-KTP"]', 'harga-dan-jarak',
         '{"root":{"type":"root","children":[]}}', 'Harga Rp12 dan jarak 5km.', 'e-KTP', 'Ani Lubis',
         'ektp rp 12 5 km', 5, 'now', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO sources (id, kind, name, search_text, created_at, updated_at)
       VALUES ('s1', 'person', 'Ma’ruf Amin', 'ma’ruf amin', 'now', 'now')`,
    ).run();
    db.close();
    return file;
  }

  it("are written in the migrations' transaction: a failure leaves the library at its version, values as they were", async () => {
    const file = await libraryAt14();
    // A write the library refuses, as a full disk or a damaged page would: rederive's, after the
    // migrations' own writes (migration 19 dates every source) went through.
    const setUp = new Database(file);
    setUp.exec(
      `CREATE TRIGGER refuse BEFORE UPDATE OF search_text ON sources BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    setUp.close();

    await expect(openDatabase(file)).rejects.toThrow(
      /Writing the search text and counts again failed: disk full/,
    );
    inspect(file, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(14);
      expect(db.prepare('SELECT writers_text, variants_text FROM articles').get()).toEqual({
        writers_text: 'Ani Lubis',
        variants_text: 'ektp rp 12 5 km',
      });
    });

    const mend = new Database(file);
    mend.exec('DROP TRIGGER refuse');
    mend.close();
    const db = await open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(ftsMatches(db, 'articles', 'writers_text : huda')).toEqual(['a1']);
    expect(db.prepare('SELECT search_text FROM sources').pluck().get()).toContain('maruf');
  });

  it('read a stored list that cannot be read as none, and the library still opens', async () => {
    const file = await libraryAt14();
    const damage = new Database(file);
    damage.prepare("UPDATE articles SET tags = '[\"e-KTP\"', writers = 'Ani' WHERE id = 'a1'").run();
    damage.close();

    const db = await open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    const row = db.prepare('SELECT tags, writers, writers_text FROM articles').get();
    // The lists are kept as they were; only their search columns lose the names.
    expect(row).toEqual({ tags: '["e-KTP"', writers: 'Ani', writers_text: 'Ni’matul Huda' });
    expect(ftsMatches(db, 'articles', 'headline : harga')).toEqual(['a1']);
  });
});
