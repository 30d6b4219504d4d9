import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { articleCreditsMigration } from '../../../../../../electron/services/db/migrations/0010-article-credits';
import { listSources } from '../../../../../../electron/services/sources/store';
import { sourceUsage } from '../../../../../../electron/services/sources/usage';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

const PHOTO = '0b6f3c4e-2a51-4a8e-9a57-2f1c3d4e5f60';
const photoBody = (credit: string) =>
  JSON.stringify({
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Isi.' }] },
        { type: 'photo', photoId: PHOTO, caption: '', credit, altText: '' },
      ],
    },
  });

describe('migration 0010: the photo credits an article shows', () => {
  it("fills each article's credit parts and each source's credit names, so the registry counts photo credits", async () => {
    expect(MIGRATIONS[9]).toBe(articleCreditsMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 9) }));
    db.prepare(
      `INSERT INTO photos (id, sha256, ext, width, height, bytes, credit, imported_at, updated_at)
       VALUES (?, ?, 'jpg', 10, 10, 1, 'ANI/REUTERS', 'now', 'now')`,
    ).run(PHOTO, 'a'.repeat(64));
    const insert = db.prepare(
      `INSERT INTO articles (id, headline, slug, status, body, revision, created_at, updated_at)
       VALUES (?, ?, ?, 'draft', ?, 2, 'then', 'then')`,
    );
    const uses = db.prepare('INSERT INTO article_photos (article_id, photo_id) VALUES (?, ?)');
    insert.run('a1', 'Library credit', 'a1', photoBody(''));
    insert.run('a2', 'Own credit', 'a2', photoBody('BUDI/ANTARA FOTO/VIA ANTARA'));
    insert.run('a3', 'Damaged', 'a3', '{"root": {');
    insert.run('a4', 'No photo', 'a4', photoBody('').replace('"photo"', '"paragraph"'));
    for (const id of ['a1', 'a2', 'a3']) uses.run(id, PHOTO);
    const source = db.prepare(
      `INSERT INTO sources (id, kind, name, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')`,
    );
    source.run('s1', 'agency', 'Reuters');
    source.run('s2', 'agency', 'Kantor Berita Antara (ANTARA)');
    source.run('s3', 'person', 'Reuters');
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(
      db.prepare('SELECT article_id, part FROM article_credits ORDER BY article_id, part').all(),
    ).toEqual([
      { article_id: 'a1', part: 'ani' },
      { article_id: 'a1', part: 'reuters' },
      { article_id: 'a2', part: 'antara' },
      { article_id: 'a2', part: 'antara foto' },
      { article_id: 'a2', part: 'budi' },
    ]);
    expect(db.prepare('SELECT id, credit_names FROM sources ORDER BY id').all()).toEqual([
      { id: 's1', credit_names: '["reuters"]' },
      { id: 's2', credit_names: '["kantor berita antara (antara)","antara","kantor berita antara"]' },
      { id: 's3', credit_names: '["reuters"]' },
    ]);
    const counts = Object.fromEntries(listSources(db, {}).map((s) => [s.id, s.usageCount]));
    expect(counts).toEqual({ s1: 1, s2: 1, s3: 0 });
    expect(sourceUsage(db, 's2').articles.map((article) => article.headline)).toEqual(['Own credit']);
    // Nothing else about the articles changed.
    expect(db.prepare('SELECT DISTINCT revision, updated_at FROM articles').all()).toEqual([
      { revision: 2, updated_at: 'then' },
    ]);
  });
});
