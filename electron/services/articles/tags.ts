import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { TagListInput, TagRenameInput, TagRenamed } from '../../../shared/api/source';
import { say } from '../../../shared/api/wording';
import { fold } from '../../../shared/text/characters';
import { withoutMarks, withoutMarksTyped } from '../../../shared/text/joined';
import { sameItem, tidyList, tidyName } from '../../../shared/text/lists';
import { variantsWith } from './search-text';

const DEFAULT_LIMIT = 50;

/** A tag as the suggestions match it: folded as the searches fold ("Jum'at" → jumat, "Café" → cafe). */
const matchedForm = (tag: string): string => withoutMarks(fold(tag));

/**
 * Tags already used on articles, for the Tags field's suggestions: the most used first, then by
 * name; with a prefix, only tags starting with it, folded on both sides as the article and source
 * searches fold — case in every alphabet ("él" finds "Élysée", which SQLite's NOCASE, folding A–Z
 * only, did not), accents ("cafe" finds "Café"), apostrophes and hyphens inside words ("jumat" finds
 * "Jum'at Berkah", "ektp" finds "e-KTP"). Spellings of one tag in other capitals are one suggestion,
 * spelt as most articles spell it. Asked for an article, only the tags other articles use (counted
 * on those): the article's own tags, a half-typed one its last save stored among them, are not
 * offered back to it.
 */
export function listTags(db: Database, input: TagListInput): string[] {
  const prefix = withoutMarksTyped(fold(tidyName(input.prefix ?? '')));
  const rows = db
    .prepare(
      `SELECT t.value AS tag, count(*) AS uses, min(a.seq) AS first FROM articles a, json_each(a.tags) t
       WHERE t.type = 'text' AND a.id IS NOT ? GROUP BY t.value ORDER BY first`,
    )
    .all(input.articleId ?? null) as Array<{ tag: string; uses: number }>;
  // In the order each spelling was first used: of two spellings used as often, the older one is shown.
  const tags = new Map<string, { shown: string; most: number; uses: number }>();
  for (const { tag, uses } of rows) {
    if (!matchedForm(tag).startsWith(prefix)) continue;
    const key = tag.toLocaleLowerCase();
    const found = tags.get(key);
    if (!found) tags.set(key, { shown: tag, most: uses, uses });
    else {
      found.uses += uses;
      if (uses > found.most) Object.assign(found, { shown: tag, most: uses });
    }
  }
  return [...tags.entries()]
    .sort(([a, first], [b, second]) => second.uses - first.uses || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, input.limit ?? DEFAULT_LIMIT)
    .map(([, tag]) => tag.shown);
}

/** The tags of a stored row, tidied (anything in the list that is not a string, which no save writes, left out). */
function storedTags(stored: string): string[] {
  const list: unknown = JSON.parse(stored);
  return Array.isArray(list)
    ? list.filter((tag): tag is string => typeof tag === 'string').map(tidyName)
    : [];
}

/**
 * Renames a tag on every article that has it (whatever its case), in one transaction. Renamed to a
 * tag already used, the two become one, spelt as that tag is, once per article. Each changed article's
 * revision goes up, so an editor still holding the old tags is told to reload rather than save them
 * back; its updated time stays (the list is not reordered by a tidy-up). A preview only says what
 * would happen. No article with the tag: NOT_FOUND (another window may have renamed it first).
 */
export function renameTag(db: Database, input: TagRenameInput): TagRenamed {
  const from = tidyName(input.from);
  const to = tidyName(input.to);
  const rename = db.transaction(() => {
    const rows = db.prepare("SELECT id, tags, revision FROM articles WHERE tags <> '[]'").all() as Array<{
      id: string;
      tags: string;
      revision: number;
    }>;
    const tagged = rows
      .map((row) => ({ ...row, list: storedTags(row.tags) }))
      .filter((row) => row.list.length > 0);
    const having = tagged.filter((row) => row.list.some((tag) => sameItem(tag, from)));
    if (having.length === 0) throw new ApiError('NOT_FOUND', say('gone.tag', { tag: from }), { tag: from });
    // Merged into a tag already used, the tag keeps the spelling it has; only a tag renamed to
    // itself (its case changed) is written as asked.
    const kept = sameItem(from, to)
      ? undefined
      : tagged.flatMap((row) => row.list).find((tag) => sameItem(tag, to));
    const name = kept ?? to;
    const write = db.prepare(
      `UPDATE articles SET tags = @tags, tags_text = @tagsText, variants_text = @variants,
         revision = @revision WHERE id = @id`,
    );
    let articlesChanged = 0;
    for (const row of having) {
      const renamed = tidyList(
        row.list.map((tag) => (sameItem(tag, from) || sameItem(tag, name) ? name : tag)),
      );
      const stored = JSON.stringify(renamed);
      if (stored === row.tags) continue;
      articlesChanged += 1;
      if (input.preview) continue;
      const tagsText = renamed.join(' \n ');
      write.run({
        id: row.id,
        tags: stored,
        tagsText,
        variants: variantsWith(db, row.id, { tags_text: tagsText }),
        revision: row.revision + 1,
      });
    }
    return { tag: name, merged: kept !== undefined, articlesChanged };
  });
  return input.preview ? rename.deferred() : rename.immediate();
}
