import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { say } from '../../../shared/api/wording';
import type {
  Source,
  SourceCreateInput,
  SourceListInput,
  SourceUpdateInput,
} from '../../../shared/api/source';
import { withoutMarks } from '../../../shared/text/joined';
import { sourceAddress } from '../../../shared/text/urls';
import { articlesUsingSource, refreshSourceNames } from '../articles/search-text';
import { creditNamesOf } from './photo-credits';
import { fold, rowToSource, searchText, SOURCE_COLUMNS, type SourceRow } from './rows';

const DEFAULT_LIMIT = 200;

/**
 * The fields an export prints of a source (its name, role and organisation in the Sources section,
 * its address as the name's link and ninjs uri), and its kind, which decides whether a photo credit
 * cites it: a change to one dates the packages citing it anew. The notes are the desk's own.
 */
const PRINTED_FIELDS = ['kind', 'name', 'role', 'organisation', 'url'] as const;
const MAX_WORDS = 8;

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The registry, by name; with a query, every typed word must appear, names starting with it first. */
export function listSources(db: Database, input: SourceListInput): Source[] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  // As in the article and photo searches, punctuation alone (a phrase's opening quote) is no query yet.
  const words = withoutMarks(fold(input.query ?? ''))
    .split(/\s+/)
    .filter((word) => /[^\p{P}]/u.test(word))
    .slice(0, MAX_WORDS);
  for (const word of words) {
    clauses.push("s.search_text LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(word)}%`);
  }
  if (input.kind) {
    clauses.push('s.kind = ?');
    params.push(input.kind);
  }
  if (input.ids) {
    if (input.ids.length === 0) return [];
    clauses.push(`s.id IN (${input.ids.map(() => '?').join(', ')})`);
    params.push(...input.ids);
  }
  const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
  const first = words.length > 0 ? "CASE WHEN s.search_text LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, " : '';
  const firstParams = words.length > 0 ? [`${escapeLike(words.join(' '))}%`] : [];
  const rows = db
    .prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s ${where} ORDER BY ${first}s.search_text, s.seq LIMIT ?`)
    .all(...params, ...firstParams, input.limit ?? DEFAULT_LIMIT) as SourceRow[];
  return rows.map(rowToSource);
}

/** The registry's source with this id, or null. */
export function findSource(db: Database, id: string): Source | null {
  const row = db.prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.id = ?`).get(id) as
    SourceRow | undefined;
  return row ? rowToSource(row) : null;
}

/** The names of the sources merged into this one, as typed (a merged agency's "AFP"). */
export function mergedNamesOf(db: Database, id: string): string[] {
  const stored = db.prepare('SELECT merged_names FROM sources WHERE id = ?').pluck().get(id) as
    string | undefined;
  return stored ? (JSON.parse(stored) as string[]) : [];
}

export function getSource(db: Database, id: string): Source {
  const source = findSource(db, id);
  if (!source) throw new ApiError('NOT_FOUND', say('gone.source'), { id });
  return source;
}

/** Names are kept as typed (markup included: it is text, escaped wherever it is shown), trimmed. */
export function createSource(db: Database, input: SourceCreateInput, now: () => Date): Source {
  const id = randomUUID();
  const at = now().toISOString();
  const fields = {
    ...input,
    name: input.name.trim(),
    role: input.role.trim(),
    organisation: input.organisation.trim(),
  };
  db.prepare(
    `INSERT INTO sources (id, kind, name, role, organisation, url, notes, search_text, credit_names, created_at, updated_at,
       printed_changed_at)
     VALUES (@id, @kind, @name, @role, @organisation, @url, @notes, @search_text, @credit_names, @at, @at, @at)`,
  ).run({
    ...fields,
    url: sourceAddress(fields.url),
    id,
    search_text: searchText(fields),
    credit_names: JSON.stringify(creditNamesOf(fields.name)),
    at,
  });
  return getSource(db, id);
}

export function updateSource(db: Database, input: SourceUpdateInput, now: () => Date): Source {
  const update = db.transaction((): Source => {
    const current = getSource(db, input.id);
    const merged = mergedNamesOf(db, input.id);
    const next = {
      kind: input.kind ?? current.kind,
      name: (input.name ?? current.name).trim(),
      role: (input.role ?? current.role).trim(),
      organisation: (input.organisation ?? current.organisation).trim(),
      url: input.url === undefined ? current.url : sourceAddress(input.url),
      notes: input.notes ?? current.notes,
    };
    // A save that changes nothing is not a change: it must not date an export citing the source anew.
    if ((Object.keys(next) as Array<keyof typeof next>).every((field) => next[field] === current[field]))
      return current;
    // A package's modified time follows what it prints (EXPORT.md), not the desk's notes.
    const printed = PRINTED_FIELDS.some((field) => next[field] !== current[field]);
    db.prepare(
      `UPDATE sources SET kind = @kind, name = @name, role = @role, organisation = @organisation, url = @url,
         notes = @notes, search_text = @search_text, credit_names = @credit_names, updated_at = @at,
         printed_changed_at = CASE WHEN @printed THEN @at ELSE printed_changed_at END WHERE id = @id`,
    ).run({
      ...next,
      id: input.id,
      search_text: searchText(next, merged),
      credit_names: JSON.stringify(creditNamesOf(next.name, merged)),
      at: now().toISOString(),
      printed: printed ? 1 : 0,
    });
    // Articles are found by their sources' names: a renamed source is found by its new name.
    if (next.name !== current.name) refreshSourceNames(db, articlesUsingSource(db, input.id));
    return getSource(db, input.id);
  });
  return update.immediate();
}
