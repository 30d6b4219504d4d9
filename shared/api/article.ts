import { z } from 'zod';
import { MAX_SLUG_LENGTH } from '../text/slug';
import { BodyChanges, BodyDocument } from './body';

export const ARTICLE_STATUSES = ['draft', 'ready', 'published'] as const;
export const ArticleStatus = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

const line = (max: number) => z.string().max(max);

/** The most each article field may hold: the save refuses more, and the form stops typing there. */
export const ARTICLE_LIMITS = {
  rubric: 120,
  headline: 500,
  lead: 2_000,
  /** One writer's or the editor's name. */
  name: 120,
  writers: 50,
  datelinePart: 120,
  tag: 120,
  tags: 100,
  /** As long as the store keeps one (a longer slug is cut there at a word): one number for both. */
  slug: MAX_SLUG_LENGTH,
} as const;
export const ArticleId = z.string().uuid();

export const Dateline = z.object({
  prefix: line(ARTICLE_LIMITS.datelinePart),
  place: line(ARTICLE_LIMITS.datelinePart),
});
export type Dateline = z.infer<typeof Dateline>;

/** The fields an editor types; everything the save carries besides identity and revision. */
export const ArticleFields = z.object({
  rubric: line(ARTICLE_LIMITS.rubric),
  headline: line(ARTICLE_LIMITS.headline),
  lead: line(ARTICLE_LIMITS.lead),
  writers: z.array(line(ARTICLE_LIMITS.name)).max(ARTICLE_LIMITS.writers),
  editor: line(ARTICLE_LIMITS.name),
  dateline: Dateline,
  tags: z.array(line(ARTICLE_LIMITS.tag)).max(ARTICLE_LIMITS.tags),
  slug: line(ARTICLE_LIMITS.slug),
  slugManual: z.boolean(),
  status: ArticleStatus,
  /** The photo shown above the body; a library photo's id, or null. */
  featuredPhotoId: z.string().uuid().nullable().default(null),
});
export type ArticleFields = z.infer<typeof ArticleFields>;

export const Article = ArticleFields.extend({
  id: ArticleId,
  body: BodyDocument,
  revision: z.number().int().nonnegative(),
  wordCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When a save first gave it the status Published (kept afterwards), or null if it never had it. */
  publishedAt: z.string().nullable(),
});
export type Article = z.infer<typeof Article>;

export const ArticleSummary = z.object({
  id: ArticleId,
  headline: z.string(),
  rubric: z.string(),
  status: ArticleStatus,
  slug: z.string(),
  wordCount: z.number().int().nonnegative(),
  updatedAt: z.string(),
  /** Plain-text excerpt around the match when the list came from a search. */
  snippet: z.string().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** The longest search the article list takes (its search field stops there). */
export const ARTICLE_QUERY_LIMIT = 500;

export const ArticleListInput = z.object({
  query: line(ARTICLE_QUERY_LIMIT).optional(),
  status: ArticleStatus.optional(),
  rubric: line(ARTICLE_LIMITS.rubric).optional(),
  /** Only articles with this tag (topic), compared without regard to case. */
  tag: line(ARTICLE_LIMITS.tag).optional(),
  /** Only articles that use this source, tagged in the body or added by hand. */
  sourceId: z.string().uuid().optional(),
  /** Only these articles (a related link asks for the one it points to, without its body). */
  ids: z.array(ArticleId).max(200).optional(),
  limit: z.number().int().min(1).max(5_000).optional(),
  /** How many of the list's first rows to leave out: the list shows its rows a page at a time. */
  offset: z.number().int().min(0).max(1_000_000).optional(),
});
export type ArticleListInput = z.infer<typeof ArticleListInput>;

/**
 * A save carries the whole body, or only what changed in it since `revision` (what the editor sends),
 * or neither when only the fields changed.
 */
export const ArticleSaveInput = ArticleFields.extend({
  id: ArticleId,
  /** The revision the editor started from; a stale one is refused with CONFLICT. */
  revision: z.number().int().nonnegative(),
  body: BodyDocument.optional(),
  bodyChanges: BodyChanges.optional(),
}).refine((input) => input.body === undefined || input.bodyChanges === undefined, {
  message: 'A save carries the whole body or its changes, not both.',
});
export type ArticleSaveInput = z.infer<typeof ArticleSaveInput>;

export const ArticleSaved = z.object({
  id: ArticleId,
  revision: z.number().int().nonnegative(),
  slug: z.string(),
  /** The rubric as filed: tidied, and spelled as the desk already spells it (see articles/store.ts). */
  rubric: z.string(),
  wordCount: z.number().int().nonnegative(),
  updatedAt: z.string(),
  /** When the article was first published (this save may have done it), or null. */
  publishedAt: z.string().nullable(),
});
export type ArticleSaved = z.infer<typeof ArticleSaved>;

export const ArticleRef = z.object({ id: ArticleId });

/** An article's stored revision alone (articles.revision): is what a window shows still the latest? */
export const ArticleRevision = z.object({ revision: z.number().int().min(0) });
export type ArticleRevision = z.infer<typeof ArticleRevision>;

/** Delete an article: `revision` is the one the editor holds; a stale one is refused with CONFLICT, as a save is. */
export const ArticleDeleteInput = z.object({
  id: ArticleId,
  revision: z.number().int().nonnegative(),
  /**
   * Only if nothing was put in it besides its fields and body (which `revision` vouches for): no source
   * added by hand, no "Dikutip dari" line, and no other article links to it. A new article left empty is discarded this way, in one
   * step, so another window's addition meanwhile is never deleted with it.
   */
  onlyIfEmpty: z.boolean().optional(),
});
export type ArticleDeleteInput = z.infer<typeof ArticleDeleteInput>;
export const ArticleCreateInput = ArticleFields.partial().extend({
  /**
   * When the article was first published, for one made again from an article deleted elsewhere (Save
   * as new article), so its publication date (and, with the slug given, its address) stands, whatever
   * its status, as for a published article returned to draft. Never later than now.
   */
  publishedAt: z.iso.datetime({ offset: true }).optional(),
});
