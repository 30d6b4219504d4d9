import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { articlesMigration } from '../../../../../../electron/services/db/migrations/0001-articles';
import { photosMigration } from '../../../../../../electron/services/db/migrations/0002-photos';
import { sourcesMigration } from '../../../../../../electron/services/db/migrations/0003-sources';
import { searchCaptionsSourcesMigration } from '../../../../../../electron/services/db/migrations/0004-search-captions-sources';
import { documentOf, paragraph, text } from '../../../../support/documents';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

const BEFORE = [articlesMigration, photosMigration, sourcesMigration];
const UP_TO_THIS = [...BEFORE, searchCaptionsSourcesMigration];
const body = (caption: string) =>
  JSON.stringify(
    documentOf(paragraph(text('Kapal bersandar di dermaga.')), {
      type: 'photo',
      version: 1,
      photoId: '0b6f3c4e-2a51-4a8e-9a57-2f1c3d4e5f60',
      caption,
      credit: 'AFP',
      altText: '',
    }),
  );
const matches = (database: Database.Database, query: string) =>
  database
    .prepare(
      'SELECT a.headline FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY a.headline',
    )
    .pluck()
    .all(query);

describe('migration 0004: article search over photo captions and source names', () => {
  it('comes after the source registry and sets user_version 4', async () => {
    expect(MIGRATIONS.indexOf(searchCaptionsSourcesMigration)).toBe(MIGRATIONS.indexOf(sourcesMigration) + 1);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: UP_TO_THIS }));
    expect(db.pragma('user_version', { simple: true })).toBe(4);
  });

  it('indexes the captions and source names of the articles already stored, and keeps indexing new ones', async () => {
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: BEFORE }));
    const insert = db.prepare(
      `INSERT INTO articles (id, headline, slug, body, body_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'Kapal bersandar di dermaga.', 'now', 'now')`,
    );
    insert.run('a1', 'Pelabuhan', 'pelabuhan', body('PELABUHAN BELAWAN: Kapal bersandar.'));
    insert.run('a2', 'Dermaga', 'dermaga', '{"root": "not a document"');
    // A library photo: its caption is what a block without its own caption, or a featured photo, shows.
    db.prepare(
      `INSERT INTO photos (id, sha256, ext, width, height, bytes, caption, imported_at, updated_at)
       VALUES ('0b6f3c4e-2a51-4a8e-9a57-2f1c3d4e5f60', ?, 'jpg', 10, 10, 1, 'MEDAN: Hujan deras.', 'now', 'now')`,
    ).run('a'.repeat(64));
    insert.run('a3', 'Hujan', 'hujan', body(''));
    // JSON, but not a body: the upgrade still goes through.
    insert.run('a4', 'Rusak', 'rusak', '{"root":{"children":[null, 3, {"type":"photo"}]}}');
    db.prepare(
      "UPDATE articles SET featured_photo_id = '0b6f3c4e-2a51-4a8e-9a57-2f1c3d4e5f60' WHERE id = 'a2'",
    ).run();
    db.prepare(
      `INSERT INTO sources (id, kind, name, created_at, updated_at) VALUES ('s1', 'person', 'Jake Sullivan', 'now', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO article_sources (article_id, source_id, added_by_hand, role) VALUES ('a2', 's1', 1, 'cited')`,
    ).run();
    expect(matches(db, 'Belawan')).toEqual([]);
    db.close();

    ({ db } = await openDatabase(file, { migrations: UP_TO_THIS }));
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(matches(db, 'Belawan')).toEqual(['Pelabuhan']);
    // A body that does not parse keeps no captions, but its sources are still found.
    expect(matches(db, 'Sullivan')).toEqual(['Dermaga']);
    expect(matches(db, 'dermaga')).toEqual(['Dermaga', 'Hujan', 'Pelabuhan', 'Rusak']);
    // The library's caption stands in for an empty one, and a featured photo's is found too.
    expect(matches(db, 'deras')).toEqual(['Dermaga', 'Hujan']);

    db.prepare("UPDATE articles SET captions_text = 'MEDAN: Angin kencang.' WHERE id = 'a1'").run();
    expect(matches(db, 'Belawan')).toEqual([]);
    expect(matches(db, 'kencang')).toEqual(['Pelabuhan']);
    db.prepare("DELETE FROM articles WHERE id = 'a2'").run();
    expect(matches(db, 'Sullivan')).toEqual([]);
    // The index agrees with the table it indexes (FTS5 raises an error when it does not).
    const database = db;
    expect(() =>
      database.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run(),
    ).not.toThrow();
  });
});
