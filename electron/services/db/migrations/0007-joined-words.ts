import { joinedForms } from '../../../../shared/text/joined';
import type { Migration } from './types';

const COLUMNS = 'headline, lead, body_text, tags_text, captions_text, sources_text, variants_text';
const columnsOf = (row: string) =>
  COLUMNS.split(', ')
    .map((column) => `${row}.${column}`)
    .join(', ');

type TextRow = Record<
  'headline' | 'lead' | 'body_text' | 'tags_text' | 'captions_text' | 'sources_text',
  string
>;

/**
 * "Jumat" finds "Jum'at" and "ektp" finds "e-KTP": the article index gains a column with the
 * run-together form of every word written with an apostrophe or hyphen in the indexed text
 * (shared/text/joined.ts), filled for every existing article, and the index is rebuilt with it.
 */
export const joinedWordsMigration: Migration = {
  version: 7,
  name: 'article search finds words with and without their apostrophe or hyphen',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN variants_text TEXT NOT NULL DEFAULT '';
      DROP TRIGGER articles_fts_insert;
      DROP TRIGGER articles_fts_delete;
      DROP TRIGGER articles_fts_update;
      DROP TABLE articles_fts;
    `);
    // In batches: better-sqlite3 cannot write while a statement is still iterating.
    const batch = db.prepare(
      `SELECT seq, headline, lead, body_text, tags_text, captions_text, sources_text FROM articles
       WHERE seq > ? ORDER BY seq LIMIT 200`,
    );
    const setVariants = db.prepare('UPDATE articles SET variants_text = ? WHERE seq = ?');
    for (let after = 0; ;) {
      const rows = batch.all(after) as Array<TextRow & { seq: number }>;
      if (rows.length === 0) break;
      for (const { seq, ...texts } of rows) {
        const variants = joinedForms(Object.values(texts)).join(' ');
        if (variants) setVariants.run(variants, seq);
      }
      after = rows.at(-1)!.seq;
    }
    db.exec(`
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
