import { searchVariants } from '../../../../shared/text/joined';
import { createContentIndex, dropContentIndex, fillColumn } from './fts';
import type { Migration } from './types';

const ARTICLE_COLUMNS = ['headline', 'lead', 'body_text', 'tags_text', 'captions_text', 'sources_text'];

/** The names of a stored writers list, one a line, as tags_text holds the tags. */
function writersText(stored: string): string {
  const list: unknown = JSON.parse(stored);
  return Array.isArray(list)
    ? list.filter((name): name is string => typeof name === 'string').join(' \n ')
    : '';
}

/**
 * The article search finds an article by its writers' names (the byline), which it did not index: a
 * column of them, filled for every stored article, their run-together and split forms added to the
 * variants ("Ni Luh Putu" and "Ma'ruf" as the other words are), and the index rebuilt with it last,
 * so the columns before it keep their numbers (search.ts reads the variants column by number).
 */
export const searchWritersMigration: Migration = {
  version: 14,
  name: 'articles found by their writers',
  up(db) {
    db.exec("ALTER TABLE articles ADD COLUMN writers_text TEXT NOT NULL DEFAULT ''");
    dropContentIndex(db, 'articles');
    fillColumn(db, 'articles', 'writers_text', ['writers'], (row) => writersText(row.writers ?? '[]'));
    const read = [...ARTICLE_COLUMNS, 'writers_text'];
    fillColumn(db, 'articles', 'variants_text', read, (row) => searchVariants(Object.values(row)).join(' '));
    createContentIndex(db, 'articles', [...ARTICLE_COLUMNS, 'variants_text', 'writers_text']);
  },
};
