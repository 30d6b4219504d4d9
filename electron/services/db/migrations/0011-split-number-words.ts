import { searchVariants } from '../../../../shared/text/joined';
import { createContentIndex, dropContentIndex, fillColumn } from './fts';
import type { Migration } from './types';

const ARTICLE_COLUMNS = ['headline', 'lead', 'body_text', 'tags_text', 'captions_text', 'sources_text'];
const PHOTO_COLUMNS = ['caption', 'credit', 'creator', 'alt_text', 'copyright', 'city', 'original_name'];

/**
 * "14.000" finds "Rp14.000" and "covid 19" finds "COVID19": the articles' and photos' column of
 * search variants also holds the letter and digit runs of every word where letters meet digits
 * (shared/text/joined.ts), written again for every stored row, and both indexes are rebuilt with it.
 */
export const splitNumberWordsMigration: Migration = {
  version: 11,
  name: 'article and photo search find a number written against letters (Rp14.000)',
  up(db) {
    for (const [table, columns] of [
      ['articles', ARTICLE_COLUMNS],
      ['photos', PHOTO_COLUMNS],
    ] as const) {
      dropContentIndex(db, table);
      fillColumn(db, table, 'variants_text', columns, (row) => searchVariants(Object.values(row)).join(' '));
      createContentIndex(db, table, [...columns, 'variants_text']);
    }
  },
};
