import { joinedForms } from '../../../../shared/text/joined';
import { searchText } from '../../sources/rows';
import { createContentIndex, dropContentIndex, fillColumn } from './fts';
import type { Migration } from './types';

const TEXT_COLUMNS = ['caption', 'credit', 'creator', 'alt_text', 'copyright', 'city', 'original_name'];

/**
 * What migration 7 did for articles, for the photo desk's and the source registry's searches:
 * "Jumat" finds a caption with "Jum'at", "maruf" finds "Ma'ruf Amin". The photo index gains a column
 * of run-together words (rebuilt for every photo); each source's search words are written again.
 */
export const joinedWordsPhotosSourcesMigration: Migration = {
  version: 8,
  name: 'photo and source search find words with and without their apostrophe or hyphen',
  up(db) {
    db.exec("ALTER TABLE photos ADD COLUMN variants_text TEXT NOT NULL DEFAULT ''");
    dropContentIndex(db, 'photos');
    fillColumn(db, 'photos', 'variants_text', TEXT_COLUMNS, (row) =>
      joinedForms(Object.values(row)).join(' '),
    );
    createContentIndex(db, 'photos', [...TEXT_COLUMNS, 'variants_text']);
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
