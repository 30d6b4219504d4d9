import type { Database } from 'better-sqlite3';
import type { StoredDocument } from '../../../../shared/editor/document';
import { captionsText } from '../../articles/search-text';
import type { Migration } from './types';

const COLUMNS = 'headline, lead, body_text, tags_text, captions_text, sources_text';
const columnsOf = (row: string) =>
  COLUMNS.split(', ')
    .map((column) => `${row}.${column}`)
    .join(', ');

/** What a save writes (captionsText); a body that does not parse shows only its featured photo's caption. */
function captionsOf(db: Database, body: string, featuredPhotoId: string | null): string {
  let document: StoredDocument;
  try {
    document = JSON.parse(body) as StoredDocument;
    if (!Array.isArray(document.root?.children)) throw new Error('not a body');
  } catch {
    document = { root: { type: 'root', children: [] } };
  }
  return captionsText(db, document, featuredPhotoId);
}

/**
 * The article search also finds the captions an article shows (its photos' and its featured photo's)
 * and the names of its sources (ARCHITECTURE.md): two indexed columns, filled for every existing
 * article, and the full-text index rebuilt with them.
 */
export const searchCaptionsSourcesMigration: Migration = {
  version: 4,
  name: 'article search over photo captions and source names',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN captions_text TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN sources_text TEXT NOT NULL DEFAULT '';
      DROP TRIGGER articles_fts_insert;
      DROP TRIGGER articles_fts_delete;
      DROP TRIGGER articles_fts_update;
      DROP TABLE articles_fts;
    `);
    // In batches: better-sqlite3 cannot write while a statement is still iterating.
    const batch = db.prepare(
      `SELECT seq, body, featured_photo_id FROM articles
       WHERE seq > ? AND (body LIKE '%"photo"%' OR featured_photo_id IS NOT NULL) ORDER BY seq LIMIT 200`,
    );
    const setCaptions = db.prepare('UPDATE articles SET captions_text = ? WHERE seq = ?');
    for (let after = 0; ;) {
      const rows = batch.all(after) as Array<{ seq: number; body: string; featured_photo_id: string | null }>;
      if (rows.length === 0) break;
      for (const row of rows) setCaptions.run(captionsOf(db, row.body, row.featured_photo_id), row.seq);
      after = rows.at(-1)!.seq;
    }
    db.exec(`
      UPDATE articles SET sources_text = coalesce((
        SELECT group_concat(name, ' \n ') FROM (
          SELECT DISTINCT s.name AS name FROM article_sources u JOIN sources s ON s.id = u.source_id
          WHERE u.article_id = articles.id ORDER BY s.name COLLATE NOCASE)), '');
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        ${COLUMNS},
        content = 'articles', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
      );
      INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, ${COLUMNS}) VALUES (new.seq, ${columnsOf('new')});
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, ${COLUMNS}) VALUES ('delete', old.seq, ${columnsOf('old')});
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF ${COLUMNS} ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, ${COLUMNS}) VALUES ('delete', old.seq, ${columnsOf('old')});
        INSERT INTO articles_fts (rowid, ${COLUMNS}) VALUES (new.seq, ${columnsOf('new')});
      END;
    `);
  },
};
