import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { joinedWordsPhotosSourcesMigration } from '../../../../../../electron/services/db/migrations/0008-joined-words-photos-sources';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0008: photo and source search with and without apostrophes and hyphens', () => {
  it('indexes the run-together words of stored photos and rewrites the sources’ search words', async () => {
    expect(MIGRATIONS[7]).toBe(joinedWordsPhotosSourcesMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 7) }));
    const photo = db.prepare(
      `INSERT INTO photos (id, sha256, ext, width, height, bytes, caption, credit, imported_at, updated_at)
       VALUES (?, ?, 'jpg', 10, 10, 1, ?, ?, 'now', 'now')`,
    );
    photo.run('p1', '1'.repeat(64), 'JAKARTA: Salat Jum’at.', 'ANTARA');
    photo.run('p2', '2'.repeat(64), 'MEDAN: Pasar pagi.', 'e-Foto');
    db.prepare(
      `INSERT INTO sources (id, kind, name, search_text, created_at, updated_at)
       VALUES ('s1', 'person', 'Ma’ruf Amin', 'ma’ruf amin', 'now', 'now')`,
    ).run();
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    const photos = (query: string) =>
      db!
        .prepare(
          'SELECT p.id FROM photos_fts JOIN photos p ON p.seq = photos_fts.rowid WHERE photos_fts MATCH ?',
        )
        .pluck()
        .all(query);
    expect(photos('jumat')).toEqual(['p1']);
    expect(photos('efoto')).toEqual(['p2']);
    expect(photos('pasar')).toEqual(['p2']);
    expect(db.prepare("SELECT search_text FROM sources WHERE id = 's1'").pluck().get()).toBe(
      'ma’ruf amin\n\n\nmaruf amin\n\n',
    );
    const database = db;
    expect(() =>
      database.prepare("INSERT INTO photos_fts (photos_fts) VALUES ('integrity-check')").run(),
    ).not.toThrow();
  });
});
