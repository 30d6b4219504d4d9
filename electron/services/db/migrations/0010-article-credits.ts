import type { Migration } from './types';

/**
 * Which agencies and outlets an article's photo credits name was found by reading every article with
 * photos at each question: too slow for the registry's list, so its "Used in N articles" left those
 * uses out and disagreed with the source's own Used in. Now each article keeps the parts of the
 * credits it shows (`article_credits`, written with every save and when a library credit changes) and
 * each source the names a credit may use for it (`credit_names`); `rederive` fills both for what is
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
  },
  rederive: true,
};
