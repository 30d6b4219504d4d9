import { storedVariants } from '../../../../shared/text/joined';
import { stringList } from '../../articles/rows';
import { bylineText } from '../../articles/search-text';
import { createContentIndex, dropContentIndex, fillColumn } from './fts';
import type { Migration } from './types';

const ARTICLE_COLUMNS = ['headline', 'lead', 'body_text', 'tags_text', 'captions_text', 'sources_text'];
const PHOTO_COLUMNS = ['caption', 'credit', 'creator', 'alt_text', 'copyright', 'city', 'original_name'];

/**
 * Two fixes in one rebuild of both indexes. A phrase no longer runs from one search variant into the
 * next: "Rp12 dan 5km" stored rp 12 and 5 km side by side, so "12,5" (the phrase 12 5) found it; the
 * variants of every stored article and photo are written again with a break between two
 * (shared/text/joined.ts). And an article is found by its editor's name, as by its writers': the
 * editor joins them in writers_text, its run-together forms in the variants. The index keeps its
 * columns and their order, so search.ts's column numbers still hold.
 */
export const variantBreaksEditorMigration: Migration = {
  version: 15,
  name: 'no phrase across two search variants; articles found by their editor',
  up(db) {
    dropContentIndex(db, 'articles');
    fillColumn(db, 'articles', 'writers_text', ['writers', 'editor'], (row) =>
      bylineText(stringList(row.writers ?? '[]'), row.editor ?? ''),
    );
    const read = [...ARTICLE_COLUMNS, 'writers_text'];
    fillColumn(db, 'articles', 'variants_text', read, (row) => storedVariants(Object.values(row)));
    createContentIndex(db, 'articles', [...ARTICLE_COLUMNS, 'variants_text', 'writers_text']);

    dropContentIndex(db, 'photos');
    fillColumn(db, 'photos', 'variants_text', PHOTO_COLUMNS, (row) => storedVariants(Object.values(row)));
    createContentIndex(db, 'photos', [...PHOTO_COLUMNS, 'variants_text']);
  },
};
