import type { Database } from 'better-sqlite3';
import type { StoredDocument } from '../../../shared/editor/document';
import { PHOTO_TYPE } from '../../../shared/editor/PhotoNode';
import { storedNodesOfType } from '../../../shared/editor/walk';
import { photoUse } from '../../../shared/render/photo';
import { parseStoredBody } from './rows';

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
  const update = db.prepare('UPDATE articles SET sources_text = ? WHERE id = ? AND sources_text <> ?');
  for (const id of new Set(articleIds)) {
    const names = sourceNamesOf(db, id);
    update.run(names, id, names);
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

/** Brings the searchable captions of the articles showing a photo up to date after its library caption changed. */
export function refreshCaptionsOfPhoto(db: Database, photoId: string): void {
  const rows = db
    .prepare(
      `SELECT a.id, a.body, a.featured_photo_id FROM article_photos u JOIN articles a ON a.id = u.article_id
       WHERE u.photo_id = ?`,
    )
    .all(photoId) as Array<{ id: string; body: string; featured_photo_id: string | null }>;
  const update = db.prepare('UPDATE articles SET captions_text = ? WHERE id = ? AND captions_text <> ?');
  for (const row of rows) {
    // A damaged body must not stop the desk from editing the photo: it counts as one without blocks.
    let body: StoredDocument;
    try {
      body = parseStoredBody(row);
    } catch {
      body = { root: { type: 'root', children: [] } };
    }
    const captions = captionsText(db, body, row.featured_photo_id);
    update.run(captions, row.id, captions);
  }
}
