import { createContentIndex, dropContentIndex } from './fts';
import type { Migration } from './types';

const ARTICLE_COLUMNS = ['headline', 'lead', 'body_text', 'tags_text', 'captions_text', 'sources_text'];

/**
 * The article search finds an article by its writers' names (the byline), which it did not index: a
 * column of them (filled for every stored article by `rederive`, their run-together and split forms
 * added to the variants, as "Ni Luh Putu" and "Ma'ruf" are for the other words), indexed last, so the
 * columns before it keep their numbers (search.ts reads the variants column by number).
 */
export const searchWritersMigration: Migration = {
  version: 14,
  name: 'articles found by their writers',
  up(db) {
    db.exec("ALTER TABLE articles ADD COLUMN writers_text TEXT NOT NULL DEFAULT ''");
    dropContentIndex(db, 'articles');
    createContentIndex(db, 'articles', [...ARTICLE_COLUMNS, 'variants_text', 'writers_text']);
  },
  rederive: true,
};
