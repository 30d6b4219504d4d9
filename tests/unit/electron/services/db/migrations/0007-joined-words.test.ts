import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { joinedWordsMigration } from '../../../../../../electron/services/db/migrations/0007-joined-words';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

const matches = (database: Database.Database, query: string) =>
  database
    .prepare(
      'SELECT a.headline FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY a.headline',
    )
    .pluck()
    .all(query);

describe('migration 0007: words with and without their apostrophe or hyphen', () => {
  it('indexes the run-together words of the articles already stored, from every indexed column', async () => {
    expect(MIGRATIONS[6]).toBe(joinedWordsMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 6) }));
    const insert = db.prepare(
      `INSERT INTO articles (id, headline, slug, body, body_text, tags, tags_text, captions_text, sources_text, created_at, updated_at)
       VALUES (?, ?, ?, '{"root":{"type":"root","children":[]}}', ?, ?, ?, ?, ?, 'now', 'now')`,
    );
    // The tags as a save stores them: the list, and its text for the index.
    insert.run('a1', 'Salat', 'salat', 'Salat Jum’at berjamaah.', '[]', '', '', '');
    insert.run('a2', 'Blanko', 'blanko', 'Stok habis.', '["e-KTP"]', 'e-KTP', '', '');
    insert.run('a3', 'Pameran', 'pameran', 'Dibuka.', '[]', '', 'JAKARTA: Mushaf Al-Qur’an.', 'Ma’ruf Amin');
    insert.run('a4', 'Biasa', 'biasa', 'Tidak ada tanda.', '[]', '', '', '');
    expect(matches(db, 'jumat')).toEqual([]);
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(matches(db, 'jumat')).toEqual(['Salat']);
    expect(matches(db, 'ektp')).toEqual(['Blanko']);
    expect(matches(db, 'alquran')).toEqual(['Pameran']);
    expect(matches(db, 'maruf')).toEqual(['Pameran']);
    // The columns indexed before are still indexed.
    expect(matches(db, 'tanda')).toEqual(['Biasa']);
    expect(db.prepare("SELECT variants_text FROM articles WHERE id = 'a4'").pluck().get()).toBe('');
    const database = db;
    expect(() =>
      database.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run(),
    ).not.toThrow();
  });
});
