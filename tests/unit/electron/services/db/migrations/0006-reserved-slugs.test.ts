import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { reservedSlugsMigration } from '../../../../../../electron/services/db/migrations/0006-reserved-slugs';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0006: slugs that cannot name a folder', () => {
  it('renames "con", "aux", "com1"… as a save now would, past slugs already taken, and leaves the rest', async () => {
    expect(MIGRATIONS[5]).toBe(reservedSlugsMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 5) }));
    const insert = db.prepare(
      `INSERT INTO articles (id, headline, slug, status, body, created_at, updated_at)
       VALUES (?, ?, ?, 'draft', '{"root":{"type":"root","children":[]}}', ?, ?)`,
    );
    const at = '2025-09-13T07:30:00.000Z';
    for (const [id, slug] of [
      ['a1', 'con'],
      ['a2', 'con-2'],
      ['a3', 'aux'],
      ['a4', 'com1'],
      ['a5', 'console'],
      ['a6', 'lpt9-banjir'],
    ])
      insert.run(id, `Judul ${slug}`, slug, at, at);
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 6) }));
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT id, slug FROM articles ORDER BY id').all()).toEqual([
      { id: 'a1', slug: 'con-3' },
      { id: 'a2', slug: 'con-2' },
      { id: 'a3', slug: 'aux-2' },
      { id: 'a4', slug: 'com1-2' },
      { id: 'a5', slug: 'console' },
      { id: 'a6', slug: 'lpt9-banjir' },
    ]);
  });
});
