import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { invisibleWordBreaksMigration } from '../../../../../../electron/services/db/migrations/0012-invisible-word-breaks';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

const SHY = '\u00ad';
const ZWSP = '\u200b';

describe('migration 0012: a word with a soft hyphen or a zero-width space inside is found whole', () => {
  it('writes the run-together words of stored articles, photos and sources again, and rebuilds the indexes', async () => {
    expect(MIGRATIONS[11]).toBe(invisibleWordBreaksMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 11) }));
    db.prepare(
      `INSERT INTO articles (id, headline, slug, body, body_text, variants_text, created_at, updated_at)
       VALUES ('a1', 'Longsor', 'longsor', '{"root":{"type":"root","children":[]}}', ?, 'jumat', 'now', 'now')`,
    ).run(`Warga mem${SHY}bersihkan lum${ZWSP}pur pada hari Jum’at.`);
    db.prepare(
      `INSERT INTO photos (id, sha256, ext, width, height, bytes, caption, credit, imported_at, updated_at)
       VALUES ('p1', ?, 'jpg', 10, 10, 1, ?, 'ANTARA', 'now', 'now')`,
    ).run('1'.repeat(64), `MEDAN: Gotong royong ber${SHY}sama.`);
    db.prepare(
      `INSERT INTO sources (id, kind, name, role, organisation, search_text, created_at, updated_at)
       VALUES ('s1', 'person', ?, '', '', ?, 'now', 'now')`,
    ).run(`Sute${SHY}ja`, `sute${SHY}ja`);
    const articles = (query: string) =>
      db!
        .prepare(
          'SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?',
        )
        .pluck()
        .all(query);
    expect(articles('membersihkan')).toEqual([]);
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(articles('membersihkan')).toEqual(['a1']);
    expect(articles('lumpur')).toEqual(['a1']);
    expect(articles('jumat')).toEqual(['a1']);
    expect(db.prepare("SELECT word_count FROM articles WHERE id = 'a1'").pluck().get()).toBe(6);
    expect(
      db
        .prepare(
          'SELECT p.id FROM photos_fts JOIN photos p ON p.seq = photos_fts.rowid WHERE photos_fts MATCH ?',
        )
        .pluck()
        .all('bersama'),
    ).toEqual(['p1']);
    expect(db.prepare("SELECT search_text FROM sources WHERE id = 's1'").pluck().get()).toContain('suteja');
    const database = db;
    for (const table of ['articles_fts', 'photos_fts'])
      expect(() =>
        database.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run(),
      ).not.toThrow();
  });
});
