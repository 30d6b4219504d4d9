import { tidyList } from '../../../../shared/text/lists';
import type { Migration } from './types';

/**
 * Tags and writers were stored as typed, only trimmed: "Korea  Utara" (two spaces) or with a
 * no-break space was a tag of its own in the suggestions, the tag filter and the export's keywords.
 * Saves now store them tidied (shared/text/lists.ts); this tidies the ones already stored (the search
 * columns that repeat the tags are written again by `rederive`). Nothing else about the article
 * changes (revision, updated time).
 */
export const tidyTagsWritersMigration: Migration = {
  version: 9,
  name: 'tags and writers written one way',
  up(db) {
    const rows = db.prepare('SELECT id, tags, writers FROM articles').all() as Array<{
      id: string;
      tags: string;
      writers: string;
    }>;
    const update = db.prepare('UPDATE articles SET tags = ?, writers = ? WHERE id = ?');
    for (const row of rows) {
      const tags = JSON.stringify(tidyList(strings(row.tags)));
      const writers = JSON.stringify(tidyList(strings(row.writers)));
      if (tags !== row.tags || writers !== row.writers) update.run(tags, writers, row.id);
    }
  },
  rederive: true,
};

/** The strings of a stored JSON list (anything else in it, which no save writes, is left out). */
function strings(stored: string): string[] {
  const list: unknown = JSON.parse(stored);
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}
