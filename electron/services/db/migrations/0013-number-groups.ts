import type { Migration } from './types';

/**
 * A number is searched as its groups in a row ("14.000" is the phrase 14 000, so "12,5" no longer
 * finds a 12 and a 5 apart): the split forms of a number written against letters hold its groups too
 * ("Rp14.000" → rp 14 000, was rp 14), so "14.000" still finds "Rp14.000". The search variants of
 * every stored article and photo are written again and both indexes rebuilt, by `rederive`.
 */
export const numberGroupsMigration: Migration = {
  version: 13,
  name: 'a number written against letters is found by all its groups (Rp14.000 by 14.000)',
  up() {},
  rederive: true,
};
