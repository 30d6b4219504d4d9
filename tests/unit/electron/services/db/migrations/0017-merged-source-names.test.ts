import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { mergedSourceNamesMigration } from '../../../../../../electron/services/db/migrations/0017-merged-source-names';
import { rederive } from '../../../../../../electron/services/db/rederive';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0017: the names of the sources merged into a source', () => {
  it('adds an empty list to every source, changing nothing else; a rederive reads the list into credit names and search words', async () => {
    expect(MIGRATIONS[16]).toBe(mergedSourceNamesMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 16) }));
    db.prepare(
      `INSERT INTO sources (id, kind, name, search_text, credit_names, created_at, updated_at)
       VALUES ('s1', 'agency', 'Agence France-Presse', 'agence france-presse', '["agence france-presse"]', 'then', 'then')`,
    ).run();
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare('SELECT merged_names, credit_names, updated_at FROM sources').get()).toEqual({
      merged_names: '[]',
      credit_names: '["agence france-presse"]',
      updated_at: 'then',
    });

    // A source that had "AFP" merged into it keeps answering to it when everything is derived again.
    db.prepare(`UPDATE sources SET merged_names = '["AFP"]'`).run();
    rederive(db);
    const row = db.prepare('SELECT credit_names, search_text FROM sources').get() as {
      credit_names: string;
      search_text: string;
    };
    expect(JSON.parse(row.credit_names)).toEqual(['agence france-presse', 'afp']);
    expect(row.search_text).toContain('afp');
  });
});
