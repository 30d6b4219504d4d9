import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentOf, link, paragraph, sourceMark, text } from '../../../support/documents';
import { nuErrors, SHARED } from '../../../support/checkers';
import { openTestServices, type TestServices } from '../../../support/services';
import { relatedArticle, relatedUrl } from '../../../support/export-fixture';
import { tempFolder } from '../../../support/temp-folder';

const vectors = fs
  .readFileSync(path.join(SHARED, 'fixtures/paste/xss-vectors.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

describe('export safety (R5)', () => {
  it('prints every XSS vector stored in text, link and metadata as inert text, with no unsafe URL', async () => {
    const created = await services.ok('articles.create', {});
    // A related article whose headline is hostile: the export prints that headline as the link's title.
    const other = await services.ok('articles.create', { headline: vectors[2]!, status: 'published' });
    const hostileUrls = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ];
    await services.ok('articles.save', {
      ...created,
      headline: vectors[0]!,
      lead: vectors[1]!,
      rubric: '<script>alert(1)</script>',
      writers: ['<img src=x onerror=alert(1)>'],
      tags: ['"><svg onload=alert(1)>'],
      dateline: { prefix: '</title><script>alert(1)</script>', place: 'x' },
      body: documentOf(
        ...vectors.map((vector) => paragraph(text(vector))),
        ...hostileUrls.map((url) => paragraph(link(url, text(`tautan ${url}`)))),
        ...vectors.map((vector, index) => relatedUrl(`https://example.com/${index}?q="><x>`, vector)),
        relatedArticle(other.id, 'x'),
      ),
    });
    const out = tempFolder('redaksi-xss');
    const { folder, warnings } = await services.ok('export.run', {
      id: created.id,
      folder: out,
      zip: false,
      acceptWarnings: true,
    });
    expect(warnings.filter((w) => w.code === 'UNSAFE_LINK')).toHaveLength(hostileUrls.length);

    const html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    // The one script element allowed is the JSON-LD data block.
    expect(html.match(/<script/gi)).toEqual(['<script']);
    expect(html).toContain('<script type="application/ld+json">');
    const withoutJsonLd = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    // Text is escaped, so every "<" left is a real tag: check the tags themselves.
    const tags = withoutJsonLd.match(/<[a-zA-Z][^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(10);
    for (const tag of tags) {
      expect(tag).not.toMatch(/^<(iframe|object|embed|svg|math|form|img|style|script)\b/i);
      // Values are escaped (no raw quote inside), so blanking them leaves only attribute names.
      expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/(href|src|action|data)\s*=\s*"\s*(javascript|vbscript|data|file):/i);
    }
    // The visible text survives, escaped.
    expect(html).toContain('Hover text from Word');
    expect(html).toContain(
      '&lt;p&gt;Kirby said &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;nothing.&lt;/p&gt;',
    );
    expect(html).toContain('tautan javascript:alert(1)');
    // Related links: hostile titles and the other article's hostile headline are text, the address escaped.
    expect(html).toContain(
      '<span class="read-also">Baca juga:</span> <a href="https://example.com/0?q=%22%3E%3Cx%3E" dir="auto">',
    );
    expect(html.match(/class="read-also"/g)).toHaveLength(vectors.length + 1);
    expect(await nuErrors([path.join(folder, 'index.html')])).toEqual([]);
  }, 60_000);
});

describe('link addresses in the package', () => {
  it('percent-encodes what a URL may not hold, so odd but harmless links stay and the page is valid', async () => {
    const created = await services.ok('articles.create', { headline: 'Tautan aneh', lead: 'Lead.' });
    const links: Array<[string, string]> = [
      ['https://www.voanews.com/a/kim putin-rocket', 'https://www.voanews.com/a/kim%20putin-rocket'],
      ['https://ex.com/ü?q=a|b', 'https://ex.com/%C3%BC?q=a%7Cb'],
      ['mailto:a@b.c?subject="x"&body=<y>', 'mailto:a@b.c?subject=%22x%22&amp;body=%3Cy%3E'],
      ['https://ex.com/a"onmouseover="alert(1)', 'https://ex.com/a%22onmouseover=%22alert(1)'],
      ['https://ex.com/a%zz/[b]^c#x#y', 'https://ex.com/a%25zz/%5Bb%5D%5Ec#x%23y'],
      ['/berita/banjir medan', '/berita/banjir%20medan'],
    ];
    await services.ok('articles.save', {
      ...created,
      body: documentOf(
        ...links.map(([url], index) => paragraph(link(url, text(`tautan ${index}`)))),
        paragraph(link('', text('tanpa alamat'))),
        paragraph(link('https://exa mple.com', text('alamat rusak'))),
      ),
    });
    const { folder, warnings } = await services.ok('export.run', {
      id: created.id,
      folder: tempFolder('redaksi-links'),
      zip: false,
      acceptWarnings: true,
    });
    const html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    for (const [index, [, href]] of links.entries())
      expect(html).toContain(`<a href="${href}">tautan ${index}</a>`);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'UNSAFE_LINK',
        message: 'A link without an address was dropped (its text, "tanpa alamat", stays).',
      }),
      // An https address that is no address at all is not called unsafe: it is broken.
      expect.objectContaining({
        code: 'UNSAFE_LINK',
        wording: { key: 'export.badLink', values: { url: 'https://exa mple.com' } },
      }),
    ]);
    expect(html).toContain('<p>alamat rusak</p>');
    expect(html).toContain('<p>tanpa alamat</p>');
    expect(await nuErrors([path.join(folder, 'index.html')])).toEqual([]);
  }, 60_000);

  it('drops a link, related link or source address naming a user or password, with a warning, and prints no password', async () => {
    const source = await services.ok('sources.create', {
      kind: 'organisation',
      name: 'Arsip',
      url: 'https://arsip:rahasia@arsip.example/berita',
    });
    const created = await services.ok('articles.create', { headline: 'Tautan berkredensial', lead: 'Lead.' });
    await services.ok('articles.save', {
      ...created,
      body: documentOf(
        paragraph(text('Lihat '), link('https://user:rahasia@example.com/', text('arsip')), text('.')),
        // Written as a link may be: a direction mark before it, a host that does not parse.
        paragraph(link('\u200ehttps://user:rahasia@example.com/x', text('satu'))),
        paragraph(link('https://user:rahasia@exa mple.com', text('dua'))),
        paragraph(sourceMark(source.id, text('Menurut arsip.'))),
        relatedUrl('https://editor:rahasia@example.com/baca', 'Baca'),
      ),
    });
    const check = await services.ok('export.preflight', { id: created.id });
    expect(check.errors).toEqual([]);
    const refused = check.warnings.filter((warning) => warning.code === 'LINK_CREDENTIALS');
    expect(refused.map((warning) => warning.wording).sort((a, b) => a!.key.localeCompare(b!.key))).toEqual([
      { key: 'export.credentialsLink', values: { url: 'https://example.com/' } },
      { key: 'export.credentialsLink', values: { url: 'https://example.com/x' } },
      { key: 'export.credentialsLink', values: { url: 'https://exa mple.com' } },
      { key: 'export.credentialsSourceLink', values: { name: 'Arsip' } },
      { key: 'export.relatedCredentials', values: { title: 'Baca' } },
    ]);
    expect(check.warnings.map((warning) => warning.message).join(' ')).not.toContain('rahasia');

    const { folder } = await services.ok('export.run', {
      id: created.id,
      folder: tempFolder('redaksi-credentials'),
      zip: false,
      acceptWarnings: true,
    });
    const html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    const json = fs.readFileSync(path.join(folder, 'article.json'), 'utf8');
    expect(html).not.toContain('rahasia');
    expect(json).not.toContain('rahasia');
    expect(html).toContain('<p>Lihat arsip.</p>');
    expect(html).not.toContain('Baca juga');
    expect(await nuErrors([path.join(folder, 'index.html')])).toEqual([]);
  }, 60_000);
});
