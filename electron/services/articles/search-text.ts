import type { Database } from 'better-sqlite3';

/** The names of the sources an article uses (tagged or added by hand), as the article search indexes them. */
function sourceNamesOf(db: Database, articleId: string): string {
  const names = db
    .prepare(
      `SELECT DISTINCT s.name FROM article_sources u JOIN sources s ON s.id = u.source_id
       WHERE u.article_id = ? ORDER BY s.name COLLATE NOCASE`,
    )
    .pluck()
    .all(articleId) as string[];
  return names.join(' \n ');
}

/**
 * Brings the searchable source names of these articles up to date after their sources changed (a
 * save's tags, sources added by hand, a renamed or merged source). Only a changed value is written:
 * the full-text index re-reads the whole article on any write to a column it indexes.
 */
export function refreshSourceNames(db: Database, articleIds: Iterable<string>): void {
  const update = db.prepare('UPDATE articles SET sources_text = ? WHERE id = ? AND sources_text <> ?');
  for (const id of new Set(articleIds)) {
    const names = sourceNamesOf(db, id);
    update.run(names, id, names);
  }
}

/** The articles that use a source, for refreshing their source names after it changed. */
export function articlesUsingSource(db: Database, sourceId: string): string[] {
  return db
    .prepare('SELECT DISTINCT article_id FROM article_sources WHERE source_id = ?')
    .pluck()
    .all(sourceId) as string[];
}
