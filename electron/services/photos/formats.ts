/** The originals Redaksi accepts, by their first bytes (never by the file name's extension). */
export type PhotoFormat = 'jpg' | 'png' | 'webp' | 'gif';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((value, i) => bytes[offset + i] === value);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** JPEG, PNG, WebP or GIF from the magic bytes; null for anything else (SVG, HEIC, text…). */
export function sniffPhotoFormat(bytes: Uint8Array): PhotoFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  return null;
}

/** Whether the bytes read like an SVG drawing, to say so by name rather than "not an image". */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).toLowerCase();
  return head.includes('<svg');
}

/** sharp's name for each accepted format, to check that the header agrees with the magic bytes. */
export const SHARP_FORMAT: Record<PhotoFormat, string> = {
  jpg: 'jpeg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
};

/**
 * A file size in megabytes to one decimal, as a number: the wording writes it in its language
 * ("41.3 MB", "41,3 MB"), which a string made here could not.
 */
export const megabytes = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
