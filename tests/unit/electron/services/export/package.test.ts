import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nuErrors, ninjsValidator } from '../../../support/checkers';
import { createFullArticle } from '../../../support/export-fixture';
import { documentOf, paragraph, paragraphs, text } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices;
let out: string;

beforeEach(async () => {
  services = await openTestServices();
  out = tempFolder('redaksi-export');
  await services.ok('settings.update', {
    publication: {
      name: 'Tribun Medan',
      language: 'id',
      baseUrl: 'https://medan.example.id/berita',
      copyright: '© 2026 Tribun Medan',
    },
  });
});
afterEach(() => services.close());

const read = (folder: string, file: string) => fs.readFileSync(path.join(folder, file), 'utf8');

describe('export package', () => {
  it('writes three pages, all.html, style.css and article.json, all valid per the Nu checker and the ninjs schema', async () => {
    const article = await createFullArticle(services);
    const result = await services.ok('export.run', {
      id: article.id,
      folder: out,
      zip: false,
      acceptWarnings: true,
    });
    expect(result.folder).toBe(path.join(out, article.slug));
    expect(fs.readdirSync(result.folder).sort()).toEqual([
      'all.html',
      'article.json',
      'index.html',
      'page-2.html',
      'page-3.html',
      'style.css',
    ]);

    const pages = ['index.html', 'page-2.html', 'page-3.html', 'all.html'].map((file) =>
      path.join(result.folder, file),
    );
    expect(await nuErrors(pages)).toEqual([]);

    const ninjs = JSON.parse(read(result.folder, 'article.json')) as Record<string, unknown>;
    const validate = ninjsValidator();
    expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true);
    expect(ninjs).toMatchObject({
      uri: `https://medan.example.id/berita/${article.slug}/`,
      headlines: [{ role: 'main', value: article.headline }],
      by: 'Ani Lestari, Budi Santoso',
      language: 'id',
    });
  }, 60_000);

  it('gives each page its title, description, canonical URL, OpenGraph tags and NewsArticle JSON-LD', async () => {
    const article = await createFullArticle(services);
    const { folder } = await services.ok('export.run', {
      id: article.id,
      folder: out,
      zip: false,
      acceptWarnings: true,
    });
    for (const [file, page] of [
      ['index.html', 1],
      ['page-2.html', 2],
      ['page-3.html', 3],
    ] as const) {
      const html = read(folder, file);
      expect(html).toContain('<html lang="id">');
      expect(html).toContain(`<title>${article.headline} (Halaman ${page}/3) – Tribun Medan</title>`);
      expect(html).toContain(`<meta name="description" content="${article.lead}">`);
      expect(html).toContain(
        `<link rel="canonical" href="https://medan.example.id/berita/${article.slug}/${file}">`,
      );
      for (const property of [
        'og:title',
        'og:type',
        'og:description',
        'og:url',
        'article:published_time',
        'article:modified_time',
        'article:section',
        'article:tag',
      ]) {
        expect(html).toContain(`<meta property="${property}"`);
      }
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
      const ld = JSON.parse(json) as Record<string, unknown>;
      expect(ld).toMatchObject({
        '@type': 'NewsArticle',
        headline: article.headline,
        description: article.lead,
        // Not published yet (status Ready): the pages date it by its last change.
        datePublished: article.updatedAt,
        dateModified: article.updatedAt,
        author: [
          { '@type': 'Person', name: 'Ani Lestari' },
          { '@type': 'Person', name: 'Budi Santoso' },
        ],
        editor: { '@type': 'Person', name: 'Citra Dewi' },
        publisher: { '@type': 'Organization', name: 'Tribun Medan' },
        articleSection: 'Internasional',
        keywords: ['Kim Jong Un', 'Korea Utara', 'Rusia'],
        inLanguage: 'id',
        isAccessibleForFree: true,
        position: page,
      });
      expect(html).toContain(`<p class="page-of">Halaman ${page}/3</p>`);
      expect(html).toContain('aria-current="page">' + page + '</a>');
    }
    const first = read(folder, 'index.html');
    expect(first).toContain('<span class="dateline"><bdi>TRIBUN-MEDAN.COM, VLADIVOSTOK</bdi> - </span>');
    expect(first).toContain('<strong>Pertemuan</strong>');
    expect(first).toContain('<em>bersejarah</em>');
    expect(read(folder, 'page-2.html')).toContain(
      '<a href="https://www.voanews.com/a/kim-putin">Voice of America</a>',
    );
    expect(read(folder, 'all.html')).toContain('<a href="all.html" aria-current="page">Tampilkan semua</a>');

    // Exported without a lead (a warning accepted): no description at all, rather than an empty one.
    await services.ok('articles.save', {
      ...(await services.ok('articles.get', { id: article.id })),
      lead: ' ',
    });
    await services.ok('export.run', { id: article.id, folder: out, zip: false, acceptWarnings: true });
    const bare = read(folder, 'index.html');
    expect(bare).not.toContain('name="description"');
    expect(bare).not.toContain('og:description');
    expect(
      JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(bare)![1]!),
    ).not.toHaveProperty('description');
  });

  it('labels the package in English when the publication is English', async () => {
    await services.ok('settings.update', { publication: { language: 'en' } });
    const article = await createFullArticle(services);
    const { folder } = await services.ok('export.run', {
      id: article.id,
      folder: out,
      zip: false,
      acceptWarnings: true,
    });
    const html = read(folder, 'page-2.html');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Page 2 of 3');
    expect(html).toContain('Show all');
    expect(html).toContain('Writer: Ani Lestari, Budi Santoso');
  });

  it('gives the same bytes for the same article exported twice, folder and zip', async () => {
    const article = await createFullArticle(services);
    const second = tempFolder('redaksi-export-again');
    const a = await services.ok('export.run', {
      id: article.id,
      folder: out,
      zip: true,
      acceptWarnings: true,
    });
    const b = await services.ok('export.run', {
      id: article.id,
      folder: second,
      zip: true,
      acceptWarnings: true,
    });
    for (const file of a.files)
      expect(fs.readFileSync(path.join(b.folder, file))).toEqual(fs.readFileSync(path.join(a.folder, file)));
    expect(fs.readFileSync(b.zipFile!)).toEqual(fs.readFileSync(a.zipFile!));
  });

  it('gives the same bytes, folder and zip, when the clock has moved on between two exports', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2025-09-13T07:30:15.000Z'));
      const article = await createFullArticle(services);
      // The services' clock is the faked one: the article is dated by it.
      expect(article.updatedAt).toBe('2025-09-13T07:30:15.000Z');
      const a = await services.ok('export.run', {
        id: article.id,
        folder: out,
        zip: true,
        acceptWarnings: true,
      });
      // Days, hours, minutes and seconds later: every field of a zip entry's time would differ.
      vi.setSystemTime(new Date('2026-03-02T19:47:42.000Z'));
      const second = tempFolder('redaksi-export-later');
      const b = await services.ok('export.run', {
        id: article.id,
        folder: second,
        zip: true,
        acceptWarnings: true,
      });
      expect(b.files).toEqual(a.files);
      for (const file of a.files)
        expect(fs.readFileSync(path.join(b.folder, file)), file).toEqual(
          fs.readFileSync(path.join(a.folder, file)),
        );
      expect(fs.readFileSync(b.zipFile!)).toEqual(fs.readFileSync(a.zipFile!));
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives the same zip in every time zone, its entries dated with the article’s change in UTC', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const zone = process.env.TZ;
    try {
      vi.setSystemTime(new Date('2025-09-13T07:30:15.000Z'));
      const article = await createFullArticle(services);
      const zips: Buffer[] = [];
      for (const tz of ['UTC', 'Asia/Jakarta', 'Asia/Makassar', 'America/Sao_Paulo']) {
        process.env.TZ = tz;
        const { zipFile } = await services.ok('export.run', {
          id: article.id,
          folder: tempFolder(`redaksi-export-${tz.replace('/', '-')}`),
          zip: true,
          acceptWarnings: true,
        });
        zips.push(fs.readFileSync(zipFile!));
      }
      for (const zip of zips.slice(1)) expect(zip).toEqual(zips[0]);
      // The first local header's MS-DOS time and date: 07:30:14 (two-second steps) on 2025-09-13.
      const zip = zips[0]!;
      expect(zip.readUInt32LE(0)).toBe(0x04034b50);
      expect(zip.readUInt16LE(10)).toBe((7 << 11) | (30 << 5) | (15 >> 1));
      expect(zip.readUInt16LE(12)).toBe(((2025 - 1980) << 9) | (9 << 5) | 13);
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
      vi.useRealTimers();
    }
  });

  it('writes a one-page article as index.html alone, without pagination or all.html', async () => {
    const created = await services.ok('articles.create', { headline: 'Satu halaman saja', lead: 'Ringkas.' });
    await services.ok('articles.save', { ...created, body: paragraphs('Satu paragraf pendek.') });
    const { files, folder } = await services.ok('export.run', {
      id: created.id,
      folder: out,
      zip: false,
      acceptWarnings: true,
    });
    expect(files.sort()).toEqual(['article.json', 'index.html', 'style.css']);
    expect(read(folder, 'index.html')).not.toContain('<nav');
  });

  it('shows a paragraph a page break split as one paragraph again in all.html and article.json', async () => {
    const created = await services.ok('articles.create', { headline: 'Kalimat terbelah', lead: 'Ringkas.' });
    const body = documentOf(
      paragraph(text('Kalimat yang')),
      { type: 'page-break', version: 1, splitSpace: ' ' },
      paragraph(text('terbelah di tengah.')),
    );
    await services.ok('articles.save', { ...created, body });
    const { folder } = await services.ok('export.run', {
      id: created.id,
      folder: out,
      zip: false,
      acceptWarnings: true,
    });
    // Each page shows its half; the whole article, the sentence whole.
    expect(read(folder, 'index.html')).toContain('<p>Kalimat yang</p>');
    expect(read(folder, 'page-2.html')).toContain('<p>terbelah di tengah.</p>');
    expect(read(folder, 'all.html')).toContain('<p>Kalimat yang terbelah di tengah.</p>');
    const ninjs = JSON.parse(read(folder, 'article.json')) as { bodies: Array<{ value: string }> };
    expect(ninjs.bodies.map((body) => body.value)).toEqual([
      'Kalimat yang terbelah di tengah.',
      '<p>Kalimat yang terbelah di tengah.</p>',
    ]);
  });

  it('remembers the export folder in the publication profile', async () => {
    const article = await createFullArticle(services);
    await services.ok('export.run', { id: article.id, folder: out, zip: false, acceptWarnings: true });
    expect((await services.ok('settings.get', {})).publication.exportFolder).toBe(out);
  });
});
