import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { RENDITION_WIDTHS } from '../../../../../shared/api/photo';
import { renditionPath } from '../../../../../electron/services/photos/media';
import { importFiles } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

// The colour every photo below shows, in sRGB: a warm orange, well inside both gamuts.
const SRGB = [200, 100, 50];
// Lossy WebP and JPEG of a flat colour stay within a few units of it; a missed conversion is off by 11–13.
const TOLERANCE = 4;

let s: TestServices | null = null;
afterEach(() => s?.close());

const orange = (): Sharp =>
  sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 200, g: 100, b: 50 } } });

/**
 * The same orange saved as a camera or an editor would: converted by sharp into the embedded profile's
 * numbers (Display P3 holds it as about 187, 105, 61), 16 bits a channel or 8, or with no profile.
 */
const PHOTOS: Record<string, () => Sharp> = {
  'display-p3-16bit.png': () => orange().withIccProfile('p3').toColourspace('rgb16').png(),
  'srgb-profile-16bit.png': () => orange().withIccProfile('srgb').toColourspace('rgb16').png(),
  'no-profile-16bit.png': () => orange().toColourspace('rgb16').png(),
  'display-p3.png': () => orange().withIccProfile('p3').png(),
  'display-p3.jpg': () => orange().withIccProfile('p3').jpeg({ quality: 100 }),
};

/** The rendition's middle pixel, read as a browser does a file without a profile: as sRGB. */
async function middlePixel(file: string): Promise<number[]> {
  // From a buffer: the photo worker allows libvips only its buffer loaders, process-wide.
  const { data, info } = await sharp(fs.readFileSync(file)).raw().toBuffer({ resolveWithObject: true });
  const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
  return [...data.subarray(at, at + 3)];
}

describe('a photo with an embedded colour profile (Display P3, 16 bits a channel)', () => {
  it('is converted to sRGB in every rendition, which carries no profile and no metadata', async () => {
    const folder = tempFolder('redaksi-colour-photos');
    const files = await Promise.all(
      Object.entries(PHOTOS).map(async ([name, made]) => {
        const file = path.join(folder, name);
        await made().toFile(file);
        return file;
      }),
    );
    // The P3 file really holds other numbers than the sRGB ones: reading them as sRGB would show it.
    const held = await sharp(fs.readFileSync(files[0]!), { ignoreIcc: true })
      .raw({ depth: 'uchar' })
      .toBuffer();
    expect(Math.max(...SRGB.map((value, i) => Math.abs(value - held[i]!)))).toBeGreaterThan(10);

    s = await openTestServices();
    const job = await importFiles(s, files);
    expect(job.files.map((file) => [file.name, file.state])).toEqual(
      Object.keys(PHOTOS).map((name) => [name, 'imported']),
    );
    for (const imported of job.files) {
      const photo = await s.ok('photos.get', { id: imported.photoId! });
      for (const width of RENDITION_WIDTHS)
        for (const format of ['webp', 'jpg'] as const) {
          const file = renditionPath(s.dataDir, photo.sha256, width, format);
          const where = `${imported.name} ${width}.${format}`;
          const pixel = await middlePixel(file);
          const off = Math.max(...SRGB.map((value, i) => Math.abs(value - pixel[i]!)));
          expect(off, `${where} is ${pixel.join(', ')}, not about ${SRGB.join(', ')}`).toBeLessThanOrEqual(
            TOLERANCE,
          );
          const meta = await sharp(fs.readFileSync(file)).metadata();
          expect([meta.icc, meta.exif, meta.xmp, meta.iptc], where).toEqual([
            undefined,
            undefined,
            undefined,
            undefined,
          ]);
        }
    }
  }, 120_000);
});
