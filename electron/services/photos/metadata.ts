import * as exifrModule from 'exifr';
import type { PhotoText } from '../../../shared/api/photo';
import { hasVisibleText } from '../../../shared/text/characters';

// exifr's package is UMD for Node and ESM for bundlers: its functions are named exports in the one
// and sit on the default export in the other.
type Exifr = Pick<typeof exifrModule, 'parse' | 'sidecar'>;
const exifr: Exifr =
  typeof exifrModule.sidecar === 'function'
    ? exifrModule
    : (exifrModule as unknown as { default: Exifr }).default;

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
    // One text in several languages (XMP's rdf:Alt): the default one, else the first — never all of
    // them run together. A list (XMP's rdf:Bag or Seq of keywords) is joined.
    const alternatives = value.filter((item) => isRecord(item) && typeof item.lang === 'string');
    if (alternatives.length > 0)
      return textOf(alternatives.find((item) => item.lang === 'x-default') ?? alternatives[0]);
    return value.map(textOf).filter(Boolean).join(', ');
  }
  if (isRecord(value)) return textOf(value.value);
  return '';
}

// Control characters (a NUL in an IPTC field, C1 controls left by a mixed encoding) never reach a
// caption; nor does a text of only characters that take no room.
const clean = (text: string): string => {
  // eslint-disable-next-line no-control-regex
  const kept = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').trim();
  return hasVisibleText(kept) ? kept : '';
};

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A code point a numeric reference may stand for; anything else stays written as it came. */
const isCodePoint = (code: number): boolean => code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);

/**
 * exifr hands back XMP text as written in the XML, entities and all: "KIM &amp; PUTIN" would be
 * stored, and printed as "&amp;amp;". One pass, so "&amp;lt;" becomes "&lt;", as an XML reader gives it.
 */
const decodeXmlEntities = (text: string): string =>
  text.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g, (entity, name, dec, hex) => {
    if (typeof name === 'string') return NAMED_ENTITIES[name] ?? entity;
    const code = typeof dec === 'string' ? Number(dec) : parseInt(String(hex), 16);
    return isCodePoint(code) ? String.fromCodePoint(code) : entity;
  });

// exifr names the binary blocks so; every other block it returns is an XMP namespace (dc, photoshop…).
const BINARY_BLOCKS = new Set(['ifd0', 'ifd1', 'exif', 'gps', 'interop', 'iptc']);

const field = (raw: RawMetadata, block: string, key: string): string => {
  const record = raw[block];
  if (!isRecord(record)) return '';
  const text = textOf(record[key]);
  // Decoded before cleaning, so a "&#0;" in the XML is dropped like any other control character.
  return clean(BINARY_BLOCKS.has(block) ? text : decodeXmlEntities(text));
};

// What cameras write as the image description when the photographer wrote none (in EXIF, and copied
// into XMP dc:description by the tools that carry it over): no caption.
const CAMERA_DEFAULT =
  /^(?:(?:olympus|konica minolta|minolta|samsung|kodak|nikon|canon|sony|pentax|fujifilm|digital)\s+)*(?:digital (?:still )?camera|dsc|dcim|camera)$|^(?:default|image|picture|untitled|<.*>)$/i;
const cameraWords = (description: string): string =>
  CAMERA_DEFAULT.test(description.trim()) ? '' : description;

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
      cameraWords(field(raw, 'dc', 'description')),
      cameraWords(field(raw, 'ifd0', 'ImageDescription')),
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

const UTF8 = new TextDecoder('utf-8', { fatal: true });

// Windows-1252's characters where Latin-1 has C1 controls (0x80–0x9F): text a Windows tool wrote in
// its own code page and did not flag ("Jakarta’s" with 0x92). The five it leaves undefined stay out.
const CP1252 =
  '\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000' +
  '\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178';
const fromCp1252 = (text: string): string =>
  text.replace(/[\u0080-\u009f]/g, (char) => CP1252[char.charCodeAt(0) - 0x80]!.replace('\u0000', ''));

/**
 * exifr reads IPTC text one byte per character (Latin-1). Agencies write it in UTF-8 (AFP, Antara,
 * Reuters), most of them flagging it in 1:90, some not: "Jum’at" came in as "Jumâ\u0080\u0099at".
 * Each value is read again as UTF-8 when its bytes are valid UTF-8 with a character beyond ASCII —
 * which Latin-1 text in practice never is (an "é" alone is no UTF-8) — so a block mixing a UTF-8
 * caption and a Latin-1 byline reads both right; what stays Latin-1 takes Windows-1252's quotes and
 * dashes for the control codes in 0x80–0x9F.
 */
function utf8Iptc(raw: RawMetadata): RawMetadata {
  const iptc = raw.iptc;
  if (!isRecord(iptc)) return raw;
  const redecode = (text: string): string => {
    const bytes = Array.from(text, (char) => char.charCodeAt(0));
    if (!bytes.some((code) => code >= 0x80) || bytes.some((code) => code > 0xff)) return text;
    try {
      return UTF8.decode(Uint8Array.from(bytes));
    } catch {
      return fromCp1252(text); // not UTF-8 after all: Latin-1 (or Windows-1252), as read
    }
  };
  const fix = (value: unknown): unknown =>
    typeof value === 'string' ? redecode(value) : Array.isArray(value) ? value.map(fix) : value;
  return { ...raw, iptc: Object.fromEntries(Object.entries(iptc).map(([key, value]) => [key, fix(value)])) };
}

const UNREADABLE = {
  text: EMPTY_PHOTO_TEXT,
  warning: 'Its caption and credit could not be read from the file; fill them in on the photo desk.',
};

/** The metadata blocks the image decoder found: for formats exifr cannot open (WebP), or places it does not look. */
export interface DecoderMetadata {
  xmp?: Buffer | undefined;
  exif?: Buffer | undefined;
}

/** An XMP packet, as the decoder lifted it out of the file, read by exifr: one record per namespace. */
const readXmp = async (xmp: Buffer): Promise<RawMetadata> =>
  ((await exifr.sidecar(xmp, EXIFR_OPTIONS, 'xmp')) as RawMetadata | undefined) ?? {};

/** A WebP's XMP and EXIF, as the decoder lifted them out of the file, read by exifr. */
async function readBlocks(blocks: DecoderMetadata): Promise<RawMetadata> {
  const raw: RawMetadata = {};
  // The decoder's EXIF block starts "Exif\0\0", then the TIFF structure exifr reads.
  const tiff = blocks.exif?.subarray(blocks.exif.subarray(0, 4).toString('latin1') === 'Exif' ? 6 : 0);
  if (tiff && tiff.length > 0) Object.assign(raw, await exifr.parse(tiff, EXIFR_OPTIONS));
  if (blocks.xmp && blocks.xmp.length > 0) Object.assign(raw, await readXmp(blocks.xmp));
  return raw;
}

// Blocks exifr returns that are no XMP namespace: the binary ones, and the PNG header it always reads.
const NOT_XMP = new Set([...BINARY_BLOCKS, 'ihdr', 'jfif', 'icc']);
const hasXmp = (raw: RawMetadata): boolean => Object.keys(raw).some((block) => !NOT_XMP.has(block));

/**
 * exifr reads a PNG's XMP only from an uncompressed iTXt chunk; libvips (sharp, and the tools built
 * on it) writes it compressed, in zTXt, where the decoder finds it. So the decoder's packet is read
 * when exifr found none in the file — never over one it found, which is the same packet.
 */
async function withDecoderXmp(raw: RawMetadata, xmp: Buffer | undefined): Promise<RawMetadata> {
  if (!xmp || xmp.length === 0 || hasXmp(raw)) return raw;
  return { ...(await readXmp(xmp)), ...raw };
}

/**
 * Reads and maps a file's metadata. A file with none gives empty fields; a metadata block exifr cannot
 * read gives empty fields and a warning, since the photo itself may still be fine. `blocks` are what
 * the image decoder found, read where exifr does not know the file format (WebP) or found no XMP (a
 * PNG's compressed text chunk).
 */
export async function readPhotoText(
  bytes: Uint8Array,
  blocks: DecoderMetadata = {},
): Promise<{ text: PhotoText; warning?: string }> {
  let raw: RawMetadata;
  try {
    const parsed: unknown = await exifr.parse(bytes, EXIFR_OPTIONS);
    raw = isRecord(parsed) ? utf8Iptc(parsed) : {};
  } catch (error) {
    if (!(error instanceof Error && /unknown file format/i.test(error.message))) return UNREADABLE;
    try {
      return { text: mapMetadata(await readBlocks(blocks)) };
    } catch {
      return UNREADABLE;
    }
  }
  try {
    return { text: mapMetadata(await withDecoderXmp(raw, blocks.xmp)) };
  } catch {
    // The decoder's packet is unreadable: what the file's other blocks said still stands.
    return { text: mapMetadata(raw), warning: UNREADABLE.warning };
  }
}
