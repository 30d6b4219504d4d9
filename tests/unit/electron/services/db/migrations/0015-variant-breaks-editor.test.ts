import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { variantBreaksEditorMigration } from '../../../../../../electron/services/db/migrations/0015-variant-breaks-editor';
import { ftsMatches } from '../../../../support/fts-matches';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0015: no phrase across two search variants; articles found by their editor', () => {
  it('writes the variants of stored articles and photos apart and indexes the editor, and the triggers keep them in step', async () => {
    expect(MIGRATIONS[14]).toBe(variantBreaksEditorMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 14) }));
    // As migration 14 and the saves before this one wrote them: the variants one after another.
    db.prepare(
      `INSERT INTO articles (id, headline, writers, editor, slug, body, body_text, writers_text, variants_text,
         created_at, updated_at)
       VALUES ('a1', 'Harga dan jarak', '["Ani Lubis"]', 'Ni’matul Huda', 'harga-dan-jarak',
         '{"root":{"type":"root","children":[]}}', 'Harga Rp12 dan jarak 5km.', 'Ani Lubis', 'rp 12 5 km',
         'now', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO photos (id, sha256, ext, width, height, bytes, caption, variants_text, imported_at, updated_at)
       VALUES ('p1', ?, 'jpg', 10, 10, 1, 'MEDAN: Ongkos Rp12 untuk 5km.', 'rp 12 5 km', 'now', 'now')`,
    ).run('1'.repeat(64));
    const articles = (query: string) => ftsMatches(db!, 'articles', query);
    const photos = (query: string) => ftsMatches(db!, 'photos', query);
    expect(articles('"12 5"')).toEqual(['a1']);
    expect(photos('"12 5"')).toEqual(['p1']);
    expect(articles('huda')).toEqual([]);
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(articles('"12 5"')).toEqual([]);
    expect(photos('"12 5"')).toEqual([]);
    expect(articles('variants_text : "rp 12" AND variants_text : "5 km"')).toEqual(['a1']);
    expect(photos('variants_text : "rp 12" AND variants_text : "5 km"')).toEqual(['p1']);
    // The editor is in the byline column, with the writers; its run-together form in the variants.
    expect(articles('writers_text : huda AND writers_text : lubis')).toEqual(['a1']);
    expect(articles('variants_text : nimatul')).toEqual(['a1']);
    expect(articles('headline : harga')).toEqual(['a1']); // the columns before are still there

    // The triggers follow the columns: a byline changed, an article added and deleted.
    db.prepare("UPDATE articles SET writers_text = 'Budi Harahap' WHERE id = 'a1'").run();
    expect(articles('huda')).toEqual([]);
    expect(articles('writers_text : harahap')).toEqual(['a1']);
    db.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    expect(articles('harahap')).toEqual([]);
    const database = db;
    for (const table of ['articles_fts', 'photos_fts'])
      expect(() =>
        database.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run(),
      ).not.toThrow();
  });
});
