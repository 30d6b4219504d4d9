import type { Migration } from './types';

/**
 * Word counts as a reader counts them: a date or a ratio ("17/8/2024", "24/7") and a day counted from
 * an event ("H+1") are one word each (shared/text/words.ts); they were two or three. `rederive` writes
 * each stored article's word count again; nothing in the schema changes.
 */
export const wordCountDatesMigration: Migration = {
  version: 16,
  name: 'dates, ratios and H+1 counted as one word',
  up() {},
  rederive: true,
};
