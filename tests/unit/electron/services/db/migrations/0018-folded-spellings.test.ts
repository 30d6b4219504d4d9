import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { foldedSpellingsMigration } from '../../../../../../electron/services/db/migrations/0018-folded-spellings';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0018: search finds other encodings of the same letters, and words without spaces', () => {
  it('writes the folded forms and the words of unspaced scripts of stored rows, recounts words, and rebuilds both indexes', async () => {
    expect(MIGRATIONS[17]).toBe(foldedSpellingsMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 17) }));
    db.prepare(
      `INSERT INTO articles (id, headline, slug, body, body_text, created_at, updated_at)
       VALUES ('a1', 'Banjir di Ｊａｋａｒｔａ', 'banjir', '{"root":{"type":"root","children":[]}}',
         'Imam مُحَمَّد memimpin doa di Straße utama.', 'now', 'now')`,
    ).run();
    // Saved before: its Thai sentence one token, and one word.
    db.prepare(
      `INSERT INTO articles (id, headline, slug, body, body_text, word_count, created_at, updated_at)
       VALUES ('a2', 'Hujan', 'hujan', '{"root":{"type":"root","children":[]}}',
         'วันนี้ฝนตกหนักที่กรุงเทพมหานคร 我们今天去北京开会', 2, 'now', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO photos (id, sha256, ext, width, height, bytes, caption, credit, imported_at, updated_at)
       VALUES ('p1', ?, 'jpg', 10, 10, 1, 'Pameran ﬁlm 北京市民在公园里晨练', 'ANTARA', 'now', 'now')`,
    ).run('1'.repeat(64));
    db.prepare(
      `INSERT INTO sources (id, kind, name, search_text, created_at, updated_at)
       VALUES ('s1', 'person', 'Jürgen Großmann', 'jurgen großmann', 'now', 'now')`,
    ).run();
    const articles = (query: string) =>
      db!
        .prepare(
          'SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?',
        )
        .pluck()
        .all(query);
    expect(articles('"jakarta"')).toEqual([]);
    expect(articles('"محمد"')).toEqual([]);
    expect(articles('"北京"')).toEqual([]);
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(articles('"jakarta"')).toEqual(['a1']);
    expect(articles('"محمد"')).toEqual(['a1']);
    expect(articles('"strasse"')).toEqual(['a1']);
    expect(articles('"北京"')).toEqual(['a2']);
    expect(articles('"ฝน"')).toEqual(['a2']);
    // วัน นี้ ฝน ตกหนัก ที่ กรุงเทพมหานคร, 我们 今天 去 北京 开会.
    expect(db.prepare("SELECT word_count FROM articles WHERE id = 'a2'").pluck().get()).toBe(11);
    expect(
      db
        .prepare(
          'SELECT p.id FROM photos_fts JOIN photos p ON p.seq = photos_fts.rowid WHERE photos_fts MATCH ?',
        )
        .pluck()
        .all('"film" AND "公园"'),
    ).toEqual(['p1']);
    expect(db.prepare("SELECT search_text FROM sources WHERE id = 's1'").pluck().get()).toMatch(
      /^jurgen grossmann\s*$/,
    );
    const database = db;
    for (const table of ['articles_fts', 'photos_fts'])
      expect(() =>
        database.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run(),
      ).not.toThrow();
  });
});
