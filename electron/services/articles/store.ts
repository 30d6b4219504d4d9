import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type {
  Article,
  ArticleFields,
  ArticleRevision,
  ArticleSaved,
  ArticleSaveInput,
} from '../../../shared/api/article';
import { ApiError } from '../../../shared/api/errors';
import { say } from '../../../shared/api/wording';
import { applyBodyChanges } from '../../../shared/editor/body-changes';
import {
  describeShapeProblem,
  documentPlainText,
  emptyDocument,
  unknownNodeTypes,
  type StoredDocument,
} from '../../../shared/editor/document';
import { describePhotoProblem } from '../../../shared/editor/PhotoNode';
import { bylineText, captionsText, variantsText } from './search-text';
import { describeRelatedLinkProblem } from '../../../shared/editor/RelatedLinkNode';
import { describePageBreakProblem } from '../../../shared/editor/PageBreakNode';
import { slugify, uniqueSlug } from '../../../shared/text/slug';
import { deskSpelling } from './rubrics';
import { countWords } from '../../../shared/text/words';
import { checkFeaturedPhoto, recordPhotoUsage } from './photo-usage';
import { checkSourceMarks, recordSourceTags } from '../sources/article-sources';
import { parseStoredBody, rowToArticle, type ArticleRow } from './rows';
import { sameItem, tidyList, tidyName, tidyTags } from '../../../shared/text/lists';

export interface ArticleDefaults {
  language: 'en' | 'id';
  datelinePrefix: string;
  now: () => Date;
}

const UNTITLED: Record<ArticleDefaults['language'], string> = { en: 'untitled', id: 'tanpa-judul' };

function refuseUnknownNodes(body: StoredDocument): void {
  const unknown = unknownNodeTypes(body);
  if (unknown.length > 0) {
    throw new ApiError(
      'UNKNOWN_NODE',
      `The body contains content of a type Redaksi does not know (${unknown.map((t) => `"${t}"`).join(', ')}), so it was not saved.`,
      { types: unknown },
    );
  }
  const problem =
    describePhotoProblem(body) ?? describeRelatedLinkProblem(body) ?? describePageBreakProblem(body);
  if (problem) throw new ApiError('VALIDATION', `${problem} The body was not saved.`);
  checkSourceMarks(body);
}

function findRow(db: Database, id: string): ArticleRow {
  const row = db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', say('gone.article'), { id });
  return row;
}

/** A name typed in one line: no spaces around it, one space between its words. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The rubric as the desk already spells it: "gaya hidup " files under "Gaya Hidup" when another
 * article has that one, so the rubric filter finds them all.
 */
function sameRubric(db: Database, typed: string, id: string, current = ''): string {
  const rubric = tidyName(typed);
  // Only a rubric newly chosen is filed under another article's spelling: re-typing this article's
  // own rubric in other capitals ("ekonomi" → "Ekonomi") is a correction, kept as typed.
  if (rubric === '' || sameItem(rubric, tidyName(current))) return rubric;
  return deskSpelling(db, rubric, id);
}

function chooseSlug(
  db: Database,
  fields: Pick<ArticleFields, 'slug' | 'slugManual' | 'headline'>,
  id: string,
  defaults: ArticleDefaults,
): string {
  const wanted = fields.slugManual
    ? slugify(fields.slug, defaults.language)
    : slugify(fields.headline, defaults.language);
  const taken = db.prepare('SELECT 1 FROM articles WHERE slug = ? AND id <> ?');
  return uniqueSlug(wanted || UNTITLED[defaults.language], (slug) => taken.get(slug, id) !== undefined);
}

/** The slug a save stores: the stored one while the headline still gives it in either language. */
function followingSlug(
  db: Database,
  row: { slug: string; slug_manual: number },
  fields: Pick<ArticleFields, 'slug' | 'slugManual' | 'headline'>,
  id: string,
  defaults: ArticleDefaults,
): string {
  const slug = chooseSlug(db, fields, id, defaults);
  if (slug === row.slug || fields.slugManual || row.slug_manual !== 0) return slug;
  const other = defaults.language === 'id' ? 'en' : 'id';
  return chooseSlug(db, fields, id, { ...defaults, language: other }) === row.slug ? row.slug : slug;
}

function derived(fields: Pick<ArticleFields, 'tags' | 'writers' | 'editor'>, body: StoredDocument) {
  const bodyText = documentPlainText(body);
  return {
    body: JSON.stringify(body),
    body_text: bodyText,
    word_count: countWords(bodyText),
    tags: JSON.stringify(fields.tags),
    tags_text: fields.tags.join(' \n '),
    writers: JSON.stringify(fields.writers),
    writers_text: bylineText(fields.writers, fields.editor),
  };
}

export function getArticle(db: Database, id: string): Article {
  return rowToArticle(findRow(db, id));
}

/** The stored revision alone: a window asks whether it still shows the latest without reading the body. */
export function articleRevision(db: Database, id: string): ArticleRevision {
  const revision = db.prepare('SELECT revision FROM articles WHERE id = ?').pluck().get(id) as
    number | undefined;
  if (revision === undefined) throw new ApiError('NOT_FOUND', say('gone.article'), { id });
  return { revision };
}

/** A first publication date an article is made with: the one given, never later than now. */
const firstPublished = (given: string, now: string): string =>
  Date.parse(given) < Date.parse(now) ? new Date(given).toISOString() : now;

export function createArticle(
  db: Database,
  initial: Partial<ArticleFields> & { publishedAt?: string },
  defaults: ArticleDefaults,
): Article {
  const id = randomUUID();
  const now = defaults.now().toISOString();
  const fields: ArticleFields = {
    rubric: sameRubric(db, initial.rubric ?? '', id),
    headline: initial.headline ?? '',
    lead: initial.lead ?? '',
    writers: tidyList(initial.writers ?? []),
    editor: oneLine(initial.editor ?? ''),
    dateline: initial.dateline
      ? { prefix: oneLine(initial.dateline.prefix), place: oneLine(initial.dateline.place) }
      : { prefix: defaults.datelinePrefix, place: '' },
    tags: tidyTags(initial.tags ?? []),
    slug: initial.slug ?? '',
    slugManual: initial.slugManual ?? false,
    status: initial.status ?? 'draft',
    featuredPhotoId: initial.featuredPhotoId ?? null,
  };
  const body = emptyDocument();
  const insert = db.transaction(() => {
    const stored = derived(fields, body);
    const captions = captionsText(db, body, fields.featuredPhotoId);
    const texts = {
      ...stored,
      captions_text: captions,
      variants_text: variantsText({ ...fields, ...stored, captions_text: captions, sources_text: '' }),
    };
    const slug = chooseSlug(db, fields, id, defaults);
    checkFeaturedPhoto(db, fields.featuredPhotoId);
    db.prepare(
      `INSERT INTO articles (id, rubric, headline, lead, writers, editor, dateline_prefix, dateline_place, tags, slug,
         slug_manual, status, featured_photo_id, body, body_text, captions_text, tags_text, writers_text, variants_text, word_count, revision,
         created_at, updated_at, published_at)
       VALUES (@id, @rubric, @headline, @lead, @writers, @editor, @dateline_prefix, @dateline_place, @tags, @slug,
         @slug_manual, @status, @featured_photo_id, @body, @body_text, @captions_text, @tags_text, @writers_text, @variants_text, @word_count, 0,
         @now, @now, @published_at)`,
    ).run({
      ...fields,
      ...texts,
      id,
      dateline_prefix: fields.dateline.prefix,
      dateline_place: fields.dateline.place,
      slug,
      slug_manual: fields.slugManual ? 1 : 0,
      featured_photo_id: fields.featuredPhotoId,
      now,
      published_at: initial.publishedAt
        ? firstPublished(initial.publishedAt, now)
        : fields.status === 'published'
          ? now
          : null,
    });
    recordPhotoUsage(db, id, body, fields.featuredPhotoId);
  });
  insert();
  return getArticle(db, id);
}

/** The body this save stores: the one sent, the saved one with the sent changes applied, or the saved one. */
function bodyToStore(row: ArticleRow, input: ArticleSaveInput): StoredDocument {
  if (input.body) return input.body;
  const saved = parseStoredBody(row);
  if (!input.bodyChanges) return saved;
  const applied = applyBodyChanges(saved, input.bodyChanges);
  if (!applied.ok) throw new ApiError('BODY_MISMATCH', `${applied.problem} The body was not saved.`);
  // Each change was checked alone; the body they make must still be one this version can open.
  const problem = describeShapeProblem(applied.body);
  if (problem) throw new ApiError('VALIDATION', `${problem} The body was not saved.`);
  return applied.body;
}

/**
 * Saves an article; returns only after the transaction is committed (synchronous=FULL), so an
 * acknowledged save survives a killed process. A stale revision is refused, never merged blindly.
 * Changes to the body (`bodyChanges`) are applied to the body saved at that same revision.
 */
export function saveArticle(db: Database, input: ArticleSaveInput, defaults: ArticleDefaults): ArticleSaved {
  if (input.body) refuseUnknownNodes(input.body);
  const fields = {
    ...input,
    rubric: sameRubric(db, input.rubric, input.id, findRow(db, input.id).rubric),
    editor: oneLine(input.editor),
    dateline: { prefix: oneLine(input.dateline.prefix), place: oneLine(input.dateline.place) },
    featuredPhotoId: input.featuredPhotoId ?? null,
    writers: tidyList(input.writers),
    tags: tidyTags(input.tags),
  };
  const save = db.transaction((): ArticleSaved => {
    const row = findRow(db, input.id);
    if (row.revision !== input.revision) {
      throw new ApiError('CONFLICT', say('save.conflict'), {
        id: input.id,
        stored: row.revision,
        yours: input.revision,
      });
    }
    const body = bodyToStore(row, input);
    if (input.bodyChanges) refuseUnknownNodes(body);
    const stored = derived(fields, body);
    const captions = captionsText(db, body, fields.featuredPhotoId);
    // Once published, the address stays: a corrected headline no longer moves the slug (the desk can
    // still change it by hand). Before that it follows the headline; one the headline would still
    // give in the other publication language is kept, so a body edit after the language was switched
    // never moves the address.
    const slug =
      row.published_at !== null && !fields.slugManual
        ? row.slug
        : followingSlug(db, row, fields, input.id, defaults);
    checkFeaturedPhoto(db, fields.featuredPhotoId);
    const updatedAt = defaults.now().toISOString();
    // The first save with the status Published dates the publication; later saves keep that date.
    const publishedAt = row.published_at ?? (fields.status === 'published' ? updatedAt : null);
    const revision = row.revision + 1;
    db.prepare(
      `UPDATE articles SET rubric = @rubric, headline = @headline, lead = @lead, writers = @writers, editor = @editor,
         dateline_prefix = @dateline_prefix, dateline_place = @dateline_place, tags = @tags, slug = @slug,
         slug_manual = @slug_manual, status = @status, featured_photo_id = @featured_photo_id, body = @body, body_text = @body_text, captions_text = @captions_text, tags_text = @tags_text, writers_text = @writers_text,
         variants_text = @variants_text, word_count = @word_count, revision = @revision, updated_at = @updated_at, published_at = @published_at
       WHERE id = @id`,
    ).run({
      rubric: fields.rubric,
      headline: fields.headline,
      lead: fields.lead,
      editor: fields.editor,
      status: fields.status,
      ...stored,
      captions_text: captions,
      variants_text: variantsText({
        ...fields,
        ...stored,
        captions_text: captions,
        sources_text: row.sources_text,
      }),
      id: input.id,
      dateline_prefix: fields.dateline.prefix,
      dateline_place: fields.dateline.place,
      slug,
      slug_manual: fields.slugManual ? 1 : 0,
      featured_photo_id: fields.featuredPhotoId,
      revision,
      updated_at: updatedAt,
      published_at: publishedAt,
    });
    recordPhotoUsage(db, input.id, body, fields.featuredPhotoId);
    recordSourceTags(db, input.id, body);
    return {
      id: input.id,
      revision,
      slug,
      rubric: fields.rubric,
      wordCount: stored.word_count,
      updatedAt,
      publishedAt,
    };
  });
  return save.immediate();
}
