import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ninjsValidator, nuErrors } from '../../../support/checkers';
import { documentOf, paragraph, photoBlock, text } from '../../../support/documents';
import { pageBreak } from '../../../support/export-fixture';
import { importFiles, photoFixture } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

/** A plain JPEG of the given size, written to a temporary file (no metadata: caption and credit come from the block). */
async function madePhoto(name: string, width: number, height: number): Promise<string> {
  const file = path.join(tempFolder('redaksi-made-photo'), name);
  const bytes = await sharp({ create: { width, height, channels: 3, background: '#2f6f4f' } })
    .jpeg()
    .toBuffer();
  fs.writeFileSync(file, bytes);
  return file;
}

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

async function importedIds(): Promise<Record<string, string>> {
  await importFiles(services, ['kosmodrom.jpg', 'portrait.jpg', 'harbour.png'].map(photoFixture));
  const photos = await services.ok('photos.list', {});
  return Object.fromEntries(photos.map((photo) => [photo.originalName, photo.id]));
}

describe('photos in the export package', () => {
  it('copies 480/960/1600 renditions (never upscaled) and writes valid figures with caption and credit', async () => {
    const ids = await importedIds();
    const created = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...created,
      headline: 'Putin dan Kim di Vostochny',
      lead: 'Pertemuan bersejarah.',
      featuredPhotoId: ids['kosmodrom.jpg']!,
      body: documentOf(
        paragraph(text(words(150))),
        photoBlock(ids['harbour.png']!),
        pageBreak(),
        photoBlock(ids['portrait.jpg']!, {
          caption: 'POTRET: Seorang warga di Medan.',
          credit: 'ANI LESTARI/TRIBUN MEDAN',
        }),
        paragraph(text(words(150))),
      ),
    });
    // The publication's logo is the same library photo as a body block: one file serves both.
    await services.ok('settings.update', {
      publication: { name: 'Tribun Medan', logoPhotoId: ids['harbour.png']! },
    });
    const out = tempFolder('redaksi-photo-export');
    const { folder, files } = await services.ok('export.run', {
      id: created.id,
      folder: out,
      zip: false,
      acceptWarnings: true,
    });

    const images = files.filter((file) => file.startsWith('images/')).sort();
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const image of images) {
      const [, width, format] = /-(\d+)\.(webp|jpg)$/.exec(image)!;
      // From a buffer: the photo worker allows libvips only its buffer loaders, process-wide.
      const meta = await sharp(fs.readFileSync(path.join(folder, image))).metadata();
      expect(meta.width, image).toBe(Number(width));
      expect(meta.format).toBe(format === 'jpg' ? 'jpeg' : 'webp');
      expect(meta.exif, `${image} carries no EXIF (no GPS leaves)`).toBeUndefined();
    }

    const first = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    const figures = first.match(/<figure>[\s\S]*?<\/figure>/g)!;
    expect(figures).toHaveLength(2); // featured + the harbour block
    expect(figures[0]).toMatch(/<source type="image\/webp" srcset="images\/[^"]+ \d+w[^"]*" sizes="[^"]+">/);
    expect(figures[0]).toContain('loading="eager"');
    expect(figures[1]).toContain('loading="lazy"');
    expect(figures[1]).toContain(
      'PELABUHAN: Kapal bersandar di pelabuhan Vladivostok, Rabu (13/9/2023). <span class="credit">(VLADIMIR SMIRNOV/AFP/VIA TRIBUNNEWS)</span>',
    );
    expect(figures[1]).toContain('alt="Kapal-kapal di dermaga"');
    expect(first).toMatch(/<meta property="og:image" content="images\/[0-9a-f-]+-\d+\.jpg">/);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(first)![1]!) as {
      image: Record<string, unknown>;
    };
    const logoFile = `images/${ids['harbour.png']}-480.jpg`;
    expect(files).toContain(logoFile);
    expect(files).toContain(logoFile.replace(/jpg$/, 'webp'));
    expect(first).toContain(
      `<header class="publication"><picture><source type="image/webp" srcset="${logoFile.replace(/jpg$/, 'webp')}"><img src="${logoFile}" alt="Tribun Medan"`,
    );
    expect((ld as unknown as { publisher: unknown }).publisher).toMatchObject({
      '@type': 'Organization',
      name: 'Tribun Medan',
      logo: { '@type': 'ImageObject', url: logoFile, width: 480 },
    });
    expect(ld.image).toMatchObject({
      '@type': 'ImageObject',
      creditText: 'AFP',
      creator: { '@type': 'Person', name: 'VLADIMIR SMIRNOV' },
      caption: expect.stringMatching(/\S/),
      width: expect.any(Number),
      height: expect.any(Number),
    });

    const second = fs.readFileSync(path.join(folder, 'page-2.html'), 'utf8');
    expect(second).toContain(
      'POTRET: Seorang warga di Medan. <span class="credit">(ANI LESTARI/TRIBUN MEDAN)</span>',
    );
    expect(second).toContain('loading="eager"'); // the first image of page 2
    expect(
      await nuErrors(['index.html', 'page-2.html', 'all.html'].map((file) => path.join(folder, file))),
    ).toEqual([]);

    // article.json (profile text-photo) carries every photo the article shows, with its own words
    // and each image file of the package as a rendition; valid ninjs 3.1.
    const ninjs = JSON.parse(fs.readFileSync(path.join(folder, 'article.json'), 'utf8')) as {
      associations: Array<Record<string, unknown> & { renditions: Array<{ name: string }> }>;
    };
    const validate = ninjsValidator();
    expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true);
    expect(ninjs.associations.map((picture) => [picture.name, picture.rel, picture.uri])).toEqual([
      ['featured', 'featured', `urn:uuid:${ids['kosmodrom.jpg']}`],
      ['photo-1', 'inline', `urn:uuid:${ids['harbour.png']}`],
      ['photo-2', 'inline', `urn:uuid:${ids['portrait.jpg']}`],
    ]);
    expect(ninjs.associations[0]).toMatchObject({
      type: 'picture',
      by: 'VLADIMIR SMIRNOV',
      infoSources: [{ name: 'AFP', role: 'credit' }],
      descriptions: [
        { role: 'caption', value: expect.stringMatching(/^PUTIN MEETS KIM/) },
        { role: 'alt', value: 'Two leaders walk past a rocket launch pad' },
      ],
    });
    expect(ninjs.associations[2]).toMatchObject({
      infoSources: [{ name: 'ANI LESTARI/TRIBUN MEDAN', role: 'credit' }],
      descriptions: [{ role: 'caption', value: 'POTRET: Seorang warga di Medan.' }, { role: 'alt' }],
    });
    for (const picture of ninjs.associations)
      for (const rendition of picture.renditions) expect(files).toContain(rendition.name);

    // With a base URL, each photo and rendition has its web address.
    await services.ok('settings.update', { publication: { baseUrl: 'https://medan.example.id/berita' } });
    const again = await services.ok('export.run', {
      id: created.id,
      folder: out,
      zip: false,
      acceptWarnings: true,
    });
    const online = JSON.parse(
      fs.readFileSync(path.join(again.folder, 'article.json'), 'utf8'),
    ) as typeof ninjs & {
      slugline: string;
    };
    expect(validate(online), JSON.stringify(validate.errors)).toBe(true);
    const at = `https://medan.example.id/berita/${online.slugline}/images/${ids['kosmodrom.jpg']}`;
    expect(online.associations[0]!.uri).toBe(`${at}-1600.jpg`);
    expect(online.associations[0]!.renditions[0]).toMatchObject({ href: `${at}-480.jpg`, width: 480 });
  }, 90_000);

  it('blocks a photo without caption or credit and warns about one without alt text', async () => {
    const ids = await importedIds();
    const created = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...created,
      headline: 'Foto tanpa keterangan',
      lead: 'Lead.',
      body: documentOf(
        paragraph(text('Teks.')),
        photoBlock(ids['harbour.png']!, { caption: '', credit: '', altText: '' }),
      ),
    });
    // harbour.png carries no metadata, so the library has nothing to fall back on either.
    const check = await services.ok('export.preflight', { id: created.id });
    expect(check.errors.map((issue) => issue.message)).toEqual([
      'Photo 1 in the body has no caption.',
      'Photo 1 in the body has no credit.',
    ]);
    expect(check.warnings.map((issue) => issue.code)).toContain('PHOTO_NO_ALT');
  }, 60_000);

  it('warns about a photo under 50,000 pixels, featured or in the body, and not about one of exactly 50,000', async () => {
    // 200 × 200 = 40,000 pixels: under the limit. 250 × 200 = 50,000: not under it.
    await importFiles(services, [
      await madePhoto('small.jpg', 200, 200),
      await madePhoto('edge.jpg', 250, 200),
    ]);
    const photos = await services.ok('photos.list', {});
    const ids = Object.fromEntries(photos.map((photo) => [photo.originalName, photo.id]));
    await services.ok('photos.update', {
      id: ids['small.jpg']!,
      caption: 'KECIL: Foto kecil.',
      credit: 'TRIBUN MEDAN',
      altText: 'Foto kecil',
    });
    const created = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...created,
      headline: 'Foto kecil',
      lead: 'Lead.',
      featuredPhotoId: ids['small.jpg']!,
      body: documentOf(paragraph(text('Teks.')), photoBlock(ids['edge.jpg']!), photoBlock(ids['small.jpg']!)),
    });
    const check = await services.ok('export.preflight', { id: created.id });
    expect(check.errors).toEqual([]);
    expect(check.warnings).toMatchObject([
      { level: 'warning', code: 'PHOTO_SMALL', message: 'The featured photo is only 200 × 200 pixels.' },
      { level: 'warning', code: 'PHOTO_SMALL', message: 'Photo 2 in the body is only 200 × 200 pixels.' },
    ]);

    // A warning, not an error: accepted, the small photo is published at its own size, never upscaled.
    const out = tempFolder('redaksi-small-photo-export');
    expect(
      (await services.fails('export.run', { id: created.id, folder: out, zip: false, acceptWarnings: false }))
        .message,
    ).toMatch(/warnings/);
    const { files } = await services.ok('export.run', {
      id: created.id,
      folder: out,
      zip: false,
      acceptWarnings: true,
    });
    expect(files.filter((file) => file.includes(ids['small.jpg']!)).sort()).toEqual([
      `images/${ids['small.jpg']}-200.jpg`,
      `images/${ids['small.jpg']}-200.webp`,
    ]);
  }, 60_000);
});
