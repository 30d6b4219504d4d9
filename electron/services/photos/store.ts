import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { say } from '../../../shared/api/wording';
import type { Photo, PhotoBulkInput, PhotoDetail, PhotoUpdateInput } from '../../../shared/api/photo';
import type { ProcessedPhoto } from './process';
import { storedVariants } from '../../../shared/text/joined';
import { hasVisibleText } from '../../../shared/text/characters';
import { refreshArticlesShowingPhoto } from '../articles/search-text';
import { photoUses } from './to-articles';
import { PHOTO_COLUMNS, PRINTED_FIELDS, rowToPhoto, TEXT_COLUMNS, type PhotoRow } from './rows';

function findPhoto(db: Database, id: string): Photo {
  const row = db.prepare(`SELECT ${PHOTO_COLUMNS} FROM photos p WHERE p.id = ?`).get(id) as
    PhotoRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', say('gone.photo'), { id });
  return rowToPhoto(row);
}

export function getPhotoDetail(db: Database, id: string, logoPhotoId = ''): PhotoDetail {
  const photo = findPhoto(db, id);
  return { ...photo, usedIn: photoUses(db, id, photo), isLogo: logoPhotoId !== '' && id === logoPhotoId };
}

/** Adds an imported photo; the same file imported again is the same photo, its desk edits kept. */
export function addImportedPhoto(
  db: Database,
  photo: ProcessedPhoto,
  originalName: string,
  now: () => Date,
): { photoId: string; duplicate: boolean } {
  const add = db.transaction(() => {
    const existing = db.prepare('SELECT id FROM photos WHERE sha256 = ?').pluck().get(photo.sha256) as
      string | undefined;
    if (existing) return { photoId: existing, duplicate: true };
    const id = randomUUID();
    const stamp = now().toISOString();
    db.prepare(
      `INSERT INTO photos (id, sha256, ext, width, height, bytes, original_name, caption, credit, alt_text, creator,
         copyright, date_taken, city, variants_text, imported_at, updated_at, printed_changed_at)
       VALUES (@id, @sha256, @ext, @width, @height, @bytes, @original_name, @caption, @credit, @alt_text, @creator,
         @copyright, @date_taken, @city, @variants_text, @stamp, @stamp, @stamp)`,
    ).run({
      id,
      sha256: photo.sha256,
      ext: photo.ext,
      width: photo.width,
      height: photo.height,
      bytes: photo.bytes,
      original_name: originalName.slice(0, 255),
      caption: photo.text.caption,
      credit: photo.text.credit,
      alt_text: photo.text.altText,
      creator: photo.text.creator,
      copyright: photo.text.copyright,
      date_taken: photo.text.dateTaken,
      city: photo.text.city,
      variants_text: photoVariants({ ...photo.text, originalName }),
      stamp,
    });
    return { photoId: id, duplicate: false };
  });
  return add.immediate();
}

/**
 * The run-together form of the words of a photo's text written with an apostrophe or hyphen, which
 * the photo index holds so that "Jumat" finds "Jum'at" (shared/text/joined.ts).
 */
export function photoVariants(text: {
  caption: string;
  credit: string;
  creator: string;
  altText: string;
  copyright: string;
  city: string;
  originalName: string;
}): string {
  return storedVariants([
    text.caption,
    text.credit,
    text.creator,
    text.altText,
    text.copyright,
    text.city,
    text.originalName,
  ]);
}

/**
 * A photo's words as stored: without spaces at the ends, and empty when nothing in them shows (only
 * zero-width characters): the desk's No caption and Uncaptioned then agree with the export's check.
 */
const storedText = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : hasVisibleText(value) ? value.trim() : '';

export function updatePhoto(db: Database, input: PhotoUpdateInput, now: () => Date): Photo {
  const update = db.transaction(() => {
    const before = findPhoto(db, input.id);
    // Only what changes is written and dated: a save that changes nothing must not date an export anew.
    const sets: string[] = [];
    let printed = false;
    const params: Record<string, string> = { id: input.id, updated_at: now().toISOString() };
    for (const [field, column] of Object.entries(TEXT_COLUMNS) as Array<
      [keyof typeof TEXT_COLUMNS, string]
    >) {
      const value = storedText(input[field]);
      if (value === undefined || value === before[field]) continue;
      sets.push(`${column} = @${column}`);
      params[column] = value;
      printed ||= PRINTED_FIELDS.has(field);
    }
    // A package's modified time follows what it prints, not the desk's own fields (EXPORT.md).
    if (printed) sets.push('printed_changed_at = @updated_at');
    if (sets.length > 0)
      db.prepare(`UPDATE photos SET ${sets.join(', ')}, updated_at = @updated_at WHERE id = @id`).run(params);
    const after = findPhoto(db, input.id);
    db.prepare('UPDATE photos SET variants_text = ? WHERE id = ? AND variants_text <> ?').run(
      photoVariants(after),
      input.id,
      photoVariants(after),
    );
    // Articles are found by the captions they show, the library's among them, and the agencies their
    // credits name count them as uses (the registry's Used in).
    refreshArticlesShowingPhoto(db, input.id, {
      caption: after.caption !== before.caption,
      credit: after.credit !== before.credit,
    });
    return after;
  });
  return update.immediate();
}

/** Sets one credit and/or copyright on every photo listed, all or none. */
export function updatePhotos(db: Database, input: PhotoBulkInput, now: () => Date): Photo[] {
  const update = db.transaction(() =>
    [...new Set(input.ids)].map((id) =>
      updatePhoto(db, { id, credit: input.credit, copyright: input.copyright }, now),
    ),
  );
  return update.immediate();
}
