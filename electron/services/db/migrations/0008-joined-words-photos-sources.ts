import { createContentIndex, dropContentIndex } from './fts';
import type { Migration } from './types';

const TEXT_COLUMNS = ['caption', 'credit', 'creator', 'alt_text', 'copyright', 'city', 'original_name'];

/**
 * What migration 7 did for articles, for the photo desk's and the source registry's searches:
 * "Jumat" finds a caption with "Jum'at", "maruf" finds "Ma'ruf Amin". The photo index gains a column
 * of run-together words (filled for every photo by `rederive`, as each source's search words are).
 */
export const joinedWordsPhotosSourcesMigration: Migration = {
  version: 8,
  name: 'photo and source search find words with and without their apostrophe or hyphen',
  up(db) {
    db.exec("ALTER TABLE photos ADD COLUMN variants_text TEXT NOT NULL DEFAULT ''");
    dropContentIndex(db, 'photos');
    createContentIndex(db, 'photos', [...TEXT_COLUMNS, 'variants_text']);
  },
  rederive: true,
};
