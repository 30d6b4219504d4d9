import type Database from 'better-sqlite3';

/** The ids of the rows of `table` (articles, photos) whose full-text index matches an FTS5 query. */
export function ftsMatches(db: Database.Database, table: 'articles' | 'photos', query: string): unknown[] {
  return db
    .prepare(
      `SELECT t.id FROM ${table}_fts JOIN ${table} t ON t.seq = ${table}_fts.rowid WHERE ${table}_fts MATCH ?`,
    )
    .pluck()
    .all(query);
}
