import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { articlesMigration } from '../../../../../../electron/services/db/migrations/0001-articles';
import { photosMigration } from '../../../../../../electron/services/db/migrations/0002-photos';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

const insertPhoto = (database: Database.Database, seq: number, fields: Record<string, string> = {}) =>
  database
    .prepare(
      `INSERT INTO photos (seq, id, sha256, ext, width, height, bytes, caption, credit, creator, imported_at, updated_at)
       VALUES (@seq, @id, @sha256, @ext, 10, 10, 100, @caption, @credit, @creator, 'now', 'now')`,
    )
    .run({
      seq,
      id: `photo-${seq}`,
      sha256: String(seq).repeat(64).slice(0, 64),
      ext: 'jpg',
      caption: '',
      credit: '',
      creator: '',
      ...fields,
    });

const insertArticle = (database: Database.Database, id: string) =>
  database
    .prepare(
      `INSERT INTO articles (id, slug, body, created_at, updated_at) VALUES (?, ?, '{}', 'now', 'now')`,
    )
    .run(id, id);

const matches = (database: Database.Database, query: string): number[] =>
  database
    .prepare('SELECT rowid FROM photos_fts WHERE photos_fts MATCH ? ORDER BY rowid')
    .pluck()
    .all(query) as number[];

describe('migration 0002: photo library, photo usage and featured photo', () => {
  it('is the second migration and sets user_version 2', async () => {
    expect(MIGRATIONS[1]).toBe(photosMigration);
    ({ db } = await openDatabase(path.join(tempFolder(), 'redaksi.db'), {
      migrations: [articlesMigration, photosMigration],
    }));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('upgrades a version 1 database, keeping its articles (featured photo none), with a backup first', async () => {
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: [articlesMigration] }));
    insertArticle(db, 'kept');
    db.close();
    ({ db } = await openDatabase(file, { migrations: [articlesMigration, photosMigration] }));
    expect(db.prepare('SELECT id, featured_photo_id FROM articles').all()).toEqual([
      { id: 'kept', featured_photo_id: null },
    ]);
    const backups = (await import('node:fs')).readdirSync(path.join(path.dirname(file), 'backups'));
    expect(backups.some((name) => name.startsWith('redaksi-v1-'))).toBe(true);
  });

  it('indexes captions, credits and photographers, and keeps the index in step with edits', async () => {
    ({ db } = await openDatabase(path.join(tempFolder(), 'redaksi.db'), {
      migrations: [articlesMigration, photosMigration],
    }));
    insertPhoto(db, 1, {
      caption: 'Pelabuhan Vladivostok saat senja',
      credit: 'AFP',
      creator: 'Abdi Tumanggor',
    });
    expect(matches(db, 'pelabuhan')).toEqual([1]);
    expect(matches(db, 'afp')).toEqual([1]);
    expect(matches(db, 'tumanggor')).toEqual([1]);
    db.prepare("UPDATE photos SET caption = 'Kosmodrom Vostochny' WHERE seq = 1").run();
    expect(matches(db, 'pelabuhan')).toEqual([]);
    expect(matches(db, 'kosmodrom')).toEqual([1]);
    db.prepare('DELETE FROM photos WHERE seq = 1').run();
    expect(matches(db, 'kosmodrom')).toEqual([]);
    db.prepare("INSERT INTO photos_fts (photos_fts) VALUES ('integrity-check')").run();
  });

  it('keeps one photo per file and only the accepted formats', async () => {
    ({ db } = await openDatabase(path.join(tempFolder(), 'redaksi.db'), {
      migrations: [articlesMigration, photosMigration],
    }));
    const database = db;
    insertPhoto(database, 1);
    expect(() => insertPhoto(database, 2, { sha256: '1'.repeat(64) })).toThrow(/UNIQUE/);
    expect(() => insertPhoto(database, 3, { ext: 'svg' })).toThrow(/CHECK/);
  });

  it('records usage per article and photo; deleting an article forgets its usage, and a featured photo must exist', async () => {
    ({ db } = await openDatabase(path.join(tempFolder(), 'redaksi.db'), {
      migrations: [articlesMigration, photosMigration],
    }));
    const database = db;
    insertPhoto(database, 1);
    insertArticle(database, 'a1');
    database.prepare("INSERT INTO article_photos (article_id, photo_id) VALUES ('a1', 'photo-1')").run();
    expect(() =>
      database.prepare("INSERT INTO article_photos (article_id, photo_id) VALUES ('a1', 'photo-1')").run(),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() => database.prepare("UPDATE articles SET featured_photo_id = 'no-such-photo'").run()).toThrow(
      /FOREIGN KEY/,
    );
    database.prepare("UPDATE articles SET featured_photo_id = 'photo-1'").run();
    database.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    expect(database.prepare('SELECT count(*) FROM article_photos').pluck().get()).toBe(0);
  });
});
