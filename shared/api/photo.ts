import { z } from 'zod';
import { Wording } from './wording';

const line = (max: number) => z.string().max(max);
export const PhotoId = z.string().uuid();

/** Largest original accepted: a 24-megapixel agency JPEG is 8–15 MB; base64 keeps the request under 64 MB. */
export const MAX_PHOTO_BYTES = 40 * 1024 * 1024;
/** Largest image accepted, read from the header before anything is decoded (a 102-megapixel camera fits). */
export const MAX_PHOTO_PIXELS = 110_000_000;
/** Widths of the renditions made on import (the smallest is the photo desk's thumbnail); never upscaled. */
export const RENDITION_WIDTHS = [240, 480, 960, 1600] as const;
export type RenditionWidth = (typeof RENDITION_WIDTHS)[number];
/** The tallest a rendition may be: WebP holds at most 16383 px a side (a long infographic shrinks to fit). */
export const MAX_RENDITION_HEIGHT = 16_383;

/**
 * The real pixel size of a photo's rendition of a nominal width: that width, or less when the photo
 * is narrower (never upscaled) or so tall that it would pass MAX_RENDITION_HEIGHT; proportions kept.
 * The one rule both the importer (which makes the files) and the export (srcset, width, height) follow.
 */
export function renditionSize(
  photo: { width: number; height: number },
  nominalWidth: number,
): { width: number; height: number } {
  const fitsHeight = Math.floor((photo.width * MAX_RENDITION_HEIGHT) / photo.height);
  const width = Math.max(1, Math.min(nominalWidth, photo.width, fitsHeight));
  const height = Math.min(
    MAX_RENDITION_HEIGHT,
    Math.max(1, Math.round((photo.height * width) / photo.width)),
  );
  return { width, height };
}
export const RENDITION_FORMATS = ['webp', 'jpg'] as const;
export type RenditionFormat = (typeof RENDITION_FORMATS)[number];

/** The words a desk edits about a photo; import fills them from the file's IPTC/XMP. */
export const PhotoText = z.object({
  caption: line(4_000),
  credit: line(300),
  altText: line(1_000),
  creator: line(300),
  copyright: line(500),
  dateTaken: line(40),
  city: line(200),
});
export type PhotoText = z.infer<typeof PhotoText>;

export const Photo = PhotoText.extend({
  id: PhotoId,
  /** Content address of the original; media URLs are built from it. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Upright size, after the camera's orientation is applied. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().nonnegative(),
  originalName: z.string(),
  importedAt: z.string(),
  updatedAt: z.string(),
  /** How many articles use it, in the body or as featured photo. */
  usageCount: z.number().int().nonnegative(),
});
export type Photo = z.infer<typeof Photo>;

export const PhotoUse = z.object({
  id: z.string(),
  headline: z.string(),
  /** The article's text shows the photo with a caption, credit or alt text other than the desk's. */
  ownWords: z.boolean(),
});
export type PhotoUse = z.infer<typeof PhotoUse>;
export const PhotoDetail = Photo.extend({
  usedIn: z.array(PhotoUse),
  /** The publication's logo (Settings): in use, though no article shows it. */
  isLogo: z.boolean(),
});
export type PhotoDetail = z.infer<typeof PhotoDetail>;

/** The longest search the photo list takes (its search field stops there). */
export const PHOTO_QUERY_LIMIT = 500;

export const PhotoListInput = z.object({
  query: line(PHOTO_QUERY_LIMIT).optional(),
  uncaptioned: z.boolean().optional(),
  noCredit: z.boolean().optional(),
  noAltText: z.boolean().optional(),
  usage: z.enum(['used', 'unused']).optional(),
  importedToday: z.boolean().optional(),
  /** The desk grows its grid 500 at a time ("Show more"): a library of many thousands stays reachable. */
  limit: z.number().int().min(1).max(50_000).optional(),
});
export type PhotoListInput = z.infer<typeof PhotoListInput>;

export const PhotoRef = z.object({ id: PhotoId });
/**
 * Copy the desk's words into the articles that placed the photo: the caption, credit and alt text as
 * the desk shows them, refused (CONFLICT) if they are not what is stored — a correction still on its
 * way, refused, or made in another window is never the one copied unseen.
 */
export const PhotoWordsCopyInput = z.object({
  id: PhotoId,
  caption: line(4_000),
  credit: line(300),
  altText: line(1_000),
});
/** What copying the desk's words into the articles changed: the articles saved anew. */
export const PhotoWordsCopied = z.object({ articles: z.array(PhotoUse) });
export const PhotoUpdateInput = PhotoText.partial().extend({ id: PhotoId });
export type PhotoUpdateInput = z.infer<typeof PhotoUpdateInput>;

/** Bulk edit on the photo desk: the same credit and/or copyright for every selected photo. */
export const PhotoBulkInput = z
  .object({
    ids: z.array(PhotoId).min(1).max(1_000),
    credit: line(300).optional(),
    copyright: line(500).optional(),
  })
  .refine((input) => input.credit !== undefined || input.copyright !== undefined, {
    error: 'Give a credit or a copyright to set.',
  });
export type PhotoBulkInput = z.infer<typeof PhotoBulkInput>;

// --- Import: the renderer sends file bytes (never paths); a worker makes the renditions. ---

export const ImportFileState = z.enum([
  'waiting',
  'queued',
  'working',
  'imported',
  'duplicate',
  'failed',
  'cancelled',
]);
export type ImportFileState = z.infer<typeof ImportFileState>;

export const ImportFileStatus = z.object({
  name: z.string(),
  state: ImportFileState,
  photoId: PhotoId.optional(),
  /** Plain words naming the file, when it could not be imported. */
  error: z.object({ code: z.string(), message: z.string(), wording: Wording.optional() }).optional(),
});
export type ImportFileStatus = z.infer<typeof ImportFileStatus>;

export const ImportJob = z.object({
  id: z.string().uuid(),
  state: z.enum(['running', 'finished', 'cancelled']),
  total: z.number().int().nonnegative(),
  /** Files finished either way (imported, duplicate, failed or cancelled). */
  done: z.number().int().nonnegative(),
  files: z.array(ImportFileStatus),
});
export type ImportJob = z.infer<typeof ImportJob>;

const FileName = z.string().min(1).max(255);
/** The most files one import takes; the desk says so before sending any. */
export const IMPORT_FILES_LIMIT = 1_000;

export const ImportBeginInput = z.object({
  files: z
    .array(z.object({ name: FileName, size: z.number().int().nonnegative() }))
    .min(1)
    .max(IMPORT_FILES_LIMIT),
});

const MAX_BASE64 = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;
// A character-class scan, not zod's grouped base64 pattern, which backtracks over a 50 MB string.
const isBase64 = (value: string): boolean => value.length % 4 === 0 && !/[^A-Za-z0-9+/=]/.test(value);

export const ImportFileInput = z.object({
  jobId: z.string().uuid(),
  index: z.number().int().nonnegative(),
  /** The file's bytes, base64: the contract stays JSON over IPC, HTTP and the CLI alike. */
  data: z
    .string()
    .max(MAX_BASE64, { error: 'The photo is larger than 40 MB.' })
    .refine(isBase64, { error: 'The photo data is not base64.' }),
  /**
   * A piece of the file, more to follow, in order (the last piece leaves it out): big files go in
   * pieces so that no single call holds the sender's thread for long.
   */
  more: z.boolean().optional(),
});
export type ImportFileInput = z.infer<typeof ImportFileInput>;

export const ImportJobRef = z.object({ jobId: z.string().uuid() });

/** Browser mode: images cannot send headers, so media URLs carry this read-only token instead. */
export const MediaAccess = z.object({ token: z.string() });
