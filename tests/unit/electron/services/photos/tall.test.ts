import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { RENDITION_WIDTHS } from '../../../../../shared/api/photo';
import { renditionPath } from '../../../../../electron/services/photos/media';
import { documentOf, paragraph, photoBlock, text } from '../../../support/documents';
import { importFiles } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

// WebP cannot hold an image taller (or wider) than this: libwebp's WEBP_MAX_DIMENSION.
const WEBP_MAX_SIDE = 16_383;

let s: TestServices | null = null;
afterEach(() => s?.close());

/** A narrow, very tall infographic (1080 × 18000), as a JPEG in a temporary folder. */
async function infographic(): Promise<string> {
  const file = path.join(tempFolder('redaksi-tall-photo'), 'infografik.jpg');
  await sharp({ create: { width: 1080, height: 18_000, channels: 3, background: '#1f4e79' } })
    .jpeg({ quality: 70 })
    .toFile(file);
  return file;
}

const sizeOf = async (file: string) => {
  // From a buffer: the photo worker allows libvips only its buffer loaders, process-wide.
  const meta = await sharp(fs.readFileSync(file)).metadata();
  return { width: meta.width, height: meta.height };
};

describe('a photo taller than WebP allows (1080 × 18000 infographic)', () => {
  it('imports, with every rendition made inside 16383 px and the export’s srcset saying their real sizes', async () => {
    s = await openTestServices();
    const job = await importFiles(s, [await infographic()]);
    expect(job.files.map((file) => [file.name, file.state, file.error?.message])).toEqual([
      ['infografik.jpg', 'imported', undefined],
    ]);
    const photo = await s.ok('photos.get', { id: job.files[0]!.photoId! });
    // The library keeps the photo's own upright size.
    expect([photo.width, photo.height]).toEqual([1080, 18_000]);

    const sizes = new Map<number, { width?: number; height?: number }>();
    for (const width of RENDITION_WIDTHS) {
      const webp = await sizeOf(renditionPath(s.dataDir, photo.sha256, width, 'webp'));
      const jpeg = await sizeOf(renditionPath(s.dataDir, photo.sha256, width, 'jpg'));
      expect(jpeg, `${width}: the JPEG and the WebP are the same size`).toEqual(webp);
      expect(webp.height!, `${width}.webp`).toBeLessThanOrEqual(WEBP_MAX_SIDE);
      expect(webp.width!, `${width}.webp is never wider than asked`).toBeLessThanOrEqual(width);
      // Same proportions as the photo, to the pixel.
      expect(Math.abs(webp.height! - (webp.width! * 18_000) / 1080)).toBeLessThanOrEqual(1);
      sizes.set(width, webp);
    }
    // The widest rendition is as tall as WebP allows, not needlessly smaller.
    expect(sizes.get(1600)!.height!).toBeGreaterThan(WEBP_MAX_SIDE - 20);
    expect(sizes.get(240)).toEqual({ width: 240, height: 4000 });

    const created = await s.ok('articles.create', {});
    await s.ok('articles.save', {
      ...created,
      headline: 'Infografik: jalur mudik',
      lead: 'Peta jalur mudik dari Jakarta.',
      body: documentOf(paragraph(text('Jalur mudik tahun ini.')), photoBlock(photo.id)),
    });
    const out = tempFolder('redaksi-tall-export');
    const { folder } = await s.ok('export.run', {
      id: created.id,
      folder: out,
      zip: false,
      acceptWarnings: true,
    });
    const page = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    const figure = /<figure>[\s\S]*?<\/figure>/.exec(page)![0];
    // Every srcset entry's "w" is the real width of the file it names.
    const entries = [...figure.matchAll(/srcset="([^"]+)"/g)].flatMap((match) =>
      match[1]!.split(', ').map((entry) => entry.split(' ') as [string, string]),
    );
    expect(entries.length).toBeGreaterThanOrEqual(6);
    for (const [file, descriptor] of entries)
      expect(`${file} ${(await sizeOf(path.join(folder, file))).width}w`).toBe(`${file} ${descriptor}`);
    // The <img> says the size of its largest file.
    const img = /<img src="([^"]+)"[^>]* width="(\d+)" height="(\d+)"/.exec(figure)!;
    expect(await sizeOf(path.join(folder, img[1]!))).toEqual({
      width: Number(img[2]),
      height: Number(img[3]),
    });
    // article.json's renditions say the same sizes as the files.
    const ninjs = JSON.parse(fs.readFileSync(path.join(folder, 'article.json'), 'utf8')) as {
      associations: Array<{ renditions: Array<{ name: string; width: number; height: number }> }>;
    };
    for (const { name, width, height } of ninjs.associations[0]!.renditions)
      expect({ name, ...(await sizeOf(path.join(folder, name))) }).toEqual({ name, width, height });
  }, 120_000);
});
