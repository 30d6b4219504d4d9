import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { searchWritersMigration } from '../../../../../../electron/services/db/migrations/0014-search-writers';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0014: articles found by their writers', () => {
  it('indexes the writers of stored articles, their run-together forms too, and the triggers keep them in step', async () => {
    expect(MIGRATIONS[13]).toBe(searchWritersMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 13) }));
    const insert = db.prepare(
      `INSERT INTO articles (id, headline, writers, slug, body, body_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, '{"root":{"type":"root","children":[]}}', '', 'now', 'now')`,
    );
    insert.run('a1', 'Banjir di Medan', JSON.stringify(['Ni Luh Ayu', 'Ma’ruf Siregar']), 'banjir-di-medan');
    insert.run('a2', 'Gempa di Palu', '[]', 'gempa-di-palu');
    const found = (query: string) =>
      db!
        .prepare(
          'SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?',
        )
        .pluck()
        .all(query);
    expect(found('ayu')).toEqual([]);
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(found('ayu')).toEqual(['a1']);
    expect(found('"ma ruf"')).toEqual(['a1']);
    expect(found('maruf')).toEqual(['a1']); // the run-together form, as "Jum'at" is found by jumat
    expect(found('banjir')).toEqual(['a1']); // the columns indexed before are still there
    expect(found('palu')).toEqual(['a2']);

    // The triggers follow the new column: a writer changed, an article added and deleted.
    db.prepare("UPDATE articles SET writers_text = 'Budi Harahap' WHERE id = 'a2'").run();
    expect(found('harahap')).toEqual(['a2']);
    db.prepare("UPDATE articles SET writers_text = '' WHERE id = 'a1'").run();
    expect(found('ayu')).toEqual([]);
    db.prepare("DELETE FROM articles WHERE id = 'a2'").run();
    expect(found('harahap')).toEqual([]);
    expect(() =>
      db!.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run(),
    ).not.toThrow();
  });
});
