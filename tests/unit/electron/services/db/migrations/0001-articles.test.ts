import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { articlesMigration } from '../../../../../../electron/services/db/migrations/0001-articles';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

async function migrated(): Promise<Database.Database> {
  ({ db } = await openDatabase(path.join(tempFolder(), 'redaksi.db'), { migrations: [articlesMigration] }));
  return db;
}

const insertArticle = (database: Database.Database, seq: number, fields: Record<string, string>) =>
  database
    .prepare(
      `INSERT INTO articles (seq, id, headline, lead, body_text, tags_text, slug, body, created_at, updated_at)
       VALUES (@seq, @id, @headline, @lead, @body_text, @tags_text, @slug, '{}', 'now', 'now')`,
    )
    .run({
      seq,
      id: `id-${seq}`,
      slug: `slug-${seq}`,
      headline: '',
      lead: '',
      body_text: '',
      tags_text: '',
      ...fields,
    });

const matches = (database: Database.Database, query: string): number[] =>
  database
    .prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid')
    .pluck()
    .all(query) as number[];

const ftsIsConsistent = (database: Database.Database) =>
  database.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();

describe('migration 0001: articles with full-text search', () => {
  it('is the first migration and sets user_version 1', async () => {
    expect(MIGRATIONS[0]).toBe(articlesMigration);
    const database = await migrated();
    expect(database.pragma('user_version', { simple: true })).toBe(1);
  });

  it('creates the articles table and the articles_fts index', async () => {
    const database = await migrated();
    const names = database
      .prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
      .pluck()
      .all();
    expect(names).toEqual(
      expect.arrayContaining([
        'articles',
        'articles_fts',
        'articles_fts_insert',
        'articles_fts_update',
        'articles_fts_delete',
      ]),
    );
    const columns = (database.pragma('table_info(articles)') as Array<{ name: string }>).map(
      (column) => column.name,
    );
    expect(columns).toEqual(
      expect.arrayContaining([
        'id',
        'headline',
        'lead',
        'body',
        'body_text',
        'tags_text',
        'slug',
        'status',
        'revision',
      ]),
    );
  });

  it('indexes a new article as soon as it is inserted', async () => {
    const database = await migrated();
    insertArticle(database, 1, {
      headline: 'Banjir di Medan',
      lead: 'Ribuan warga mengungsi',
      body_text: 'Sungai Deli meluap',
      tags_text: 'cuaca',
    });
    expect(matches(database, 'banjir')).toEqual([1]);
    expect(matches(database, 'mengungsi')).toEqual([1]);
    expect(matches(database, 'deli')).toEqual([1]);
    expect(matches(database, 'cuaca')).toEqual([1]);
    ftsIsConsistent(database);
  });

  it('keeps the index in step when an article is edited: the old words no longer match, the new ones do', async () => {
    const database = await migrated();
    insertArticle(database, 1, { headline: 'Banjir di Medan', body_text: 'Sungai Deli meluap' });
    database
      .prepare("UPDATE articles SET headline = 'Kemarau di Binjai', body_text = 'Sawah kering' WHERE seq = 1")
      .run();
    expect(matches(database, 'banjir')).toEqual([]);
    expect(matches(database, 'deli')).toEqual([]);
    expect(matches(database, 'kemarau')).toEqual([1]);
    expect(matches(database, 'sawah')).toEqual([1]);
    ftsIsConsistent(database);
  });

  it('removes a deleted article from the index', async () => {
    const database = await migrated();
    insertArticle(database, 1, { headline: 'Banjir di Medan' });
    insertArticle(database, 2, { headline: 'Banjir di Binjai' });
    database.prepare('DELETE FROM articles WHERE seq = 1').run();
    expect(matches(database, 'banjir')).toEqual([2]);
    expect(matches(database, 'medan')).toEqual([]);
    ftsIsConsistent(database);
  });

  it('folds accents in the index, so "cafe" finds "Café"', async () => {
    const database = await migrated();
    insertArticle(database, 1, { headline: 'Café Baru di Kesawan' });
    expect(matches(database, 'cafe')).toEqual([1]);
  });

  it('refuses a second article with the same slug and a status outside the closed list', async () => {
    const database = await migrated();
    insertArticle(database, 1, { slug: 'sama' });
    expect(() => insertArticle(database, 2, { slug: 'sama' })).toThrow(/UNIQUE/);
    expect(() => database.prepare("UPDATE articles SET status = 'archived' WHERE seq = 1").run()).toThrow(
      /CHECK/,
    );
  });
});
