import type { Migration } from './types';

/**
 * A word pasted from a web page with a soft hyphen or a zero-width space inside ("mem­bersihkan")
 * is split there by the index, so "membersihkan" found nothing: the search variants of every stored
 * article and photo, and every source's search words, are written again with those words run
 * together, and both indexes are rebuilt; each article's word count, which counted such a word twice,
 * is counted again. All by `rederive`.
 */
export const invisibleWordBreaksMigration: Migration = {
  version: 12,
  name: 'search finds words with a soft hyphen or a zero-width space inside',
  up() {},
  rederive: true,
};
