import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { say } from '../../../shared/api/wording';
import type { UiLanguage } from '../../../shared/api/settings';
import type {
  ArticleSourceEntry,
  ArticleSourcesInput,
  ArticleSourcesSaved,
  ArticleSourcing,
  SourceRole,
} from '../../../shared/api/source';
import type { StoredDocument } from '../../../shared/editor/document';
import { articleOrigin, quotedFromLine, taggedUses } from '../../../shared/sources/derive';
import { describeSourceMarkProblem } from '../../../shared/sources/marks';
import { parseStoredBody } from '../articles/rows';
import { refreshSourceNames } from '../articles/search-text';
import { mergedHandList, putBack, type HandEntry } from './hand-list';
import { photoCreditSources } from './photo-credits';
import { rowToSource, SOURCE_COLUMNS, type SourceRow } from './rows';

/** Refuses, before anything is written, a body whose source tags are malformed or overlap. */
export function checkSourceMarks(body: StoredDocument): void {
  const problem = describeSourceMarkProblem(body);
  if (problem) throw new ApiError('VALIDATION', `${problem} The body was not saved.`);
}

/**
 * Records which sources the body's tags name, in the save's own transaction, so the article list's
 * source filter and the registry's "used in" are never behind the stored article. Tags naming a
 * source the registry does not have are left out of the list, not refused.
 */
export function recordSourceTags(db: Database, articleId: string, body: StoredDocument): void {
  db.prepare('DELETE FROM article_sources WHERE article_id = ? AND added_by_hand = 0').run(articleId);
  const insert = db.prepare(
    `INSERT INTO article_sources (article_id, source_id, added_by_hand, role, tags, position)
     SELECT @articleId, id, 0, @role, @tags, @position FROM sources WHERE id = @sourceId`,
  );
  taggedUses(body).forEach((use, position) => insert.run({ articleId, ...use, position }));
  refreshSourceNames(db, [articleId]);
}

type EntryRow = SourceRow & { entry_role: SourceRole; added_by_hand: 0 | 1; tags: number };

function articleEntries(db: Database, articleId: string): ArticleSourceEntry[] {
  const rows = db
    .prepare(
      `SELECT ${SOURCE_COLUMNS}, a.role AS entry_role, a.added_by_hand, a.tags
       FROM article_sources a JOIN sources s ON s.id = a.source_id
       WHERE a.article_id = ? ORDER BY a.added_by_hand, a.position`,
    )
    .all(articleId) as EntryRow[];
  return rows.map((row) => ({
    source: rowToSource(row),
    role: row.entry_role,
    byHand: row.added_by_hand === 1,
    tags: row.tags,
  }));
}

function requireArticle(db: Database, id: string): { body: string; featured_photo_id: string | null } {
  const row = db.prepare('SELECT body, featured_photo_id FROM articles WHERE id = ?').get(id) as
    { body: string; featured_photo_id: string | null } | undefined;
  if (!row) throw new ApiError('NOT_FOUND', say('gone.article'), { id });
  return row;
}

/** The article's sources: tagged ones in body order, then those added by hand; origin and the "Dikutip dari" line. */
export function articleSourcing(db: Database, articleId: string, language: UiLanguage): ArticleSourcing {
  const article = requireArticle(db, articleId);
  const entries = articleEntries(db, articleId);
  const override = db
    .prepare('SELECT quoted_from FROM article_attribution WHERE article_id = ?')
    .pluck()
    .get(articleId) as string | undefined;
  const syndicated = entries.filter((entry) => entry.role === 'syndicated').map((entry) => entry.source.name);
  return {
    entries,
    origin: articleOrigin(entries),
    quotedFrom: override ?? '',
    quotedFromGenerated: quotedFromLine(language, syndicated),
    photoCredits: photoCreditSources(
      db,
      parseStoredBody({ id: articleId, body: article.body }),
      article.featured_photo_id,
    ),
  };
}

/**
 * Sets the sources added by hand and the editor's own "Dikutip dari" line (empty: use the generated
 * one); what the input leaves out stays as it is. The article counts as changed (its list order and
 * its package's modified time).
 */
export function setArticleSources(
  db: Database,
  input: ArticleSourcesInput,
  language: UiLanguage,
  now: () => Date,
): ArticleSourcesSaved {
  let addedBack: string[] = [];
  const save = db.transaction(() => {
    requireArticle(db, input.id);
    if (input.byHand) {
      const stored = db
        .prepare(
          `SELECT source_id AS sourceId, role FROM article_sources
           WHERE article_id = ? AND added_by_hand = 1 ORDER BY position`,
        )
        .all(input.id) as HandEntry[];
      const list = mergedHandList(stored, input.byHand, input.basedOn);
      addedBack = putBack(stored, list, input.basedOn);
      const exists = db.prepare('SELECT 1 FROM sources WHERE id = ?');
      for (const entry of list) {
        if (exists.get(entry.sourceId) === undefined)
          throw new ApiError('NOT_FOUND', say('gone.sourceOfMany'), {
            sourceId: entry.sourceId,
          });
      }
      db.prepare('DELETE FROM article_sources WHERE article_id = ? AND added_by_hand = 1').run(input.id);
      const insert = db.prepare(
        `INSERT INTO article_sources (article_id, source_id, added_by_hand, role, tags, position)
         VALUES (?, ?, 1, ?, 0, ?)`,
      );
      list.forEach((entry, position) => insert.run(input.id, entry.sourceId, entry.role, position));
      refreshSourceNames(db, [input.id]);
    }
    if (input.quotedFrom !== undefined) {
      const line = input.quotedFrom.trim();
      if (line) {
        db.prepare(
          `INSERT INTO article_attribution (article_id, quoted_from) VALUES (?, ?)
           ON CONFLICT (article_id) DO UPDATE SET quoted_from = excluded.quoted_from`,
        ).run(input.id, line);
      } else db.prepare('DELETE FROM article_attribution WHERE article_id = ?').run(input.id);
    }
    db.prepare('UPDATE articles SET updated_at = ? WHERE id = ?').run(now().toISOString(), input.id);
  });
  save.immediate();
  return { ...articleSourcing(db, input.id, language), addedBack };
}
