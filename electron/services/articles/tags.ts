import type { Database } from 'better-sqlite3';
import { tidyName } from '../../../shared/text/lists';

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
