import fs from 'node:fs';
import path from 'node:path';
import type { ArticleStatus } from '../../../../../shared/api/article';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentOf, list, listItem, paragraph, text } from '../../../support/documents';
import {
  createFullArticle,
  RELATED_HEADLINE,
  RELATED_URL,
  relatedArticle,
  relatedUrl,
} from '../../../support/export-fixture';
import { NO_RELATED_ARTICLES, planRelatedLinks } from '../../../../../electron/services/export/related';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

const MISSING = '5d0c4c9e-7f1a-4b7e-9c11-000000000000';
const read = (folder: string, file: string) => fs.readFileSync(path.join(folder, file), 'utf8');
const codes = (issues: Array<{ code: string }>) => issues.map((issue) => issue.code).sort();

async function article(
  headline: string,
  body: ReturnType<typeof documentOf>,
  status: ArticleStatus = 'ready',
) {
  const created = await services.ok('articles.create', { headline, lead: 'Lead.', status });
  await services.ok('articles.save', { ...created, body });
  return services.ok('articles.get', { id: created.id });
}

describe('related links in the export', () => {
  it('prints "Baca juga:" where the editor placed each link, with the other article’s current headline, and lists them again after the body on every page', async () => {
    const full = await createFullArticle(services);
    const { folder } = await services.ok('export.run', {
      id: full.id,
      folder: tempFolder('redaksi-related'),
      zip: false,
      acceptWarnings: true,
    });
    const [target] = await services.ok('articles.list', { query: RELATED_HEADLINE });
    // Relative to the package: the other article's package sits beside this one.
    const inner = `<a href="../${target!.slug}/index.html">${RELATED_HEADLINE}</a>`;
    // The address as typed had a space: published percent-encoded, as HTML wants it.
    expect(RELATED_URL).toContain(' ');
    const outer = `<a href="https://www.voanews.com/a/kim%20putin-rocket">Roket &lt;b&gt;Kim&lt;/b&gt; &amp; Putin</a>`;
    const first = read(folder, 'index.html');
    // On the line, after the label, the title runs in its own direction (dir="auto").
    const onLine = (link: string) => link.replace('">', '" dir="auto">');
    expect(first).toContain(
      `<p class="related"><span class="read-also">Baca juga:</span> ${onLine(inner)}</p>`,
    );
    // The title stored when the link was made gave way to the article's headline now.
    expect(first).not.toContain('Judul lama');
    const last = read(folder, 'page-3.html');
    expect(last).toContain(
      `<p class="related"><span class="read-also">Baca juga:</span> ${onLine(outer)}</p>`,
    );
    const section = /<section class="related-links">([\s\S]*?)<\/section>/.exec(last)![1]!;
    expect(section).toContain('<h2>Baca juga:</h2>');
    expect(section).toContain(`<li>${inner}</li><li>${outer}</li>`);
    // Body → related links → sources → pagination (EXPORT.md's structure) on every page and all.html.
    for (const file of ['index.html', 'page-2.html', 'page-3.html', 'all.html']) {
      const html = read(folder, file);
      const list = /<section class="related-links">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      expect(list, file).toContain(`<li>${inner}</li><li>${outer}</li>`);
      const places = ['class="article-body"', 'class="related-links"', 'class="sources"', '<nav'].map(
        (mark) => html.indexOf(mark),
      );
      expect(
        places.every((at) => at > 0),
        file,
      ).toBe(true);
      expect(places, file).toEqual([...places].sort((a, b) => a - b));
    }
  });

  it('links to the other article’s canonical page when the publication has a base URL', async () => {
    await services.ok('settings.update', { publication: { baseUrl: 'https://medan.example.id/berita/' } });
    const target = await article('Harga Cabai Naik', documentOf(paragraph(text('Isi.'))), 'published');
    const source = await article(
      'Pasar Ramai',
      documentOf(paragraph(text('Pasar ramai.')), relatedArticle(target.id, 'Harga Cabai Naik')),
    );
    const { folder } = await services.ok('export.run', {
      id: source.id,
      folder: tempFolder('redaksi-related'),
      zip: false,
      acceptWarnings: true,
    });
    expect(read(folder, 'index.html')).toContain(
      '<a href="https://medan.example.id/berita/harga-cabai-naik/index.html">Harga Cabai Naik</a>',
    );
  });

  it('blocks the export for a link to an article that no longer exists, and warns about a draft', async () => {
    const draft = await article('Masih Draf', documentOf(paragraph(text('Isi.'))), 'draft');
    const broken = await article(
      'Tautan rusak',
      documentOf(
        paragraph(text('Isi berita.')),
        relatedArticle(MISSING, 'Artikel yang dihapus'),
        relatedArticle(draft.id, 'Masih Draf'),
      ),
    );
    const check = await services.ok('export.preflight', { id: broken.id });
    expect(codes(check.errors)).toEqual(['BROKEN_RELATED_LINK']);
    expect(check.errors[0]!.message).toContain(
      '“Artikel yang dihapus” points to an article that no longer exists',
    );
    expect(codes(check.warnings)).toContain('RELATED_DRAFT');
    const refused = await services.fails('export.run', {
      id: broken.id,
      folder: tempFolder(),
      zip: false,
      acceptWarnings: true,
    });
    expect(refused.code).toBe('EXPORT_FAILED');
  });

  it('blocks the export for a link to the article itself (a "Read also" line pasted back into its own article)', async () => {
    const created = await services.ok('articles.create', { headline: 'Banjir rob', lead: 'Lead.' });
    await services.ok('articles.save', {
      ...created,
      body: documentOf(paragraph(text('Isi berita.')), relatedArticle(created.id, 'Banjir rob')),
    });
    const check = await services.ok('export.preflight', { id: created.id });
    expect(codes(check.errors)).toEqual(['RELATED_SELF']);
    expect(check.errors[0]!.message).toContain('“Banjir rob” points to this article itself');
  });

  it('drops, with a warning, an address that is not a web page should one reach the export', async () => {
    const stored = await article('Tautan', documentOf(paragraph(text('Isi berita.'))));
    // Saves refuse such addresses; a body written by an older version or by hand may still carry one.
    const body = documentOf(
      paragraph(text('Isi berita.')),
      relatedUrl('data:text/html,<script>alert(1)</script>', 'Bahaya'),
      relatedUrl('https://example.com/berita terbaru', 'Aman'),
    );
    const profile = (await services.ok('settings.get', {})).publication;
    const planned = planRelatedLinks({ ...stored, body }, profile, NO_RELATED_ARTICLES);
    expect(codes(planned.issues)).toEqual(['UNSAFE_LINK']);
    expect([...planned.links.values()]).toEqual([
      { title: 'Aman', href: 'https://example.com/berita%20terbaru' },
    ]);
  });

  it('publishes a related link a paste left inside a list item, where it stands', async () => {
    const nested = await article(
      'Tautan dalam daftar',
      documentOf(
        list('bullet', listItem(text('Poin satu'), relatedUrl('https://example.com/a', 'Berita A'))),
      ),
    );
    const { folder } = await services.ok('export.run', {
      id: nested.id,
      folder: tempFolder('redaksi-related'),
      zip: false,
      acceptWarnings: true,
    });
    expect(read(folder, 'index.html')).toContain(
      '<li>Poin satu<p class="related"><span class="read-also">Baca juga:</span> <a href="https://example.com/a" dir="auto">Berita A</a></p></li>',
    );
  });

  it('refuses to save a related link without a target, to an address that is not a web page, or inside a paragraph', async () => {
    const created = await services.ok('articles.create', {});
    const refusal = async (body: ReturnType<typeof documentOf>) => {
      const refused = await services.fails('articles.save', { ...created, body });
      expect(refused.code).toBe('VALIDATION');
      return refused.message;
    };
    expect(
      await refusal(documentOf(paragraph(text('Isi.')), { type: 'related-link', version: 1, title: 'x' })),
    ).toContain('names neither an article nor a web address');
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.com/a', '/relatif'])
      expect(await refusal(documentOf(relatedUrl(url, 'x')))).toContain(
        'must be a web address starting with http:// or https://',
      );
    expect(
      await refusal(documentOf(paragraph(text('Isi '), relatedUrl('https://example.com', 'x')))),
    ).toContain('can stand only between paragraphs or in a list item');
  });
});
