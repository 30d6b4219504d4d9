import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { say } from '../../../shared/api/wording';
import type { StoredDocument } from '../../../shared/editor/document';
import { storedPhotoIds } from '../../../shared/editor/PhotoNode';
import { recordCredits } from '../sources/photo-credits';

/** Refuses a featured photo that is not in the library, in words, before the foreign key would. */
export function checkFeaturedPhoto(db: Database, photoId: string | null): void {
  if (photoId === null) return;
  if (db.prepare('SELECT 1 FROM photos WHERE id = ?').get(photoId) === undefined)
    throw new ApiError('NOT_FOUND', say('gone.featuredPhoto'), {
      photoId,
    });
}

/**
 * Records which library photos an article uses (its body's photo blocks and its featured photo), in
 * the save's own transaction, so "used in" on the photo desk is never behind the stored article.
 * Blocks naming a photo the library does not have are left out, not refused.
 */
export function recordPhotoUsage(
  db: Database,
  articleId: string,
  body: StoredDocument,
  featuredPhotoId: string | null,
): void {
  const ids = new Set(storedPhotoIds(body));
  if (featuredPhotoId !== null) ids.add(featuredPhotoId);
  db.prepare('DELETE FROM article_photos WHERE article_id = ?').run(articleId);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO article_photos (article_id, photo_id) SELECT ?, id FROM photos WHERE id = ?',
  );
  for (const id of ids) insert.run(articleId, id);
  // The credits those photos show, for the agencies and outlets they name.
  recordCredits(db, { id: articleId, body, featured_photo_id: featuredPhotoId });
}
