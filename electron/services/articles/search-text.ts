import type { Database } from 'better-sqlite3';
import type { StoredDocument } from '../../../shared/editor/document';
import { PHOTO_TYPE } from '../../../shared/editor/PhotoNode';
import { storedNodesOfType } from '../../../shared/editor/walk';
import { photoUse } from '../../../shared/render/photo';
import { storedVariants } from '../../../shared/text/joined';
import { recordCredits } from '../sources/photo-credits';
import { parseStoredBody } from './rows';

/** The indexed text columns the run-together words (variants_text) are read from. */
export interface SearchTexts {
  headline: string;
  lead: string;
  body_text: string;
  tags_text: string;
  captions_text: string;
  sources_text: string;
  /** Absent from a database before migration 14, which migration 9 writes the variants of. */
  writers_text?: string;
}

/** The byline as the article search indexes it (writers_text): the writers, then the editor, one a line. */
export function bylineText(writers: readonly string[], editor: string): string {
  return [...writers, editor].filter(Boolean).join(' \n ');
}

/**
 * The run-together form of every word of the indexed text written with an apostrophe or hyphen
 * ("Jum'at" → jumat, "e-KTP" → ektp), which the index holds so either spelling finds the other, and
 * the letters and digits of a word apart ("Rp14.000" → rp 14 000), so the number alone finds it; a
 * break between two, so no phrase runs across them (VARIANT_BREAK).
 */
export function variantsText(texts: SearchTexts): string {
  return storedVariants([
    texts.headline,
    texts.lead,
    texts.body_text,
    texts.tags_text,
    texts.captions_text,
    texts.sources_text,
    texts.writers_text ?? '',
  ]);
}

/** The variants of a stored article once one of its indexed columns takes a new value. */
export function variantsWith(db: Database, id: string, change: Partial<SearchTexts>): string {
  const row = db
    .prepare(
      'SELECT headline, lead, body_text, tags_text, captions_text, sources_text, writers_text FROM articles WHERE id = ?',
    )
    .get(id) as SearchTexts;
  return variantsText({ ...row, ...change });
}

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
  const current = db.prepare('SELECT sources_text FROM articles WHERE id = ?').pluck();
  const update = db.prepare('UPDATE articles SET sources_text = ?, variants_text = ? WHERE id = ?');
  for (const id of new Set(articleIds)) {
    const names = sourceNamesOf(db, id);
    const stored = current.get(id) as string | undefined;
    if (stored === undefined || stored === names) continue;
    update.run(names, variantsWith(db, id, { sources_text: names }), id);
  }
}

/** The articles that use a source, for refreshing their source names after it changed. */
export function articlesUsingSource(db: Database, sourceId: string): string[] {
  return db
    .prepare('SELECT DISTINCT article_id FROM article_sources WHERE source_id = ?')
    .pluck()
    .all(sourceId) as string[];
}

/**
 * The captions an article shows, as the article search indexes them: the featured photo's, then each
 * photo block's own caption or, when it has none, the library's (what the export prints).
 */
export function captionsText(db: Database, body: StoredDocument, featuredPhotoId: string | null): string {
  const library = db.prepare('SELECT caption FROM photos WHERE id = ?').pluck();
  const libraryCaption = (id: string) => ((library.get(id) as string | undefined) ?? '').trim();
  // The export's own reading of a photo block (photoUse), so search and page agree.
  const captions = [...storedNodesOfType(body, PHOTO_TYPE)]
    .map(photoUse)
    .map((use) => use.caption.trim() || libraryCaption(use.photoId));
  if (featuredPhotoId) captions.unshift(libraryCaption(featuredPhotoId));
  return captions.filter(Boolean).join('\n');
}

/**
 * After a library photo's caption or credit changed: what each article showing it holds of it — its
 * searchable captions, the parts of the credits it shows — brought up to date, reading each body once.
 */
export function refreshArticlesShowingPhoto(
  db: Database,
  photoId: string,
  changed: { caption: boolean; credit: boolean },
): void {
  if (!changed.caption && !changed.credit) return;
  const rows = db
    .prepare(
      `SELECT a.id, a.body, a.featured_photo_id, a.captions_text FROM article_photos u
       JOIN articles a ON a.id = u.article_id WHERE u.photo_id = ?`,
    )
    .all(photoId) as Array<{
    id: string;
    body: string;
    featured_photo_id: string | null;
    captions_text: string;
  }>;
  const update = db.prepare('UPDATE articles SET captions_text = ?, variants_text = ? WHERE id = ?');
  for (const row of rows) {
    // A damaged body must not stop the desk from editing the photo: its captions count as a body
    // without blocks, and its credits stay as its last good save recorded them.
    let body: StoredDocument | null;
    try {
      body = parseStoredBody(row);
    } catch {
      body = null;
    }
    if (changed.credit && body)
      recordCredits(db, { id: row.id, body, featured_photo_id: row.featured_photo_id });
    if (!changed.caption) continue;
    const captions = captionsText(
      db,
      body ?? { root: { type: 'root', children: [] } },
      row.featured_photo_id,
    );
    if (captions === row.captions_text) continue;
    update.run(captions, variantsWith(db, row.id, { captions_text: captions }), row.id);
  }
}
