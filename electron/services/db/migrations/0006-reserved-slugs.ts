import { RESERVED_NAMES, uniqueSlug } from '../../../../shared/text/slug';
import type { Migration } from './types';

/**
 * Slugs that Windows refuses as folder names ("con", "aux", "com1"…) were exported into a folder named
 * "article", where they replaced each other, while their pages' addresses named the slug. Saves now
 * skip those names ("con-2"); this renames the ones already stored the same way.
 */
export const reservedSlugsMigration: Migration = {
  version: 6,
  name: 'slugs that cannot name a folder',
  up(db) {
    const rows = db.prepare('SELECT id, slug FROM articles ORDER BY created_at, id').all() as Array<{
      id: string;
      slug: string;
    }>;
    const taken = db.prepare('SELECT 1 FROM articles WHERE slug = ? AND id <> ?');
    const rename = db.prepare('UPDATE articles SET slug = ? WHERE id = ?');
    for (const { id, slug } of rows) {
      if (!RESERVED_NAMES.test(slug)) continue;
      rename.run(
        uniqueSlug(slug.toLowerCase(), (candidate) => taken.get(candidate, id) !== undefined),
        id,
      );
    }
  },
};
