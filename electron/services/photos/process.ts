import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTO_PIXELS,
  RENDITION_WIDTHS,
  renditionSize,
  type PhotoText,
} from '../../../shared/api/photo';
import { say, type Wording } from '../../../shared/api/wording';
import { looksLikeSvg, megabytes, SHARP_FORMAT, sniffPhotoFormat, type PhotoFormat } from './formats';
import { incomingOriginal, incomingRenditions } from './leftovers';
import { originalPath, renditionsPresent, renditionsRoot } from './media';
import { readPhotoText } from './metadata';

/** What the worker hands back for one file: the stored original, its size and the words it carried. */
export interface ProcessedPhoto {
  sha256: string;
  ext: PhotoFormat;
  width: number;
  height: number;
  bytes: number;
  text: PhotoText;
  warning?: string;
}

/** A refusal in plain words that names the file; it crosses the worker boundary as plain data. */
export class PhotoRefused extends Error {
  readonly wording: Wording;

  constructor(
    readonly code: 'PHOTO_UNREADABLE' | 'PHOTO_TOO_LARGE',
    said: { message: string; wording: Wording },
  ) {
    super(said.message);
    this.name = 'PhotoRefused';
    this.wording = said.wording;
  }
}

const damaged = (name: string) => new PhotoRefused('PHOTO_UNREADABLE', say('photo.damaged', { name }));

/** Reads only the header (nothing is decoded), so a decompression bomb is measured, not opened. */
async function readHeader(bytes: Buffer, name: string, format: PhotoFormat) {
  let header: Metadata;
  try {
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw damaged(name);
  }
  if (header.format !== SHARP_FORMAT[format] || !header.width || !header.height) throw damaged(name);
  const pixels = header.width * (header.pageHeight ?? header.height);
  if (pixels > MAX_PHOTO_PIXELS)
    throw new PhotoRefused(
      'PHOTO_TOO_LARGE',
      say('photo.tooManyPixels', {
        name,
        width: header.width,
        height: header.height,
        megapixels: Math.round(pixels / 1e6),
        limit: Math.round(MAX_PHOTO_PIXELS / 1e6),
      }),
    );
  // EXIF orientations 5–8 swap the sides; an animation's height is one frame's.
  const frameHeight = header.pageHeight ?? header.height;
  const turned = header.autoOrient !== undefined && header.autoOrient.width !== header.width;
  const size = turned
    ? { width: frameHeight, height: header.width }
    : { width: header.width, height: frameHeight };
  return { ...size, hasProfile: header.hasProfile === true, blocks: { xmp: header.xmp, exif: header.exif } };
}

/** Rendition files that could not be encoded: said in plain words, not as "details are in the log". */
const notMade = (name: string, photo: { width: number; height: number }) =>
  new PhotoRefused('PHOTO_UNREADABLE', say('photo.renditionsFailed', { name, ...photo }));

/**
 * The decoded pixels in sRGB. sharp converts an embedded profile into its working space, which is
 * Display P3 for 16-bit input, and toColourspace('srgb') then only drops to 8 bits: a 16-bit P3 (or
 * even sRGB-tagged) PNG kept P3 numbers and came out dull. So a photo with a profile is converted
 * from that working space to sRGB at the end (for 8-bit input, already sRGB, the pixels stay the
 * same), without attaching the profile: renditions carry no metadata. One without is taken as sRGB.
 */
function inSrgb(decoder: Sharp, hasProfile: boolean): Sharp {
  const srgb = decoder.toColourspace('srgb');
  return hasProfile ? srgb.withIccProfile('srgb', { attach: false }) : srgb;
}

/**
 * Decodes once (auto-oriented, converted to sRGB, at most 1600 px wide and MAX_RENDITION_HEIGHT tall,
 * pixel limit on), then makes every width from that buffer, as WebP and JPEG, each exactly
 * renditionSize(): the size the export's srcset says. Output carries no metadata, so GPS and EXIF
 * never leave. Written into a temporary folder renamed into place: a crash leaves no half set.
 */
async function writeRenditions(
  dataDir: string,
  sha256: string,
  bytes: Buffer,
  name: string,
  photo: { width: number; height: number; hasProfile: boolean },
): Promise<void> {
  const size = { width: photo.width, height: photo.height };
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    // failOn 'error': a whole file libjpeg only warns about (stray bytes before a marker) is taken,
    // as cameras and editors write them; a truncated one is still refused as damaged.
    const decoder = sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' })
      .autoOrient()
      .resize({ ...renditionSize(size, Math.max(...RENDITION_WIDTHS)), fit: 'fill' });
    decoded = await inSrgb(decoder, photo.hasProfile)
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw damaged(name);
  }
  const { data, info } = decoded;
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const root = renditionsRoot(dataDir);
  const incoming = incomingRenditions(root, sha256);
  await fs.mkdir(incoming, { recursive: true });
  try {
    for (const width of RENDITION_WIDTHS) {
      const resized = () => sharp(data, { raw }).resize({ ...renditionSize(size, width), fit: 'fill' });
      // Encoded to memory, then written: an encoder's refusal and the disk's are told apart.
      let files: [string, Buffer][];
      try {
        files = [
          // WebP effort 1 is 2–3× faster than the default 4 for files ~5% larger (bench/b5-import.ts).
          [`${width}.webp`, await resized().webp({ quality: 80, effort: 1 }).toBuffer()],
          [
            `${width}.jpg`,
            await resized().flatten({ background: '#ffffff' }).jpeg({ quality: 84 }).toBuffer(),
          ],
        ];
      } catch (error) {
        console.error(`[redaksi] the ${width} px renditions of ${name} could not be made:`, error);
        throw notMade(name, size);
      }
      for (const [file, content] of files) await fs.writeFile(path.join(incoming, file), content);
    }
    const target = path.join(root, sha256);
    await fs.rm(target, { recursive: true, force: true });
    await fs.rename(incoming, target);
  } finally {
    await fs.rm(incoming, { recursive: true, force: true });
  }
}

async function writeOriginal(file: string, bytes: Buffer): Promise<void> {
  if (
    await fs.stat(file).then(
      () => true,
      () => false,
    )
  )
    return;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = incomingOriginal(file);
  await fs.writeFile(temporary, bytes);
  await fs.rename(temporary, file);
}

/**
 * Checks and stores one photo: accepted formats by magic bytes, the header's size before anything is
 * decoded, metadata read, renditions made, the original kept content-addressed. Refusals are
 * PhotoRefused errors naming the file; nothing is written for a refused file.
 */
export async function processPhoto(bytes: Buffer, name: string, dataDir: string): Promise<ProcessedPhoto> {
  if (bytes.length === 0) throw new PhotoRefused('PHOTO_UNREADABLE', say('photo.empty', { name }));
  if (bytes.length > MAX_PHOTO_BYTES)
    throw new PhotoRefused(
      'PHOTO_TOO_LARGE',
      say('photo.tooManyBytes', { name, size: megabytes(bytes.length), limit: megabytes(MAX_PHOTO_BYTES) }),
    );
  const format = sniffPhotoFormat(bytes);
  if (format === null)
    throw new PhotoRefused(
      'PHOTO_UNREADABLE',
      say(looksLikeSvg(bytes) ? 'photo.svg' : 'photo.notAnImage', { name }),
    );
  const { width, height, hasProfile, blocks } = await readHeader(bytes, name, format);
  const { text, warning } = await readPhotoText(bytes, blocks);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (!renditionsPresent(dataDir, sha256))
    await writeRenditions(dataDir, sha256, bytes, name, { width, height, hasProfile });
  await writeOriginal(originalPath(dataDir, sha256, format), bytes);
  return { sha256, ext: format, width, height, bytes: bytes.length, text, ...(warning ? { warning } : {}) };
}
