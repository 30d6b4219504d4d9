import type { Migration } from './types';

/**
 * "14.000" finds "Rp14.000" and "covid 19" finds "COVID19": the articles' and photos' column of
 * search variants also holds the letter and digit runs of every word where letters meet digits
 * (shared/text/joined.ts), written again for every stored row by `rederive`, which rebuilds both
 * indexes with it.
 */
export const splitNumberWordsMigration: Migration = {
  version: 11,
  name: 'article and photo search find a number written against letters (Rp14.000)',
  up() {},
  rederive: true,
};
