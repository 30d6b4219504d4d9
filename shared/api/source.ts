import { z } from 'zod';
import { hasVisibleText } from '../text/characters';
import { ARTICLE_LIMITS, ArticleId } from './article';

/** What kind of party a source is (NEWSROOM.md, Sources). */
export const SOURCE_KINDS = ['person', 'organisation', 'outlet', 'agency', 'document', 'social'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/** What a source did for one article: said a quote, supplied a fact, a photo, or the whole story. */
export const SOURCE_ROLES = ['quoted', 'cited', 'photo', 'syndicated'] as const;
export const SourceRole = z.enum(SOURCE_ROLES);
export type SourceRole = z.infer<typeof SourceRole>;

export const SOURCE_NAME_MAX = 300;
export const SourceId = z.string().uuid();

const line = (max: number) => z.string().max(max);
const name = z
  .string()
  .max(SOURCE_NAME_MAX, { error: `A source name can be at most ${SOURCE_NAME_MAX} characters.` })
  .refine(hasVisibleText, { error: 'A source needs a name.' });

/** The longest each of a source's other fields may be (the form's fields stop there). */
export const SOURCE_FIELD_MAX = { role: 300, organisation: 300, url: 2_000, notes: 4_000 } as const;

/** The words a desk keeps about a source; markup typed into them is text, escaped wherever shown. */
export const SourceFields = z.object({
  kind: SourceKind,
  name,
  /** Role or title: "spokesperson, US National Security Council". */
  role: line(SOURCE_FIELD_MAX.role).default(''),
  organisation: line(SOURCE_FIELD_MAX.organisation).default(''),
  url: line(SOURCE_FIELD_MAX.url).default(''),
  notes: line(SOURCE_FIELD_MAX.notes).default(''),
});
export type SourceFields = z.infer<typeof SourceFields>;

export const Source = z.object({
  id: SourceId,
  kind: SourceKind,
  name: z.string(),
  role: z.string(),
  organisation: z.string(),
  url: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** How many articles use it (tagged in the body or added by hand). */
  usageCount: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof Source>;

/** The longest search the source list takes (its search fields stop there). */
export const SOURCE_QUERY_LIMIT = 300;

export const SourceListInput = z.object({
  /** Letters of the name, role or organisation. */
  query: line(SOURCE_QUERY_LIMIT).optional(),
  kind: SourceKind.optional(),
  /** Only these sources (the editor looks up the names of the tags it shows). */
  ids: z.array(SourceId).max(500).optional(),
  limit: z.number().int().min(1).max(1_000).optional(),
});
export type SourceListInput = z.infer<typeof SourceListInput>;

export const SourceRef = z.object({ id: SourceId });
export const SourceCreateInput = SourceFields;
export type SourceCreateInput = z.infer<typeof SourceCreateInput>;
export const SourceUpdateInput = z.object({
  id: SourceId,
  kind: SourceKind.optional(),
  name: name.optional(),
  role: line(300).optional(),
  organisation: line(300).optional(),
  url: line(2_000).optional(),
  notes: line(4_000).optional(),
});
export type SourceUpdateInput = z.infer<typeof SourceUpdateInput>;

/** Merge a duplicate into the source that stays: its uses follow, then it is removed. */
export const SourceMergeInput = z
  .object({ keepId: SourceId, duplicateId: SourceId })
  .refine((input) => input.keepId !== input.duplicateId, { error: 'Pick two different sources to merge.' });
export type SourceMergeInput = z.infer<typeof SourceMergeInput>;
/**
 * A role a merge could not keep: both sources were added by hand to one article, which lists a
 * source by hand once, with one role.
 */
export const MergeDroppedRole = z.object({
  articleId: z.string(),
  headline: z.string(),
  /** The role the source kept keeps in that article. */
  kept: SourceRole,
  dropped: SourceRole,
});
export type MergeDroppedRole = z.infer<typeof MergeDroppedRole>;
export const SourceMerged = z.object({
  source: Source,
  /** Articles whose body or source list changed. */
  articlesChanged: z.number().int().nonnegative(),
  droppedRoles: z.array(MergeDroppedRole),
});

export const SourceUse = z.object({ id: z.string(), headline: z.string(), roles: z.array(SourceRole) });
export type SourceUse = z.infer<typeof SourceUse>;
export const SourceUsage = z.object({ source: Source, articles: z.array(SourceUse) });
export type SourceUsage = z.infer<typeof SourceUsage>;

// --- One article's sources ---

export const ArticleSourceEntry = z.object({
  source: Source,
  role: SourceRole,
  /** Added in the article's source list rather than tagged in the body. */
  byHand: z.boolean(),
  /** How many spans of the body are tagged with it (0 when added by hand). */
  tags: z.number().int().nonnegative(),
});
export type ArticleSourceEntry = z.infer<typeof ArticleSourceEntry>;

/** Photo credits of the article's photos, matched by name to agencies and outlets in the registry. */
export const PhotoCreditSource = z.object({
  credit: z.string(),
  photos: z.number().int().nonnegative(),
  source: Source.nullable(),
});
export type PhotoCreditSource = z.infer<typeof PhotoCreditSource>;

export const ArticleSourcing = z.object({
  entries: z.array(ArticleSourceEntry),
  /** Own reporting, or syndicated (from the sources with the role "syndicated"). */
  origin: z.enum(['own', 'syndicated']),
  /** The editor's own "Dikutip dari …" line; empty means the generated one is used. */
  quotedFrom: z.string(),
  /** The line generated from the syndicated sources, in the publication's language. */
  quotedFromGenerated: z.string(),
  photoCredits: z.array(PhotoCreditSource),
});
export type ArticleSourcing = z.infer<typeof ArticleSourcing>;

const HandEntries = z
  .array(z.object({ sourceId: SourceId, role: SourceRole }))
  .max(200)
  .refine((list) => new Set(list.map((entry) => entry.sourceId)).size === list.length, {
    error: 'A source can be added by hand only once per article.',
  });

/** The longest "Dikutip dari" line an editor may write (the field stops there). */
export const QUOTED_FROM_MAX = 1_000;

export const ArticleSourcesInput = z.object({
  id: z.string().uuid(),
  /** The sources added by hand, each with its role; tagged ones come from the body. Absent: unchanged. */
  byHand: HandEntries.optional(),
  /**
   * The hand list this window last saw: with it, only this window's additions, removals and role
   * changes are applied over the stored list, so another window's additions meanwhile are kept.
   */
  basedOn: HandEntries.optional(),
  /** The editor's own "Dikutip dari" line (empty: the generated one). Absent: unchanged. */
  quotedFrom: line(QUOTED_FROM_MAX).optional(),
});
export type ArticleSourcesInput = z.infer<typeof ArticleSourcesInput>;

/** The article's sources after a change by hand. */
export const ArticleSourcesSaved = ArticleSourcing.extend({
  /**
   * Sources this window re-roled that another window had removed meanwhile: they are back, with the
   * new role, and the window says so rather than "role changed".
   */
  addedBack: z.array(SourceId),
});
export type ArticleSourcesSaved = z.infer<typeof ArticleSourcesSaved>;

/** Commas separate tags in the Tags field: a tag with one would come back as two. */
const tagName = (refusal: string) =>
  line(ARTICLE_LIMITS.tag)
    .refine(hasVisibleText, refusal)
    .refine((tag) => !tag.includes(','), 'A tag cannot contain a comma: commas separate tags.');

/**
 * A tag renamed on every article that has it; renamed to a tag already used, the two become one. The
 * tag renamed may hold a comma (stored before saves split such tags), so it can be renamed away.
 */
export const TagRenameInput = z.object({
  from: line(ARTICLE_LIMITS.tag).refine(hasVisibleText, 'Which tag is to be renamed?'),
  to: tagName('A tag needs a name.'),
  /** Only say what the rename would do (the name it would take, a merge, how many articles). */
  preview: z.boolean().optional(),
});
export type TagRenameInput = z.infer<typeof TagRenameInput>;

export const TagRenamed = z.object({
  /** The tag's name as it is (or would be) stored. */
  tag: z.string(),
  /** Whether it joined (or would join) a tag already used. */
  merged: z.boolean(),
  articlesChanged: z.number().int().min(0),
});
export type TagRenamed = z.infer<typeof TagRenamed>;

export const TagListInput = z.object({
  /** The start of the tag being typed. */
  prefix: line(120).optional(),
  /** The article list asks for one more than it lists, to know whether there are more. */
  limit: z.number().int().min(1).max(501).optional(),
  /** The article asking: its own tags (a half-typed one among them) are not suggested back to it. */
  articleId: ArticleId.optional(),
});
export type TagListInput = z.infer<typeof TagListInput>;
