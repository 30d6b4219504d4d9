import { tidyList } from '../../../../shared/text/lists';
import { variantsText, type SearchTexts } from '../../articles/search-text';
import type { Migration } from './types';

/**
 * Tags and writers were stored as typed, only trimmed: "Korea  Utara" (two spaces) or with a
 * no-break space was a tag of its own in the suggestions, the tag filter and the export's keywords.
 * Saves now store them tidied (shared/text/lists.ts); this tidies the ones already stored, with the
 * search columns that repeat the tags. Nothing else about the article changes (revision, updated time).
 */
export const tidyTagsWritersMigration: Migration = {
  version: 9,
  name: 'tags and writers written one way',
  up(db) {
    const rows = db
      .prepare(
        'SELECT id, tags, writers, headline, lead, body_text, tags_text, captions_text, sources_text FROM articles',
      )
      .all() as Array<SearchTexts & { id: string; tags: string; writers: string }>;
    const update = db.prepare(
      'UPDATE articles SET tags = ?, tags_text = ?, writers = ?, variants_text = ? WHERE id = ?',
    );
    for (const row of rows) {
      const tags = tidyList(JSON.parse(row.tags) as string[]);
      const writers = tidyList(JSON.parse(row.writers) as string[]);
      const [tagsJson, writersJson] = [JSON.stringify(tags), JSON.stringify(writers)];
      if (tagsJson === row.tags && writersJson === row.writers) continue;
      const tagsText = tags.join(' \n ');
      update.run(tagsJson, tagsText, writersJson, variantsText({ ...row, tags_text: tagsText }), row.id);
    }
  },
};
