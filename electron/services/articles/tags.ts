import type { Database } from 'better-sqlite3';
import type { TagRenameInput, TagRenamed } from '../../../shared/api/source';
import { sameItem, tidyList, tidyName } from '../../../shared/text/lists';
import { variantsWith } from './search-text';

const DEFAULT_LIMIT = 50;

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Tags already used on articles, for the Tags field's suggestions: the most used first, then by
 * name; with a prefix, only tags starting with it (without regard to case).
 */
export function listTags(db: Database, input: { prefix?: string; limit?: number }): string[] {
  const prefix = tidyName(input.prefix ?? '');
  const rows = db
    .prepare(
      `SELECT t.value AS tag FROM articles a, json_each(a.tags) t
       WHERE t.type = 'text' AND t.value LIKE ? ESCAPE '\\'
       GROUP BY t.value COLLATE NOCASE
       ORDER BY count(*) DESC, t.value COLLATE NOCASE
       LIMIT ?`,
    )
    .pluck()
    .all(`${escapeLike(prefix)}%`, input.limit ?? DEFAULT_LIMIT) as string[];
  return rows;
}

/**
 * Renames a tag on every article that has it (whatever its case), in one transaction. Renamed to a
 * tag already used, the two become one, spelt as that tag is, once per article. Each changed article's
 * revision goes up, so an editor still holding the old tags is told to reload rather than save
 * them back.
 */
export function renameTag(db: Database, input: TagRenameInput, now: () => Date): TagRenamed {
  const from = tidyName(input.from);
  const to = tidyName(input.to);
  const rename = db.transaction(() => {
    const at = now().toISOString();
    const rows = db.prepare("SELECT id, tags, revision FROM articles WHERE tags <> '[]'").all() as Array<{
      id: string;
      tags: string;
      revision: number;
    }>;
    const write = db.prepare(
      `UPDATE articles SET tags = @tags, tags_text = @tagsText, variants_text = @variants,
         revision = @revision, updated_at = @at WHERE id = @id`,
    );
    const tagged = rows.map((row) => ({ ...row, list: (JSON.parse(row.tags) as string[]).map(tidyName) }));
    // Merged into a tag already used, the tag keeps the spelling it has; only a tag renamed to
    // itself (its case changed) is written as asked.
    const kept = sameItem(from, to)
      ? undefined
      : tagged.flatMap((row) => row.list).find((tag) => sameItem(tag, to) && !sameItem(tag, from));
    const name = kept ?? to;
    let articlesChanged = 0;
    for (const row of tagged) {
      if (!row.list.some((tag) => sameItem(tag, from))) continue;
      const renamed = tidyList(
        row.list.map((tag) => (sameItem(tag, from) || sameItem(tag, name) ? name : tag)),
      );
      const stored = JSON.stringify(renamed);
      if (stored === row.tags) continue;
      const tagsText = renamed.join(' \n ');
      write.run({
        id: row.id,
        tags: stored,
        tagsText,
        variants: variantsWith(db, row.id, { tags_text: tagsText }),
        revision: row.revision + 1,
        at,
      });
      articlesChanged += 1;
    }
    return { tag: name, articlesChanged };
  });
  return rename.immediate();
}
