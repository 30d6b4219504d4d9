import type { Database } from 'better-sqlite3';
import type { SourceRole, SourceUsage, SourceUse } from '../../../shared/api/source';
import { articlesCrediting } from './photo-credits';
import { getSource } from './store';

/** Every article that uses a source, with how: tagged or listed, and (for agencies) through photo credits. */
export function sourceUsage(db: Database, id: string): SourceUsage {
  const source = getSource(db, id);
  const uses = new Map<string, SourceUse>();
  const add = (articleId: string, headline: string, role: SourceRole) => {
    const use = uses.get(articleId) ?? { id: articleId, headline, roles: [] };
    if (!use.roles.includes(role)) use.roles.push(role);
    uses.set(articleId, use);
  };
  const rows = db
    .prepare(
      `SELECT a.id, a.headline, u.role FROM article_sources u JOIN articles a ON a.id = u.article_id
       WHERE u.source_id = ? ORDER BY a.updated_at DESC, u.added_by_hand, u.position`,
    )
    .all(id) as Array<{ id: string; headline: string; role: SourceRole }>;
  for (const row of rows) add(row.id, row.headline, row.role);
  for (const article of articlesCrediting(db, source)) add(article.id, article.headline, 'photo');
  return { source, articles: [...uses.values()] };
}
