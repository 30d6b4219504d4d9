import fs from 'node:fs';
import path from 'node:path';
import {
  RENDITION_FORMATS,
  RENDITION_WIDTHS,
  type RenditionFormat,
  type RenditionWidth,
} from '../../../shared/api/photo';

export const MEDIA_FOLDER = 'media';
export const RENDITIONS_FOLDER = 'renditions';

/** `media/ab/<sha256>.<ext>`: originals, content-addressed, two-letter fan-out. */
export const originalPath = (dataDir: string, sha256: string, ext: string): string =>
  path.join(dataDir, MEDIA_FOLDER, sha256.slice(0, 2), `${sha256}.${ext}`);

export const renditionsRoot = (dataDir: string): string => path.join(dataDir, RENDITIONS_FOLDER);

/** `renditions/<sha256>/<width>.<format>`: what the UI and the export show. */
export const renditionPath = (
  dataDir: string,
  sha256: string,
  width: RenditionWidth,
  format: RenditionFormat,
): string => path.join(renditionsRoot(dataDir), sha256, `${width}.${format}`);

const nonEmptyFile = (file: string): boolean => (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0;

const HEAD = 12;
const TAIL = 2;
const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, to));

/**
 * Whether a rendition's bytes are whole, judged by their ends: a JPEG runs from its start-of-image
 * marker to its end-of-image marker, a WebP's RIFF header gives its own length. A file emptied or cut
 * short (a full disk, a copy broken off, a hand) fails; nothing is decoded.
 */
function wholeEnds(format: RenditionFormat, size: number, head: Uint8Array, tail: Uint8Array): boolean {
  if (format === 'jpg')
    return size >= 4 && head[0] === 0xff && head[1] === 0xd8 && tail[0] === 0xff && tail[1] === 0xd9;
  const riffSize = head.length >= 8 ? new DataView(head.buffer, head.byteOffset, 8).getUint32(4, true) : -1;
  return (
    size >= HEAD && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP' && riffSize + 8 === size
  );
}

/** Whether the bytes read from a rendition file are the whole image (see `wholeEnds`). */
export const wholeRendition = (bytes: Uint8Array, format: RenditionFormat): boolean =>
  wholeEnds(format, bytes.length, bytes.subarray(0, HEAD), bytes.subarray(Math.max(0, bytes.length - TAIL)));

/** Whether a rendition file is on disk and whole, reading only its two ends. */
function wholeRenditionFile(file: string, format: RenditionFormat): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (size < TAIL) return false;
    const head = new Uint8Array(Math.min(HEAD, size));
    const tail = new Uint8Array(TAIL);
    fs.readSync(fd, head, 0, head.length, 0);
    fs.readSync(fd, tail, 0, TAIL, size - TAIL);
    return wholeEnds(format, size, head, tail);
  } finally {
    fs.closeSync(fd);
  }
}

/** Every rendition of a photo is on disk and whole (an earlier import of the same file made them). */
export const renditionsPresent = (dataDir: string, sha256: string): boolean =>
  RENDITION_WIDTHS.every((width) =>
    RENDITION_FORMATS.every((format) =>
      wholeRenditionFile(renditionPath(dataDir, sha256, width, format), format),
    ),
  );

/** The original and every rendition of a stored photo are on disk. */
export const storedFilesPresent = (dataDir: string, sha256: string, ext: string): boolean =>
  nonEmptyFile(originalPath(dataDir, sha256, ext)) && renditionsPresent(dataDir, sha256);

export const CONTENT_TYPES: Record<RenditionFormat, string> = { webp: 'image/webp', jpg: 'image/jpeg' };

export interface MediaFile {
  file: string;
  contentType: string;
}

// The only shape a media address can have: no escapes, no dots but the extension's, no other folder.
const MEDIA_URL = /^\/media\/([0-9a-f]{64})\/([0-9]{1,4})\.(webp|jpg)$/;
const WIDTHS: ReadonlySet<number> = new Set(RENDITION_WIDTHS);
const FORMATS: ReadonlySet<string> = new Set(RENDITION_FORMATS);

/**
 * Resolves an opaque media URL path (`/media/<sha256>/<width>.<webp|jpg>`) to a rendition file, or
 * null. Only that exact shape is accepted, and the real path (symlinks followed) must still lie
 * inside the renditions folder: `..%2F`, absolute paths, a sibling folder that shares the prefix
 * and symlinks out are all refused (QUALITY.md R12).
 */
export function resolveMediaPath(dataDir: string, urlPath: string): MediaFile | null {
  const match = MEDIA_URL.exec(urlPath);
  if (!match) return null;
  const [, sha256, width, format] = match as unknown as [string, string, string, RenditionFormat];
  if (!WIDTHS.has(Number(width)) || !FORMATS.has(format)) return null;
  let realRoot: string;
  let real: string;
  try {
    realRoot = fs.realpathSync(renditionsRoot(dataDir));
    real = fs.realpathSync(path.join(realRoot, sha256, `${width}.${format}`));
  } catch {
    return null;
  }
  if (!real.startsWith(realRoot + path.sep) || !fs.statSync(real).isFile()) return null;
  return { file: real, contentType: CONTENT_TYPES[format] };
}
