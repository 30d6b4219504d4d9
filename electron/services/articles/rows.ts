import type { Article, ArticleStatus, ArticleSummary } from '../../../shared/api/article';
import { ApiError } from '../../../shared/api/errors';
import { say } from '../../../shared/api/wording';
import { describeShapeProblem, unknownNodeTypes, type StoredDocument } from '../../../shared/editor/document';

/** One row of the `articles` table, as better-sqlite3 returns it. */
export interface ArticleRow {
  seq: number;
  id: string;
  rubric: string;
  headline: string;
  lead: string;
  writers: string;
  editor: string;
  dateline_prefix: string;
  dateline_place: string;
  tags: string;
  slug: string;
  slug_manual: 0 | 1;
  status: ArticleStatus;
  featured_photo_id: string | null;
  body: string;
  body_text: string;
  tags_text: string;
  writers_text: string;
  captions_text: string;
  sources_text: string;
  variants_text: string;
  word_count: number;
  revision: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export type SummaryRow = Pick<
  ArticleRow,
  'id' | 'headline' | 'rubric' | 'status' | 'slug' | 'word_count' | 'updated_at'
> & { snippet?: string };

/** A stored JSON list of names (writers, tags): its strings, nothing else. */
export const stringList = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

/** Parses a stored body, refusing (never rewriting) one this version cannot edit safely. */
export function parseStoredBody(row: Pick<ArticleRow, 'id' | 'body'>): StoredDocument {
  let value: unknown;
  try {
    value = JSON.parse(row.body);
  } catch {
    throw new ApiError('DATABASE_CORRUPT', say('article.unreadable'), { id: row.id });
  }
  const problem = describeShapeProblem(value);
  if (problem) throw new ApiError('DATABASE_CORRUPT', say('article.damaged', { problem }), { id: row.id });
  const document = value as StoredDocument;
  const unknown = unknownNodeTypes(document);
  if (unknown.length > 0) {
    throw new ApiError(
      'UNKNOWN_NODE',
      say('article.unknownContent', { types: unknown.map((type) => `"${type}"`).join(', ') }),
      { id: row.id, types: unknown },
    );
  }
  return document;
}

export function rowToArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    rubric: row.rubric,
    headline: row.headline,
    lead: row.lead,
    writers: stringList(row.writers),
    editor: row.editor,
    dateline: { prefix: row.dateline_prefix, place: row.dateline_place },
    tags: stringList(row.tags),
    slug: row.slug,
    slugManual: row.slug_manual === 1,
    status: row.status,
    featuredPhotoId: row.featured_photo_id,
    body: parseStoredBody(row),
    revision: row.revision,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}

export function rowToSummary(row: SummaryRow): ArticleSummary {
  const summary: ArticleSummary = {
    id: row.id,
    headline: row.headline,
    rubric: row.rubric,
    status: row.status,
    slug: row.slug,
    wordCount: row.word_count,
    updatedAt: row.updated_at,
  };
  if (row.snippet !== undefined) summary.snippet = row.snippet;
  return summary;
}
