import exifr from 'exifr';
import type { PhotoText } from '../../../shared/api/photo';

/** What exifr returns with `mergeOutput: false`: one record per block (iptc, ifd0, exif) or XMP namespace (dc, photoshop…). */
export type RawMetadata = Record<string, unknown>;

const EXIFR_OPTIONS = {
  tiff: true,
  exif: true,
  // GPS is never read: it is not kept, shown or published.
  gps: false,
  iptc: true,
  xmp: true,
  icc: false,
  jfif: false,
  ihdr: false,
  interop: false,
  makerNote: false,
  userComment: false,
  mergeOutput: false,
  translateValues: true,
  reviveValues: true,
} as const;

const LIMITS: Record<keyof PhotoText, number> = {
  caption: 4_000,
  credit: 300,
  altText: 1_000,
  creator: 300,
  copyright: 500,
  dateTaken: 40,
  city: 200,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** A text value as exifr gives it: a string, a number, an XMP language alternative or a list of them. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const preferred = value.find((item) => isRecord(item) && item.lang === 'x-default');
    return preferred ? textOf(preferred) : value.map(textOf).filter(Boolean).join(', ');
  }
  if (isRecord(value)) return textOf(value.value);
  return '';
}

// Control characters (a NUL in an IPTC field) never reach a caption.
// eslint-disable-next-line no-control-regex
const clean = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();

const field = (raw: RawMetadata, block: string, key: string): string => {
  const record = raw[block];
  return isRecord(record) ? clean(textOf(record[key])) : '';
};

const first = (...values: string[]): string => values.find((value) => value.length > 0) ?? '';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The day the photo was taken, as YYYY-MM-DD, from EXIF, IPTC or XMP, whichever has it. */
function dateTaken(raw: RawMetadata): string {
  const exif = raw.exif;
  const original = isRecord(exif) ? exif.DateTimeOriginal : undefined;
  if (original instanceof Date && !Number.isNaN(original.getTime()))
    return `${original.getFullYear()}-${pad(original.getMonth() + 1)}-${pad(original.getDate())}`;
  const iptc = field(raw, 'iptc', 'DateCreated');
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(iptc);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const xmp = first(field(raw, 'photoshop', 'DateCreated'), field(raw, 'xmp', 'CreateDate'), iptc);
  return /^\d{4}-\d{2}-\d{2}/.exec(xmp)?.[0] ?? '';
}

/**
 * Maps IPTC/XMP/EXIF (NEWSROOM.md): description → caption, credit line → credit, creator/by-line →
 * photographer, copyright notice, date, city, and the IPTC accessibility alt text. IPTC IIM comes
 * first (what agencies write), then XMP, then the camera's EXIF.
 */
export function mapMetadata(raw: RawMetadata): PhotoText {
  const text: PhotoText = {
    caption: first(
      field(raw, 'iptc', 'Caption'),
      field(raw, 'dc', 'description'),
      field(raw, 'ifd0', 'ImageDescription'),
    ),
    credit: first(field(raw, 'iptc', 'Credit'), field(raw, 'photoshop', 'Credit')),
    altText: first(
      field(raw, 'Iptc4xmpCore', 'AltTextAccessibility'),
      field(raw, 'Iptc4xmpExt', 'AltTextAccessibility'),
    ),
    creator: first(field(raw, 'iptc', 'Byline'), field(raw, 'dc', 'creator'), field(raw, 'ifd0', 'Artist')),
    copyright: first(
      field(raw, 'iptc', 'CopyrightNotice'),
      field(raw, 'dc', 'rights'),
      field(raw, 'ifd0', 'Copyright'),
    ),
    dateTaken: dateTaken(raw),
    city: first(field(raw, 'iptc', 'City'), field(raw, 'photoshop', 'City')),
  };
  for (const key of Object.keys(text) as Array<keyof PhotoText>) text[key] = text[key].slice(0, LIMITS[key]);
  return text;
}

export const EMPTY_PHOTO_TEXT: PhotoText = mapMetadata({});

/**
 * Reads and maps a file's metadata. A file with none gives empty fields; a metadata block exifr cannot
 * read gives empty fields and a warning, since the photo itself may still be fine.
 */
export async function readPhotoText(bytes: Uint8Array): Promise<{ text: PhotoText; warning?: string }> {
  try {
    const raw: unknown = await exifr.parse(bytes, EXIFR_OPTIONS);
    return { text: isRecord(raw) ? mapMetadata(raw) : EMPTY_PHOTO_TEXT };
  } catch (error) {
    if (error instanceof Error && /unknown file format/i.test(error.message))
      return { text: EMPTY_PHOTO_TEXT };
    return {
      text: EMPTY_PHOTO_TEXT,
      warning: 'Its caption and credit could not be read from the file; fill them in on the photo desk.',
    };
  }
}
