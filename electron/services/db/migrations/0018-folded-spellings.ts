import type { Migration } from './types';

/**
 * Search finds a word however its letters are encoded: full-width letters and ligatures, accents typed
 * as combining marks, Arabic and Hebrew written with or without their vowel marks, ß or ss
 * (shared/text/searchFold.ts). The articles' and photos' column of search variants also holds every
 * word's folded form, and the sources' search words and credit names are folded the same way: all
 * written again for every stored row by `rederive`, which rebuilds both indexes.
 */
export const foldedSpellingsMigration: Migration = {
  version: 18,
  name: 'search finds full-width letters, ligatures, unmarked Arabic and Hebrew, ss for ß',
  up() {},
  rederive: true,
};
