import type { Database } from 'better-sqlite3';
import type { MergeDroppedRole, Source, SourceMergeInput, SourceRole } from '../../../shared/api/source';
import { retagSourceMarks } from '../../../shared/sources/marks';
import { parseStoredBody } from '../articles/rows';
import { articlesUsingSource, refreshSourceNames } from '../articles/search-text';
import { recordSourceTags } from './article-sources';
import { creditNamesOf } from './photo-credits';
import { searchText } from './rows';
import { getSource, mergedNamesOf } from './store';

/**
 * Which role says more, when a merge leaves one source added by hand twice to an article: syndicated
 * changes the published credit line, a photo credit names the source under a photo, cited and quoted
 * only list it — and a source both quoted and cited is listed as quoted.
 */
const ROLE_WEIGHT: Record<SourceRole, number> = { cited: 0, quoted: 1, photo: 2, syndicated: 3 };

/** Whether listing a source as `kept` says all that `other` said: quoted says it was cited too. */
const says = (kept: SourceRole, other: SourceRole): boolean =>
  kept === other || (kept === 'quoted' && other === 'cited');

/**
 * Merges a duplicate into the source that stays, in one transaction: every tag of the duplicate in
 * every stored body is rewritten to the survivor (that article's revision bumped, so an editor still
 * holding the old body is told to reload rather than overwrite it), hand-added uses move across, the
 * survivor's empty fields are filled from the duplicate, and the duplicate is removed. An article that
 * had both added by hand lists the survivor once, with the weightier role of the two; a role that
 * said more than that one is named in `droppedRoles`, never lost unsaid.
 */
export function mergeSources(
  db: Database,
  input: SourceMergeInput,
  now: () => Date,
): { source: Source; articlesChanged: number; droppedRoles: MergeDroppedRole[] } {
  const merge = db.transaction(() => {
    const keep = getSource(db, input.keepId);
    const duplicate = getSource(db, input.duplicateId);
    const at = now().toISOString();
    const changed = new Set<string>();
    // Bodies are searched as text too, so a tag the source list missed still follows.
    const candidates = db
      .prepare(
        `SELECT id, body, revision FROM articles
         WHERE id IN (SELECT article_id FROM article_sources WHERE source_id = @dup) OR instr(body, @dup) > 0`,
      )
      .all({ dup: duplicate.id }) as Array<{ id: string; body: string; revision: number }>;
    // A registry tidy-up, as Rename tag: the revision goes up (a window holding the old body reloads),
    // the article does not move up the list (newest change first).
    const write = db.prepare('UPDATE articles SET body = ?, revision = ? WHERE id = ?');
    for (const article of candidates) {
      const { document, changed: tags } = retagSourceMarks(parseStoredBody(article), duplicate.id, keep.id);
      if (tags === 0) continue;
      write.run(JSON.stringify(document), article.revision + 1, article.id);
      recordSourceTags(db, article.id, document);
      changed.add(article.id);
    }
    const listed = db
      .prepare('SELECT DISTINCT article_id FROM article_sources WHERE source_id = ? AND added_by_hand = 1')
      .pluck()
      .all(duplicate.id) as string[];
    for (const id of listed) changed.add(id);
    // Both added by hand to one article: the row that stays takes the role that says more.
    const both = db
      .prepare(
        `SELECT k.article_id AS articleId, a.headline, k.role AS kept, d.role AS duplicated
         FROM article_sources k JOIN article_sources d ON d.article_id = k.article_id
         JOIN articles a ON a.id = k.article_id
         WHERE k.source_id = @keep AND k.added_by_hand = 1 AND d.source_id = @dup AND d.added_by_hand = 1
         ORDER BY a.updated_at DESC`,
      )
      .all({ keep: keep.id, dup: duplicate.id }) as Array<{
      articleId: string;
      headline: string;
      kept: SourceRole;
      duplicated: SourceRole;
    }>;
    const setRole = db.prepare(
      'UPDATE article_sources SET role = ? WHERE article_id = ? AND source_id = ? AND added_by_hand = 1',
    );
    const droppedRoles: MergeDroppedRole[] = [];
    for (const { articleId, headline, kept, duplicated } of both) {
      const [stays, other] =
        ROLE_WEIGHT[duplicated] > ROLE_WEIGHT[kept] ? [duplicated, kept] : [kept, duplicated];
      if (stays !== kept) setRole.run(stays, articleId, keep.id);
      if (!says(stays, other)) droppedRoles.push({ articleId, headline, kept: stays, dropped: other });
    }
    db.prepare(
      `UPDATE OR IGNORE article_sources SET source_id = @keep WHERE source_id = @dup AND added_by_hand = 1`,
    ).run({ keep: keep.id, dup: duplicate.id });
    // Packages that cited the duplicate now name the source kept, maybe with the fields it takes over.
    db.prepare(
      `UPDATE sources SET
         role = CASE WHEN role = '' THEN @role ELSE role END,
         organisation = CASE WHEN organisation = '' THEN @organisation ELSE organisation END,
         url = CASE WHEN url = '' THEN @url ELSE url END,
         notes = CASE WHEN notes = '' THEN @notes ELSE notes END,
         updated_at = @at,
         printed_changed_at = @at
       WHERE id = @id`,
    ).run({ ...duplicate, id: keep.id, at });
    // The source kept answers to the duplicate's names too: a photo credit naming the duplicate ("AFP")
    // is now a use of the source kept, and the registry's search finds it by that name.
    const merged = [
      ...new Set([...mergedNamesOf(db, keep.id), duplicate.name, ...mergedNamesOf(db, duplicate.id)]),
    ].filter((name) => name !== keep.name);
    db.prepare('DELETE FROM sources WHERE id = ?').run(duplicate.id);
    // The survivor's search words, now that its empty fields may have been filled.
    const kept = getSource(db, keep.id);
    db.prepare('UPDATE sources SET merged_names = ?, credit_names = ?, search_text = ? WHERE id = ?').run(
      JSON.stringify(merged),
      JSON.stringify(creditNamesOf(kept.name, merged)),
      searchText(kept, merged),
      keep.id,
    );
    refreshSourceNames(db, [...changed, ...articlesUsingSource(db, keep.id)]);
    return { source: getSource(db, keep.id), articlesChanged: changed.size, droppedRoles };
  });
  return merge.immediate();
}
