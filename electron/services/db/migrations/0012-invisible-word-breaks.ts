import { searchVariants } from '../../../../shared/text/joined';
import { searchText } from '../../sources/rows';
import { countWords } from '../../../../shared/text/words';
import { createContentIndex, dropContentIndex, fillColumn } from './fts';
import type { Migration } from './types';

const ARTICLE_COLUMNS = ['headline', 'lead', 'body_text', 'tags_text', 'captions_text', 'sources_text'];
const PHOTO_COLUMNS = ['caption', 'credit', 'creator', 'alt_text', 'copyright', 'city', 'original_name'];

/**
 * A word pasted from a web page with a soft hyphen or a zero-width space inside ("mem­bersihkan")
 * is split there by the index, so "membersihkan" found nothing: the search variants of every stored
 * article and photo, and every source's search words, are written again with those words run
 * together, and both indexes are rebuilt; each article's word count, which counted such a word twice,
 * is counted again.
 */
export const invisibleWordBreaksMigration: Migration = {
  version: 12,
  name: 'search finds words with a soft hyphen or a zero-width space inside',
  up(db) {
    for (const [table, columns] of [
      ['articles', ARTICLE_COLUMNS],
      ['photos', PHOTO_COLUMNS],
    ] as const) {
      dropContentIndex(db, table);
      fillColumn(db, table, 'variants_text', columns, (row) => searchVariants(Object.values(row)).join(' '));
      // Such a word was counted twice, too.
      if (table === 'articles')
        fillColumn(db, table, 'word_count', ['body_text'], (row) => String(countWords(row.body_text ?? '')));
      createContentIndex(db, table, [...columns, 'variants_text']);
    }
    const sources = db.prepare('SELECT id, name, role, organisation FROM sources').all() as Array<{
      id: string;
      name: string;
      role: string;
      organisation: string;
    }>;
    const setSearch = db.prepare('UPDATE sources SET search_text = ? WHERE id = ?');
    for (const source of sources) setSearch.run(searchText(source), source.id);
  },
};
