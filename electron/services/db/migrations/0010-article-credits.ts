import { creditNamesOf, recordCredits } from '../../sources/photo-credits';
import type { Migration } from './types';

/**
 * Which agencies and outlets an article's photo credits name was found by reading every article with
 * photos at each question: too slow for the registry's list, so its "Used in N articles" left those
 * uses out and disagreed with the source's own Used in. Now each article keeps the parts of the
 * credits it shows (`article_credits`, written with every save and when a library credit changes) and
 * each source the names a credit may use for it (`credit_names`); both are filled here for what is
 * already stored.
 */
export const articleCreditsMigration: Migration = {
  version: 10,
  name: 'photo credits an article shows, and the names a credit may give a source',
  up(db) {
    db.exec(`
      CREATE TABLE article_credits (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        part TEXT NOT NULL,
        PRIMARY KEY (article_id, part)
      ) WITHOUT ROWID;
      CREATE INDEX article_credits_part ON article_credits (part, article_id);
      ALTER TABLE sources ADD COLUMN credit_names TEXT NOT NULL DEFAULT '[]';
    `);
    const sources = db.prepare('SELECT id, name FROM sources').all() as Array<{ id: string; name: string }>;
    const setNames = db.prepare('UPDATE sources SET credit_names = ? WHERE id = ?');
    for (const source of sources) setNames.run(JSON.stringify(creditNamesOf(source.name)), source.id);
    // In batches: better-sqlite3 cannot write while a statement is still iterating.
    const batch = db.prepare(
      `SELECT seq, id, body, featured_photo_id FROM articles
       WHERE seq > ? AND (instr(body, '"photo"') > 0 OR featured_photo_id IS NOT NULL)
       ORDER BY seq LIMIT 200`,
    );
    for (let after = 0; ;) {
      const rows = batch.all(after) as Array<{
        seq: number;
        id: string;
        body: string;
        featured_photo_id: string | null;
      }>;
      if (rows.length === 0) break;
      for (const row of rows) recordCredits(db, row);
      after = rows.at(-1)!.seq;
    }
  },
};
