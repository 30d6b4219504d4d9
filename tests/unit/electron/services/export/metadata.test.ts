import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredNode } from '../../../../../shared/editor/document';
import { documentOf, paragraph, paragraphs, text } from '../../../support/documents';
import { createFullArticle, pageBreak } from '../../../support/export-fixture';
import { importFiles, photoFixture } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

// The services' clock: articles are created at CREATED, exported later (the clock moved on).
const CREATED = new Date('2025-09-13T07:30:00.000Z');
let clock = CREATED;
let services: TestServices;
let out: string;

beforeEach(async () => {
  clock = CREATED;
  services = await openTestServices({ now: () => clock });
  out = tempFolder('redaksi-export');
  await services.ok('settings.update', { publication: { name: 'Tribun Medan', language: 'id' } });
});
afterEach(() => services.close());

const PAGES = ['index.html', 'page-2.html', 'page-3.html', 'all.html'] as const;
const read = (folder: string, file: string) => fs.readFileSync(path.join(folder, file), 'utf8');
const jsonLd = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as Record<
    string,
    unknown
  >;
const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

async function exportArticle(id: string) {
  return services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true });
}

describe('page addresses (EXPORT.md: canonical, og:url)', () => {
  it('without a base URL, each page’s canonical is its bare file name, there is no og:url, and the ninjs uri is the article’s urn', async () => {
    expect((await services.ok('settings.get', {})).publication.baseUrl).toBe('');
    const article = await createFullArticle(services);
    const { folder } = await exportArticle(article.id);
    for (const file of PAGES) {
      const html = read(folder, file);
      expect(html, file).toContain(`<link rel="canonical" href="${file}">`);
      expect(html, file).not.toContain('og:url');
      expect(jsonLd(html).url, file).toBe(file);
    }
    const ninjs = JSON.parse(read(folder, 'article.json')) as { uri: string };
    expect(ninjs.uri).toBe(`urn:uuid:${article.id}`);
  });

  it('with a base URL, canonical, og:url and the JSON-LD url are the page’s own absolute address', async () => {
    // Typed with a trailing slash: the page addresses do not double it.
    await services.ok('settings.update', { publication: { baseUrl: 'https://medan.example.id/berita/' } });
    const article = await createFullArticle(services);
    const { folder } = await exportArticle(article.id);
    for (const file of PAGES) {
      const html = read(folder, file);
      const own = `https://medan.example.id/berita/${article.slug}/${file}`;
      expect(html, file).toContain(`<link rel="canonical" href="${own}">`);
      expect(html, file).toContain(`<meta property="og:url" content="${own}">`);
      expect(html.match(/property="og:url"/g), file).toHaveLength(1);
      expect(jsonLd(html).url, file).toBe(own);
    }
  });
});

describe('JSON-LD and the article header', () => {
  it('gives numbered pages position and pageStart, and neither to all.html or a one-page article', async () => {
    const article = await createFullArticle(services);
    const { folder } = await exportArticle(article.id);
    for (const [file, page] of [
      ['index.html', 1],
      ['page-2.html', 2],
      ['page-3.html', 3],
    ] as const) {
      const ld = jsonLd(read(folder, file));
      expect(ld.position, file).toBe(page);
      expect(ld.pageStart, file).toBe(page);
    }
    const all = jsonLd(read(folder, 'all.html'));
    expect(all).not.toHaveProperty('position');
    expect(all).not.toHaveProperty('pageStart');

    const single = await services.ok('articles.create', { headline: 'Satu halaman', lead: 'Ringkas.' });
    await services.ok('articles.save', { ...single, body: paragraphs('Satu paragraf.') });
    const one = jsonLd(read((await exportArticle(single.id)).folder, 'index.html'));
    expect(one).not.toHaveProperty('position');
    expect(one).not.toHaveProperty('pageStart');
  });

  it('says no section and no summary for a rubric left empty and a lead of spaces, rather than empty ones', async () => {
    const created = await services.ok('articles.create', { headline: 'Tanpa rubrik', lead: '  \u200b ' });
    await services.ok('articles.save', { ...created, body: paragraphs('Satu paragraf.') });
    const { folder } = await exportArticle(created.id);
    const page = read(folder, 'index.html');
    expect(jsonLd(page)).not.toHaveProperty('articleSection');
    expect(page).not.toContain('article:section');
    expect(page).not.toContain('name="description"');
    expect(JSON.parse(read(folder, 'article.json'))).not.toHaveProperty('descriptions');
  });

  it('names as the photographer the one the printed credit names: the library’s, or the block’s own credit line', async () => {
    const photoId = (await importFiles(services, [photoFixture('vladivostok.jpg')])).files[0]!.photoId!;
    await services.ok('photos.update', {
      id: photoId,
      creator: 'Abdi Tumanggor',
      credit: 'ABDI TUMANGGOR/TRIBUN MEDAN',
    });
    const block = (credit: string): StoredNode => ({
      type: 'photo',
      version: 1,
      photoId,
      caption: 'PELABUHAN: Kapal bersandar.',
      credit,
      altText: 'Kapal',
    });
    const created = await services.ok('articles.create', { headline: 'Pelabuhan', lead: 'Kapal.' });
    await services.ok('articles.save', {
      ...created,
      body: documentOf(
        block('ANI LESTARI/TRIBUN MEDAN'),
        paragraph(text('Satu.')),
        block('Dok. Humas Pemkot Medan'),
        paragraph(text('Dua.')),
        block(''),
        paragraph(text('Tiga.')),
      ),
    });
    const { folder } = await exportArticle(created.id);
    const ninjs = JSON.parse(read(folder, 'article.json')) as {
      associations: Array<{ by?: string; infoSources: Array<{ name: string }> }>;
    };
    expect(ninjs.associations.map((picture) => [picture.infoSources[0]!.name, picture.by])).toEqual([
      ['ANI LESTARI/TRIBUN MEDAN', 'ANI LESTARI'],
      ['Dok. Humas Pemkot Medan', undefined],
      ['ABDI TUMANGGOR/TRIBUN MEDAN', 'Abdi Tumanggor'],
    ]);
    expect(jsonLd(read(folder, 'index.html')).image).toMatchObject({
      creditText: 'ANI LESTARI/TRIBUN MEDAN',
      creator: { '@type': 'Person', name: 'ANI LESTARI' },
    });
  });

  it('dates every page with <time datetime> from the article’s creation, not from the clock at export', async () => {
    const article = await createFullArticle(services);
    expect(article.createdAt).toBe(CREATED.toISOString());
    clock = new Date('2026-02-01T18:45:00.000Z');
    const { folder } = await exportArticle(article.id);
    for (const file of PAGES) {
      const html = read(folder, file);
      expect(html, file).toContain(
        // Spelled by the export itself, not by the runtime's ICU: the same bytes from the app and the CLI.
        '<p class="date"><time datetime="2025-09-13T07:30:00.000Z">13 September 2025 pukul 07.30 UTC</time></p>',
      );
      expect(html, file).toContain(
        '<meta property="article:published_time" content="2025-09-13T07:30:00.000Z">',
      );
      expect(html, file).not.toContain('2026-02-01');
    }
  });
});

describe('a right-to-left override left open in the article’s details', () => {
  const RLO = '\u202e';
  const PDF = '\u202c';

  it('ends right after the stored words, so the page number, the publication’s name and the next writer do not turn round', async () => {
    const article = await createFullArticle(services, { headline: `Three pages ${RLO}unterminated` });
    await services.ok('articles.save', {
      ...article,
      writers: [`Ani ${RLO}Lestari`, 'Budi Santoso'],
      dateline: { prefix: `TRIBUN${RLO}`, place: 'Vladivostok' },
    });
    const { folder } = await exportArticle(article.id);
    const headline = `Three pages ${RLO}unterminated${PDF}`;
    for (const [file, suffix] of [
      ['index.html', ' (Halaman 1/3)'],
      ['page-2.html', ' (Halaman 2/3)'],
      ['page-3.html', ' (Halaman 3/3)'],
      ['all.html', ''],
    ] as const) {
      const html = read(folder, file);
      expect(html, file).toContain(`<title>${headline}${suffix} – Tribun Medan</title>`);
      expect(html, file).toContain(`<h1>${headline}</h1>`);
      expect(html, file).toContain(
        `<span class="writers">Penulis: Ani ${RLO}Lestari${PDF}, Budi Santoso</span>`,
      );
    }
    expect(read(folder, 'index.html')).toContain(
      `<span class="dateline"><bdi>TRIBUN${RLO}${PDF}, VLADIVOSTOK</bdi> - </span>`,
    );
    // The ninjs byline joins the names the same way.
    const ninjs = JSON.parse(read(folder, 'article.json')) as { by: string };
    expect(ninjs.by).toBe(`Ani ${RLO}Lestari${PDF}, Budi Santoso`);
  });
});

describe('the featured photo in the JSON-LD, and image decoding', () => {
  const photoBlock = (photoId: string): StoredNode => ({
    type: 'photo',
    version: 1,
    photoId,
    caption: 'PELABUHAN: Kapal bersandar di pelabuhan.',
    credit: 'ANI LESTARI/TRIBUN MEDAN',
    altText: 'Kapal di dermaga',
  });

  it('gives contentUrl (the largest JPEG), the photo’s own copyright notice only, and decoding on every figure', async () => {
    // vladivostok.jpg carries a copyright (dc:rights "© Tribun Medan"); the image made here carries none.
    const plain = path.join(tempFolder('redaksi-plain-photo'), 'plain.jpg');
    const plainBytes = await sharp({
      create: { width: 900, height: 600, channels: 3, background: '#446688' },
    })
      .jpeg()
      .toBuffer();
    fs.writeFileSync(plain, plainBytes);
    await importFiles(services, [photoFixture('vladivostok.jpg'), plain]);
    const photos = await services.ok('photos.list', {});
    const byName = Object.fromEntries(photos.map((photo) => [photo.originalName, photo]));
    const vladivostok = byName['vladivostok.jpg']!;
    const bare = byName['plain.jpg']!;
    expect(vladivostok.copyright).toBe('© Tribun Medan');
    expect(bare.copyright).toBe('');
    await services.ok('photos.update', {
      id: bare.id,
      caption: 'LANGIT: Langit biru di atas Medan.',
      credit: 'TRIBUN MEDAN',
      altText: 'Langit biru',
    });

    await services.ok('settings.update', {
      publication: { baseUrl: 'https://medan.example.id/berita', copyright: '© 2026 Tribun Medan' },
    });
    const created = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...created,
      headline: 'Pelabuhan Vladivostok',
      lead: 'Kapal-kapal bersandar.',
      featuredPhotoId: vladivostok.id,
      body: documentOf(
        paragraph(text(words(120))),
        photoBlock(bare.id),
        pageBreak(),
        photoBlock(bare.id),
        photoBlock(vladivostok.id),
        paragraph(text(words(120))),
      ),
    });
    const slug = (await services.ok('articles.get', { id: created.id })).slug;
    const largest = (photo: { id: string; width: number }) =>
      `images/${photo.id}-${Math.min(1600, photo.width)}.jpg`;

    let { folder } = await exportArticle(created.id);
    let first = read(folder, 'index.html');
    const absolute = `https://medan.example.id/berita/${slug}/${largest(vladivostok)}`;
    expect(jsonLd(first).image).toMatchObject({
      '@type': 'ImageObject',
      contentUrl: absolute,
      copyrightNotice: '© Tribun Medan',
      creator: { '@type': 'Person', name: 'Abdi Tumanggor' },
    });
    expect(first).toContain(`<meta property="og:image" content="${absolute}">`);

    // Every figure: the first image of a page decodes at once, the others asynchronously.
    const images = (html: string) =>
      [...html.matchAll(/<figure[^>]*><picture>[\s\S]*?(<img [^>]*>)/g)].map((match) => match[1]!);
    const loading = (html: string) =>
      images(html).map((img) => /loading="(\w+)" decoding="(\w+)">$/.exec(img)?.slice(1).join(' '));
    expect(loading(first)).toEqual(['eager sync', 'lazy async']);
    // Every page opens with the featured photo (EXPORT.md), then its own photos.
    expect(loading(read(folder, 'page-2.html'))).toEqual(['eager sync', 'lazy async', 'lazy async']);
    expect(images(read(folder, 'page-2.html'))[0]).toBe(images(first)[0]);

    // The featured photo without a copyright of its own has no notice: the publication's copyright
    // line is not the photographer's or the agency's (article.json's association says none either).
    await services.ok('articles.save', {
      ...(await services.ok('articles.get', { id: created.id })),
      featuredPhotoId: bare.id,
    });
    ({ folder } = await exportArticle(created.id));
    const own = jsonLd(read(folder, 'index.html')).image as Record<string, unknown>;
    expect(own.contentUrl).toBe(`https://medan.example.id/berita/${slug}/${largest(bare)}`);
    expect(own).not.toHaveProperty('copyrightNotice');

    // No featured photo: the body's first photo stands for the article where it is shared.
    await services.ok('articles.save', {
      ...(await services.ok('articles.get', { id: created.id })),
      featuredPhotoId: null,
    });
    ({ folder } = await exportArticle(created.id));
    for (const file of ['index.html', 'page-2.html']) {
      const html = read(folder, file);
      const shared = `https://medan.example.id/berita/${slug}/${largest(bare)}`;
      expect(html).toContain(`<meta property="og:image" content="${shared}">`);
      expect(jsonLd(html).image).toMatchObject({
        contentUrl: shared,
        // The block's own words, as its figure prints them.
        caption: 'PELABUHAN: Kapal bersandar di pelabuhan.',
        creditText: 'ANI LESTARI/TRIBUN MEDAN',
      });
    }
    await services.ok('articles.save', {
      ...(await services.ok('articles.get', { id: created.id })),
      featuredPhotoId: vladivostok.id,
    });

    // No base URL: contentUrl and og:image are relative.
    await services.ok('settings.update', { publication: { baseUrl: '', copyright: '' } });
    ({ folder } = await exportArticle(created.id));
    first = read(folder, 'index.html');
    expect((jsonLd(first).image as Record<string, unknown>).contentUrl).toBe(largest(vladivostok));
    expect(first).toContain(`<meta property="og:image" content="${largest(vladivostok)}">`);
  }, 90_000);
});

describe('style.css', () => {
  const template = fs.readFileSync(
    path.resolve(import.meta.dirname, '../../../../../resources/export/style.css'),
    'utf8',
  );

  it('carries the profile’s accent colour in place of the theme’s, the rest of the theme unchanged', async () => {
    const themeAccent = /--accent: (#[0-9a-fA-F]{6});/.exec(template)![1]!;
    expect(themeAccent.toLowerCase()).not.toBe('#005baa');
    await services.ok('settings.update', { publication: { accentColor: '#005baa' } });
    const created = await services.ok('articles.create', { headline: 'Warna', lead: 'Aksen.' });
    await services.ok('articles.save', { ...created, body: paragraphs('Isi.') });
    const css = read((await exportArticle(created.id)).folder, 'style.css');
    expect(css).toContain('--accent: #005baa;');
    expect(css).not.toContain(themeAccent);
    expect(css).toBe(
      `/* Tribun Medan */\n${template.replace(`--accent: ${themeAccent};`, '--accent: #005baa;')}`,
    );
  });

  it('is headed by the publication’s name, which cannot end its comment or run onto other lines', async () => {
    await services.ok('settings.update', {
      publication: { name: 'Harian */ body{display:none} /*\nMedan\u2028Pos' },
    });
    const created = await services.ok('articles.create', { headline: 'Nama', lead: 'Nama terbitan.' });
    await services.ok('articles.save', { ...created, body: paragraphs('Isi.') });
    const css = read((await exportArticle(created.id)).folder, 'style.css');
    const [first, ...rest] = css.split('\n');
    expect(first).toBe('/* Harian * / body{display:none} /* Medan Pos */');
    // The comment closes only at its end: the theme's own rules follow untouched.
    expect(first!.indexOf('*/')).toBe(first!.length - 2);
    expect(rest.join('\n')).toBe(template);
  });
});
