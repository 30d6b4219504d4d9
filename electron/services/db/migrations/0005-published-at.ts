import type { Migration } from './types';

/**
 * When an article was first published: set by the save that first gives it the status Published, kept
 * when it is later corrected or taken back to draft (a page's publication date never moves). Articles
 * already published get their creation time, which is what their exported pages have said so far.
 */
export const publishedAtMigration: Migration = {
  version: 5,
  name: 'first publication time of articles',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN published_at TEXT;
      UPDATE articles SET published_at = created_at WHERE status = 'published';
    `);
  },
};
