import type { Source, SourceKind } from '../../../shared/api/source';
import { fold } from '../../../shared/text/characters';
import { withoutMarks } from '../../../shared/text/joined';

/** One row of the `sources` table, with its usage count as the queries below select it. */
export interface SourceRow {
  seq: number;
  id: string;
  kind: SourceKind;
  name: string;
  role: string;
  organisation: string;
  url: string;
  notes: string;
  search_text: string;
  created_at: string;
  updated_at: string;
  usage_count: number;
}

/**
 * Every sources column plus how many articles use the source: tagged or added by hand, or (an agency
 * or outlet) named by the credit of a photo the article shows, as its Used in lists them.
 */
export const SOURCE_COLUMNS = `s.*, (SELECT count(*) FROM (
    SELECT u.article_id FROM article_sources u WHERE u.source_id = s.id
    UNION
    SELECT c.article_id FROM article_credits c
    WHERE s.kind IN ('agency', 'outlet') AND c.part IN (SELECT value FROM json_each(s.credit_names))
  )) AS usage_count`;

export function rowToSource(row: SourceRow): Source {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    url: row.url,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    usageCount: row.usage_count,
  };
}

export { fold };

/** What search matches against: the name first (so "starts with" means the name), then role and organisation. */
export const searchText = (
  fields: Pick<Source, 'name' | 'role' | 'organisation'>,
  mergedNames: readonly string[] = [],
): string => {
  const text = fold([fields.name, fields.role, fields.organisation, ...mergedNames].join('\n'));
  // Words written with an apostrophe or hyphen also stand run together: "maruf" finds "Ma'ruf",
  // and a query is read the same way (sources/store.ts).
  const joined = withoutMarks(text);
  return joined === text ? text : `${text}\n${joined}`;
};
