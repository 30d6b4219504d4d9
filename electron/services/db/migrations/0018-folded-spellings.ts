import type { Migration } from './types';

/**
 * Search finds a word however its letters are encoded: full-width letters and ligatures, accents typed
 * as combining marks, Arabic and Hebrew written with or without their vowel marks, ß or ss, Thai "ำ"
 * whole or in halves (shared/text/searchFold.ts). And it finds a word of the scripts written without
 * spaces — Chinese, Japanese, Thai, Lao, Khmer, Myanmar — inside its sentence, which the index keeps
 * as one token (shared/text/unspaced.ts); their word counts count those words too.
 * The articles' and photos' column of search variants also holds every word's folded form and the
 * words of every such run, the sources' search words and credit names are folded the same way, and the
 * articles' word counts are counted again: all written again for every stored row by `rederive`,
 * which rebuilds both indexes.
 */
export const foldedSpellingsMigration: Migration = {
  version: 18,
  name: 'search finds full-width letters, ligatures, unmarked Arabic and Hebrew, ss for ß, and the words of Chinese, Japanese and Thai sentences; those are counted',
  up() {},
  rederive: true,
};
