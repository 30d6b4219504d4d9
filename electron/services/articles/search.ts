import type { Database } from 'better-sqlite3';
import type { ArticleListInput, ArticleSummary } from '../../../shared/api/article';
import { rowToSummary, type SummaryRow } from './rows';
import { variantSnippet } from './variant-snippet';
import { spellingsOf } from './rubrics';
import { articlesCrediting } from '../sources/photo-credits';
import { findSource } from '../sources/store';
import { itemKey, tidyName } from '../../../shared/text/lists';
import { toFtsQuery } from './fts-query';

export { toFtsQuery };

const DEFAULT_LIMIT = 200;
const SUMMARY_COLUMNS = 'a.id, a.headline, a.rubric, a.status, a.slug, a.word_count, a.updated_at';
// bm25 column weights: headline, lead, body, tags, photo captions, source names, run-together words
// ("jumat" for "Jum'at"), byline (writers and editor). A hit in the headline outranks one deep in the body.
const RANK = 'bm25(articles_fts, 10.0, 4.0, 1.0, 6.0, 2.0, 3.0, 2.0, 5.0)';
/** The index's column of run-together words, which is no text to show. */
const VARIANTS_COLUMN = 6;
/** The index's columns a snippet shows words of, in the order a tie goes: lead, body, photo captions. */
const TEXT_COLUMNS = [1, 2, 4];
/** Marks a word found, so the snippet shown is one with a match; no text holds them (C0 controls). */
const [HIT, HIT_END] = ['\u0002', '\u0003'];

const snippetOf = (column: number): string => `snippet(articles_fts, ${column}, char(2), char(3), '…', 16)`;
const hitsIn = (snippet: string): number => snippet.split(HIT).length - 1;
const withoutMarks = (snippet: string): string => snippet.replaceAll(HIT, '').replaceAll(HIT_END, '');

/**
 * What a result shows: the words around the match in the lead, body or captions (the column with the
 * most words found). Never the headline, which the row shows already, nor tags or source names. Found
 * through a run-together word ("jumat" for "Jum'at") only, the article's words it stands for; found
 * elsewhere only (the headline), the article's opening words — the same for either spelling.
 */
function chooseSnippet(
  [lead = '', body = '', captions = '', variants = '']: string[],
  ofVariant: () => string,
): string {
  const texts = [lead, body, captions];
  const best = texts.reduce((chosen, text) => (hitsIn(text) > hitsIn(chosen) ? text : chosen), '');
  if (best !== '') return withoutMarks(best);
  const variant = hitsIn(variants) > 0 ? ofVariant() : '';
  // A column without a match gives its opening words.
  return variant !== '' ? variant : withoutMarks(texts.find((text) => text.trim() !== '') ?? '');
}
/**
 * Relevance ranks the most recently created matches only (all when there are fewer): bm25 reads every scored
 * match's positions, ~2–10 µs each, so scoring a word found in all 100,000 articles took 0.2 s.
 */
export const RANK_WINDOW = 500;

/**
 * Whether a query without a searchable word still asks for something no text can match: emoji or
 * other symbols ("🚀", "©"), whose words are not indexed. Only spaces and punctuation (a phrase's
 * opening quote) are no query yet: everything is listed.
 */
export function matchesNothing(typed: string | undefined): boolean {
  return /[^\p{White_Space}\p{P}]/u.test(typed ?? '');
}

function filters(db: Database, input: ArticleListInput): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (input.status) {
    clauses.push('a.status = ?');
    params.push(input.status);
  }
  if (input.rubric) {
    // Spellings differing only in case or spacing are one rubric (an article's own re-typed rubric is kept).
    clauses.push('a.rubric IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(spellingsOf(db, input.rubric)));
  }
  // Spellings differing only in case, in any alphabet, are one tag (a tag of only spaces is none).
  const tag = tidyName(input.tag ?? '');
  if (tag) {
    clauses.push(
      "EXISTS (SELECT 1 FROM json_each(a.tags) t WHERE t.type = 'text' AND item_key(t.value) = ?)",
    );
    params.push(itemKey(tag));
  }
  if (input.ids) {
    clauses.push(`a.id IN (${input.ids.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...input.ids);
  }
  if (input.sourceId) {
    // Tagged in the body or added by hand, or (an agency or outlet) named by a photo's credit.
    const source = findSource(db, input.sourceId);
    const credited = source ? articlesCrediting(db, source).map((article) => article.id) : [];
    clauses.push(
      `(EXISTS (SELECT 1 FROM article_sources u WHERE u.article_id = a.id AND u.source_id = ?)
        OR a.id IN (SELECT value FROM json_each(?)))`,
    );
    params.push(input.sourceId, JSON.stringify(credited));
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), params };
}

/**
 * The matches of a search, one page of them: the RANK_WINDOW most recently created matches ranked by
 * relevance, then every older match newest first. Pages are cut from that one order, so "Show more"
 * neither repeats nor skips an article.
 */
function rankedPage(
  db: Database,
  match: string,
  sql: string,
  params: unknown[],
  offset: number,
  limit: number,
): number[] {
  const page: number[] = [];
  if (offset < RANK_WINDOW) {
    // CROSS JOIN keeps the index the outer loop: with a plain JOIN SQLite may start from the status index
    // and re-run the MATCH once per article (minutes over 100,000 articles; BENCHMARKS.md, B4).
    page.push(
      ...(db
        .prepare(
          `SELECT seq FROM (
             SELECT articles_fts.rowid AS seq, ${RANK} AS score
             FROM articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid
             WHERE articles_fts MATCH ?${sql}
             ORDER BY articles_fts.rowid DESC LIMIT ?)
           ORDER BY score, seq DESC LIMIT ? OFFSET ?`,
        )
        .pluck()
        .all(match, ...params, RANK_WINDOW, Math.min(limit, RANK_WINDOW - offset), offset) as number[]),
    );
  }
  const rest = offset + limit - Math.max(offset, RANK_WINDOW);
  if (rest > 0) {
    page.push(
      ...(db
        .prepare(
          `SELECT articles_fts.rowid FROM articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid
           WHERE articles_fts MATCH ?${sql}
           ORDER BY articles_fts.rowid DESC LIMIT ? OFFSET ?`,
        )
        .pluck()
        .all(match, ...params, rest, Math.max(offset, RANK_WINDOW)) as number[]),
    );
  }
  return page;
}

/** The article list: newest change first, or ranked by relevance when there is a query. */
export function listArticles(db: Database, input: ArticleListInput): ArticleSummary[] {
  const limit = input.limit ?? DEFAULT_LIMIT;
  const offset = input.offset ?? 0;
  const { sql, params } = filters(db, input);
  const match = input.query ? toFtsQuery(input.query) : null;
  if (match === null && matchesNothing(input.query)) return [];
  if (match === null) {
    const rows = db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE 1 = 1${sql} ORDER BY a.updated_at DESC, a.seq DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as SummaryRow[];
    return rows.map(rowToSummary);
  }
  const ranked = rankedPage(db, match, sql, params, offset, limit);
  // A snippet re-reads and re-tokenises the article's text: made only for the rows returned. The row
  // is bound as an INTEGER: better-sqlite3 binds a JS number as a REAL, which FTS5 does not take as a
  // rowid bound — "rowid = ?" was then ignored (every row got the first match's snippet), and a range
  // was checked match by match from the oldest (~4 ms a row for a common word; BENCHMARKS.md, B4).
  const snippets = db
    .prepare(
      `SELECT ${TEXT_COLUMNS.map((column) => snippetOf(column)).join(', ')}, ${snippetOf(VARIANTS_COLUMN)}
     FROM articles_fts WHERE articles_fts MATCH ? AND articles_fts.rowid = CAST(? AS INTEGER)`,
    )
    .raw();
  const summary = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.seq = ?`);
  const texts = db.prepare('SELECT body_text, lead, captions_text FROM articles WHERE seq = ?').raw();
  return ranked.flatMap((seq) => {
    const row = summary.get(seq) as SummaryRow | undefined;
    if (!row) return [];
    const found = snippets.get(match, seq) as string[] | undefined;
    const snippet = found
      ? chooseSnippet(found, () => variantSnippet(input.query ?? '', texts.get(seq) as string[]))
      : '';
    return [rowToSummary({ ...row, snippet })];
  });
}
