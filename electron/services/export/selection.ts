import type { Database } from 'better-sqlite3';
import type { ArticleStatus } from '../../../shared/api/article';

export interface ArticlePick {
  id: string;
  slug: string;
  headline: string;
}

export type Selection = { all: true } | { status: ArticleStatus } | { slugs: string[] };

/** The articles a batch export covers, oldest first so runs are repeatable; unknown slugs are reported. */
export function selectArticles(
  db: Database,
  selection: Selection,
): { articles: ArticlePick[]; missing: string[] } {
  const columns = 'SELECT id, slug, headline FROM articles';
  if ('all' in selection)
    return { articles: db.prepare(`${columns} ORDER BY seq`).all() as ArticlePick[], missing: [] };
  if ('status' in selection) {
    return {
      articles: db.prepare(`${columns} WHERE status = ? ORDER BY seq`).all(selection.status) as ArticlePick[],
      missing: [],
    };
  }
  const bySlug = db.prepare(`${columns} WHERE slug = ?`);
  const articles: ArticlePick[] = [];
  const missing: string[] = [];
  for (const slug of selection.slugs) {
    const found = bySlug.get(slug) as ArticlePick | undefined;
    if (found) articles.push(found);
    else missing.push(slug);
  }
  return { articles, missing };
}
