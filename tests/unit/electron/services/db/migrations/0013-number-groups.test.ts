import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { numberGroupsMigration } from '../../../../../../electron/services/db/migrations/0013-number-groups';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0013: a number written against letters is found by all its groups', () => {
  it('writes the split forms of stored articles and photos with the groups, and rebuilds both indexes', async () => {
    expect(MIGRATIONS[12]).toBe(numberGroupsMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 12) }));
    db.prepare(
      `INSERT INTO articles (id, headline, slug, body, body_text, variants_text, created_at, updated_at)
       VALUES ('a1', 'Harga beras', 'harga-beras', '{"root":{"type":"root","children":[]}}',
         'Naik menjadi Rp14.000 pada hari Jum’at.', 'jumat rp 14', 'now', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO photos (id, sha256, ext, width, height, bytes, caption, credit, variants_text, imported_at, updated_at)
       VALUES ('p1', ?, 'jpg', 10, 10, 1, 'MEDAN: Beras Rp9.500.', 'ANTARA', 'rp 9', 'now', 'now')`,
    ).run('1'.repeat(64));
    const articles = (query: string) =>
      db!
        .prepare(
          'SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?',
        )
        .pluck()
        .all(query);
    const photos = (query: string) =>
      db!
        .prepare(
          'SELECT p.id FROM photos_fts JOIN photos p ON p.seq = photos_fts.rowid WHERE photos_fts MATCH ?',
        )
        .pluck()
        .all(query);
    expect(articles('"14 000"')).toEqual([]);
    expect(photos('"9 500"')).toEqual([]);
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(articles('"14 000"')).toEqual(['a1']);
    expect(articles('jumat')).toEqual(['a1']);
    expect(photos('"9 500"')).toEqual(['p1']);
    const database = db;
    for (const table of ['articles_fts', 'photos_fts'])
      expect(() =>
        database.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run(),
      ).not.toThrow();
  });
});
