import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { printedChangedAtMigration } from '../../../../../../electron/services/db/migrations/0019-printed-changed-at';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0019: when the words an export prints of a photo or source last changed', () => {
  it('dates each photo and source by its last change, so no package already written is dated anew; nothing else moves', async () => {
    expect(MIGRATIONS[18]).toBe(printedChangedAtMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 18) }));
    db.prepare(
      `INSERT INTO photos (id, sha256, ext, width, height, bytes, caption, city, imported_at, updated_at)
       VALUES ('p1', ?, 'jpg', 10, 10, 1, 'BANJIR: Warga mengungsi.', 'Medan',
         '2025-09-01T00:00:00.000Z', '2025-09-02T03:04:05.678Z')`,
    ).run('1'.repeat(64));
    db.prepare(
      `INSERT INTO sources (id, kind, name, notes, search_text, created_at, updated_at)
       VALUES ('s1', 'person', 'Jake Sullivan', 'nomor di buku', 'jake sullivan',
         '2025-09-01T00:00:00.000Z', '2025-09-03T00:00:00.000Z')`,
    ).run();
    const photo = db.prepare('SELECT * FROM photos').get() as Record<string, unknown>;
    const source = db.prepare('SELECT * FROM sources').get() as Record<string, unknown>;
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare('SELECT * FROM photos').get()).toEqual({
      ...photo,
      printed_changed_at: '2025-09-02T03:04:05.678Z',
    });
    expect(db.prepare('SELECT * FROM sources').get()).toEqual({
      ...source,
      printed_changed_at: '2025-09-03T00:00:00.000Z',
    });
  });
});
