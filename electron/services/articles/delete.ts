import type { Database } from 'better-sqlite3';
import type { ArticleDeleteInput } from '../../../shared/api/article';
import { ApiError } from '../../../shared/api/errors';
import { say } from '../../../shared/api/wording';

/**
 * The tables that hold rows of one article besides `articles` (migrations 2, 3 and 10). Their foreign
 * keys cascade, and the full-text index follows through its delete trigger; they are named here too
 * so a delete never depends on the connection's foreign_keys setting.
 */
const ARTICLE_TABLES = [
  'article_photos',
  'article_credits',
  'article_sources',
  'article_attribution',
] as const;

/**
 * Deletes an article and everything hanging off it (its search words, photo uses, sources and
 * "Dikutip dari" line), in one transaction. Refused with CONFLICT when the editor holds a revision
 * older than the stored one, as a save is: a window that has not seen the latest change cannot
 * delete it. With `onlyIfEmpty`, also refused when it has a source or a "Dikutip dari" line, or another
 * article links to it. Photos stay in the library; an exported package on disk is not touched; related links in
 * other articles that pointed here are left for their preflight to name.
 */
export function deleteArticle(db: Database, input: ArticleDeleteInput): { id: string } {
  const remove = db.transaction(() => {
    const row = db.prepare('SELECT revision FROM articles WHERE id = ?').get(input.id) as
      { revision: number } | undefined;
    if (!row) throw new ApiError('NOT_FOUND', say('gone.article'), { id: input.id });
    if (row.revision !== input.revision) {
      throw new ApiError('CONFLICT', say('delete.conflict'), {
        id: input.id,
        stored: row.revision,
        yours: input.revision,
      });
    }
    if (input.onlyIfEmpty) {
      const given = db
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM article_sources WHERE article_id = ?)
               OR EXISTS (SELECT 1 FROM article_attribution WHERE article_id = ?) AS given`,
        )
        .get(input.id, input.id) as { given: number };
      if (given.given) throw new ApiError('CONFLICT', say('delete.notEmpty'), { id: input.id });
      // Nor one another article links to (a related link names it by id in that article's body): a scan
      // of the bodies, made only once the cheap checks have passed.
      const linked = db
        .prepare('SELECT EXISTS (SELECT 1 FROM articles WHERE id <> ? AND instr(body, ?) > 0) AS linked')
        .get(input.id, input.id) as { linked: number };
      if (linked.linked) throw new ApiError('CONFLICT', say('delete.linkedTo'), { id: input.id });
    }
    for (const table of ARTICLE_TABLES) db.prepare(`DELETE FROM ${table} WHERE article_id = ?`).run(input.id);
    db.prepare('DELETE FROM articles WHERE id = ?').run(input.id);
  });
  remove.immediate();
  return { id: input.id };
}
