import { createContentIndex, dropContentIndex } from './fts';
import type { Migration } from './types';

const TEXT_COLUMNS = ['headline', 'lead', 'body_text', 'tags_text', 'captions_text', 'sources_text'];

/**
 * "Jumat" finds "Jum'at" and "ektp" finds "e-KTP": the article index gains a column with the
 * run-together form of every word written with an apostrophe or hyphen in the indexed text
 * (shared/text/joined.ts), filled for every existing article (`rederive`), and the index is rebuilt
 * with it.
 */
export const joinedWordsMigration: Migration = {
  version: 7,
  name: 'article search finds words with and without their apostrophe or hyphen',
  up(db) {
    db.exec("ALTER TABLE articles ADD COLUMN variants_text TEXT NOT NULL DEFAULT ''");
    dropContentIndex(db, 'articles');
    createContentIndex(db, 'articles', [...TEXT_COLUMNS, 'variants_text']);
  },
  rederive: true,
};
