import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { publishedAtMigration } from '../../../../../../electron/services/db/migrations/0005-published-at';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0005: when an article was first published', () => {
  it('dates the articles already published by their creation (what their pages said), the others not at all', async () => {
    expect(MIGRATIONS[4]).toBe(publishedAtMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 4) }));
    const insert = db.prepare(
      `INSERT INTO articles (id, headline, slug, status, body, created_at, updated_at)
       VALUES (?, ?, ?, ?, '{"root":{"type":"root","children":[]}}', ?, '2025-10-01T00:00:00.000Z')`,
    );
    insert.run('a1', 'Terbit', 'terbit', 'published', '2025-09-13T07:30:00.000Z');
    insert.run('a2', 'Draf', 'draf', 'draft', '2025-09-14T07:30:00.000Z');
    insert.run('a3', 'Siap', 'siap', 'ready', '2025-09-15T07:30:00.000Z');
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 5) }));
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare('SELECT id, published_at FROM articles ORDER BY id').all()).toEqual([
      { id: 'a1', published_at: '2025-09-13T07:30:00.000Z' },
      { id: 'a2', published_at: null },
      { id: 'a3', published_at: null },
    ]);
  });
});
