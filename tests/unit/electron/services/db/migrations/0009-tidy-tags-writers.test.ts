import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listTags } from '../../../../../../electron/services/articles/tags';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { tidyTagsWritersMigration } from '../../../../../../electron/services/db/migrations/0009-tidy-tags-writers';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0009: tags and writers written one way', () => {
  it('tidies the spacing of stored tags and writers, merges the repeats it makes, and changes nothing else', async () => {
    expect(MIGRATIONS[8]).toBe(tidyTagsWritersMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 8) }));
    const insert = db.prepare(
      `INSERT INTO articles (id, headline, slug, status, body, tags, tags_text, writers, revision, created_at, updated_at)
       VALUES (?, ?, ?, 'draft', '{"root":{"type":"root","children":[]}}', ?, ?, ?, 3, 'then', 'then')`,
    );
    const tagged = (id: string, tags: string[], writers: string[]) =>
      insert.run(id, `Artikel ${id}`, id, JSON.stringify(tags), tags.join(' \n '), JSON.stringify(writers));
    tagged('a1', ['Korea  Utara', ' korea\u00a0utara', 'Rusia\t'], ['Budi  Santoso']);
    tagged('a2', ['Korea Utara'], ['Budi Santoso']);
    tagged('a3', ['Cafe\u0301'], []);
    expect(listTags(db, {})).toHaveLength(5);
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    const rows = db
      .prepare('SELECT id, tags, tags_text, writers, revision, updated_at FROM articles ORDER BY id')
      .all();
    expect(rows).toEqual([
      {
        id: 'a1',
        tags: '["Korea Utara","Rusia"]',
        tags_text: 'Korea Utara \n Rusia',
        writers: '["Budi Santoso"]',
        revision: 3,
        updated_at: 'then',
      },
      {
        id: 'a2',
        tags: '["Korea Utara"]',
        tags_text: 'Korea Utara',
        writers: '["Budi Santoso"]',
        revision: 3,
        updated_at: 'then',
      },
      { id: 'a3', tags: '["Café"]', tags_text: 'Café', writers: '[]', revision: 3, updated_at: 'then' },
    ]);
    // One tag in the suggestions, and the search index follows the tidied text.
    expect(listTags(db, {})).toEqual(['Korea Utara', 'Café', 'Rusia']);
    const database = db;
    expect(() =>
      database.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run(),
    ).not.toThrow();
  });
});
