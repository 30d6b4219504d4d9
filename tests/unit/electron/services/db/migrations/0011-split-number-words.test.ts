import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { splitNumberWordsMigration } from '../../../../../../electron/services/db/migrations/0011-split-number-words';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0011: a number written against letters is found by the number', () => {
  it('writes the split forms of stored articles and photos, keeps the joined ones, and rebuilds both indexes', async () => {
    expect(MIGRATIONS[10]).toBe(splitNumberWordsMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 10) }));
    db.prepare(
      `INSERT INTO articles (id, headline, slug, body, body_text, variants_text, created_at, updated_at)
       VALUES ('a1', 'Harga beras', 'harga-beras', '{"root":{"type":"root","children":[]}}',
         'Naik menjadi Rp14.000 pada hari Jum’at.', 'jumat', 'now', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO photos (id, sha256, ext, width, height, bytes, caption, credit, imported_at, updated_at)
       VALUES ('p1', ?, 'jpg', 10, 10, 1, 'MEDAN: Beras Rp9.500.', 'ANTARA', 'now', 'now')`,
    ).run('1'.repeat(64));
    const articles = (query: string) =>
      db!
        .prepare(
          'SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?',
        )
        .pluck()
        .all(query);
    expect(articles('"14" AND "000"')).toEqual([]);
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(articles('"14" AND "000"')).toEqual(['a1']);
    expect(articles('jumat')).toEqual(['a1']);
    expect(
      db
        .prepare(
          'SELECT p.id FROM photos_fts JOIN photos p ON p.seq = photos_fts.rowid WHERE photos_fts MATCH ?',
        )
        .pluck()
        .all('"9" AND "500"'),
    ).toEqual(['p1']);
    const database = db;
    for (const table of ['articles_fts', 'photos_fts'])
      expect(() =>
        database.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run(),
      ).not.toThrow();
  });
});
