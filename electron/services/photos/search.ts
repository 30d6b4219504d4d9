import type { Database } from 'better-sqlite3';
import type { Photo, PhotoListInput } from '../../../shared/api/photo';
import { matchesNothing, toFtsQuery } from '../articles/search';
import { PHOTO_COLUMNS, rowToPhoto, type PhotoRow } from './rows';

const DEFAULT_LIMIT = 500;
// bm25 weights: caption, credit, creator, alt text, copyright, city, file name, run-together words
// ("jumat" for "Jum'at").
const RANK = 'bm25(photos_fts, 6.0, 4.0, 4.0, 2.0, 1.0, 2.0, 1.0, 2.0)';

/** Midnight at the start of today on this machine, as the ISO instant imports are stamped with. */
export function startOfToday(now: Date): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

function filters(input: PhotoListInput, now: Date, logoPhotoId: string): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (input.uncaptioned) clauses.push("p.caption = ''");
  if (input.noCredit) clauses.push("p.credit = ''");
  if (input.noAltText) clauses.push("p.alt_text = ''");
  if (input.usage) {
    // The publication's logo counts as used: it is on every exported page.
    const used = '(EXISTS (SELECT 1 FROM article_photos u WHERE u.photo_id = p.id) OR p.id = ?)';
    clauses.push(input.usage === 'used' ? used : `NOT ${used}`);
    params.push(logoPhotoId);
  }
  if (input.importedToday) {
    clauses.push('p.imported_at >= ?');
    params.push(startOfToday(now));
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), params };
}

/** The photo desk's grid: newest import first, or ranked by caption, credit and photographer when searching. */
export function listPhotos(db: Database, input: PhotoListInput, now: Date, logoPhotoId = ''): Photo[] {
  const limit = input.limit ?? DEFAULT_LIMIT;
  const { sql, params } = filters(input, now, logoPhotoId);
  const match = input.query ? toFtsQuery(input.query) : null;
  if (match === null && matchesNothing(input.query)) return [];
  const rows =
    match === null
      ? db
          .prepare(
            `SELECT ${PHOTO_COLUMNS} FROM photos p WHERE 1 = 1${sql} ORDER BY p.imported_at DESC, p.seq DESC LIMIT ?`,
          )
          .all(...params, limit)
      : db
          .prepare(
            `SELECT ${PHOTO_COLUMNS} FROM photos_fts JOIN photos p ON p.seq = photos_fts.rowid
             WHERE photos_fts MATCH ?${sql} ORDER BY ${RANK} LIMIT ?`,
          )
          .all(match, ...params, limit);
  return (rows as PhotoRow[]).map(rowToPhoto);
}
