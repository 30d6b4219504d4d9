import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { articlesMigration } from '../../../../../../electron/services/db/migrations/0001-articles';
import { photosMigration } from '../../../../../../electron/services/db/migrations/0002-photos';
import { sourcesMigration } from '../../../../../../electron/services/db/migrations/0003-sources';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

async function migrated(): Promise<Database.Database> {
  ({ db } = await openDatabase(path.join(tempFolder(), 'redaksi.db'), {
    migrations: [articlesMigration, photosMigration, sourcesMigration],
  }));
  return db;
}

const addArticle = (database: Database.Database, id: string) =>
  database
    .prepare(
      `INSERT INTO articles (id, slug, body, created_at, updated_at) VALUES (?, ?, '{}', 'now', 'now')`,
    )
    .run(id, `slug-${id}`);
const addSource = (database: Database.Database, id: string, fields: Record<string, string> = {}) =>
  database
    .prepare(
      `INSERT INTO sources (id, kind, name, created_at, updated_at) VALUES (@id, @kind, @name, 'now', 'now')`,
    )
    .run({ id, kind: 'person', name: 'Jake Sullivan', ...fields });
const use = (database: Database.Database, article: string, source: string, byHand: number, role = 'quoted') =>
  database
    .prepare('INSERT INTO article_sources (article_id, source_id, added_by_hand, role) VALUES (?, ?, ?, ?)')
    .run(article, source, byHand, role);

describe('migration 0003: source registry and article sources', () => {
  it('comes after the photo library and sets user_version 3', async () => {
    expect(MIGRATIONS.indexOf(sourcesMigration)).toBe(MIGRATIONS.indexOf(photosMigration) + 1);
    const database = await migrated();
    expect(database.pragma('user_version', { simple: true })).toBe(3);
    const tables = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['sources', 'article_sources', 'article_attribution']));
  });

  it('refuses a source without a name, with a name over 300 characters, or of an unknown kind', async () => {
    const database = await migrated();
    expect(() => addSource(database, 's1', { name: '   ' })).toThrow(/CHECK/);
    expect(() => addSource(database, 's2', { name: 'x'.repeat(301) })).toThrow(/CHECK/);
    expect(() => addSource(database, 's3', { kind: 'rumour' })).toThrow(/CHECK/);
    addSource(database, 's4', { name: 'x'.repeat(300) });
    addSource(database, 's5', { name: '<b>Humas</b> & Co' });
    expect(database.prepare('SELECT name FROM sources WHERE id = ?').pluck().get('s5')).toBe(
      '<b>Humas</b> & Co',
    );
  });

  it('keeps one tagged and one hand-added use per article and source, with a role from the closed list', async () => {
    const database = await migrated();
    addArticle(database, 'a1');
    addSource(database, 's1');
    use(database, 'a1', 's1', 0);
    use(database, 'a1', 's1', 1, 'syndicated');
    expect(() => use(database, 'a1', 's1', 0, 'cited')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => use(database, 'a1', 's1', 2)).toThrow(/CHECK/);
    addSource(database, 's2');
    expect(() => use(database, 'a1', 's2', 1, 'rumoured')).toThrow(/CHECK/);
  });

  it('refuses a use of an unknown article or source, and forgets the uses of a deleted article or source', async () => {
    const database = await migrated();
    addArticle(database, 'a1');
    addSource(database, 's1');
    expect(() => use(database, 'a1', 'nobody', 0)).toThrow(/FOREIGN KEY/);
    expect(() => use(database, 'nothing', 's1', 0)).toThrow(/FOREIGN KEY/);
    use(database, 'a1', 's1', 0);
    database
      .prepare("INSERT INTO article_attribution (article_id, quoted_from) VALUES ('a1', 'Dikutip dari VoA')")
      .run();
    database.prepare("DELETE FROM sources WHERE id = 's1'").run();
    expect(database.prepare('SELECT count(*) FROM article_sources').pluck().get()).toBe(0);
    database.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    expect(database.prepare('SELECT count(*) FROM article_attribution').pluck().get()).toBe(0);
  });
});
