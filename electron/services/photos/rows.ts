import type { Photo } from '../../../shared/api/photo';
import type { PhotoFormat } from './formats';

/** One row of the `photos` table, with its usage count as the queries below select it. */
export interface PhotoRow {
  seq: number;
  id: string;
  sha256: string;
  ext: PhotoFormat;
  width: number;
  height: number;
  bytes: number;
  original_name: string;
  caption: string;
  credit: string;
  alt_text: string;
  creator: string;
  copyright: string;
  date_taken: string;
  city: string;
  imported_at: string;
  updated_at: string;
  printed_changed_at: string;
  usage_count: number;
}

/** Columns for a Photo: every photos column plus how many articles use it. */
export const PHOTO_COLUMNS = `p.*, (SELECT count(*) FROM article_photos u WHERE u.photo_id = p.id) AS usage_count`;

export function rowToPhoto(row: PhotoRow): Photo {
  return {
    id: row.id,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    originalName: row.original_name,
    caption: row.caption,
    credit: row.credit,
    altText: row.alt_text,
    creator: row.creator,
    copyright: row.copyright,
    dateTaken: row.date_taken,
    city: row.city,
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
    usageCount: row.usage_count,
  };
}

/** Photo field → column, for updates built from the fields a request carries. */
export const TEXT_COLUMNS = {
  caption: 'caption',
  credit: 'credit',
  altText: 'alt_text',
  creator: 'creator',
  copyright: 'copyright',
  dateTaken: 'date_taken',
  city: 'city',
} as const;

/**
 * The fields an export prints (the figure's caption, credit and alt text; the creator and copyright
 * of its JSON-LD and ninjs): a change to one dates the packages showing the photo anew. The date
 * taken and the city are the desk's own.
 */
export const PRINTED_FIELDS: ReadonlySet<keyof typeof TEXT_COLUMNS> = new Set([
  'caption',
  'credit',
  'altText',
  'creator',
  'copyright',
]);
