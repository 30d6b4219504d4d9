import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nuErrors, ninjsValidator } from '../../../support/checkers';
import { documentOf, paragraph, quote, sourceMark, text } from '../../../support/documents';
import { pageBreak } from '../../../support/export-fixture';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices;
let out: string;
beforeEach(async () => {
  services = await openTestServices();
  out = tempFolder('redaksi-export');
  await services.ok('settings.update', { publication: { name: 'Tribun Medan', language: 'id' } });
});
afterEach(() => services.close());

const read = (folder: string, file: string) => fs.readFileSync(path.join(folder, file), 'utf8');
const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
const MARKUP_NAME = '<img src=x onerror=alert(1)> Humas "Polda" & <b>Sumut</b>';

async function sourcedArticle() {
  const sullivan = await services.ok('sources.create', {
    kind: 'person',
    name: 'Jake Sullivan',
    role: 'juru bicara',
    organisation: 'Dewan Keamanan Nasional AS',
    url: 'https://www.whitehouse.gov/nsc/',
  });
  const humas = await services.ok('sources.create', {
    kind: 'organisation',
    name: MARKUP_NAME,
    url: 'javascript:alert(1)',
  });
  const voa = await services.ok('sources.create', {
    kind: 'outlet',
    name: 'Voice of America (VoA)',
    url: 'https://www.voanews.com/a/kim-putin',
  });
  const created = await services.ok('articles.create', {});
  await services.ok('articles.save', {
    ...created,
    headline: 'Kim dan Putin bertemu',
    lead: 'Washington prihatin.',
    body: documentOf(
      paragraph(
        sourceMark(sullivan.id, text('“Kami sangat prihatin atas pertemuan ini,”')),
        text(' kata Sullivan.'),
        text(` ${words(60)}`),
      ),
      pageBreak(),
      paragraph(text('Menurut '), sourceMark(humas.id, text('polisi')), text(`, situasi aman. ${words(60)}`)),
      quote(text('Kerja sama ini tidak mengancam siapa pun di kawasan')),
    ),
  });
  await services.ok('articles.setSources', {
    id: created.id,
    byHand: [{ sourceId: voa.id, role: 'syndicated' }],
    quotedFrom: '',
  });
  return { id: created.id, sullivan, humas, voa };
}

describe('sources in the export package', () => {
  it('marks attributed spans, lists the sources with roles under "Sumber:" on every page, escaped, safe links only', async () => {
    const { id, sullivan, humas } = await sourcedArticle();
    const { folder } = await services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true });
    const first = read(folder, 'index.html');
    expect(first).toContain(
      `<span class="attributed" data-source="${sullivan.id}" title="Jake Sullivan">“Kami sangat prihatin atas pertemuan ini,”</span>`,
    );
    const last = read(folder, 'page-2.html');
    expect(last).toContain(
      `<span class="attributed" data-source="${humas.id}" title="&lt;img src=x onerror=alert(1)&gt; Humas &quot;Polda&quot; &amp; &lt;b&gt;Sumut&lt;/b&gt;">polisi</span>`,
    );
    const section = /<section class="sources">[\s\S]*?<\/section>/.exec(last)?.[0] ?? '';
    expect(section).toContain('<h2>Sumber:</h2>');
    expect(section).toContain('<p class="quoted-from">Dikutip dari Voice of America (VoA)</p>');
    expect(section).toContain(
      '<li><a href="https://www.whitehouse.gov/nsc/" class="source-name">Jake Sullivan</a>, juru bicara, Dewan Keamanan Nasional AS<span class="source-role"> (dikutip)</span></li>',
    );
    expect(section).toContain(
      '<li><span class="source-name">&lt;img src=x onerror=alert(1)&gt; Humas &quot;Polda&quot; &amp; &lt;b&gt;Sumut&lt;/b&gt;</span><span class="source-role"> (dirujuk)</span></li>',
    );
    expect(section).toContain('Voice of America (VoA)</a><span class="source-role"> (sindikasi)</span>');
    // Every page ends with the same Sources section (EXPORT.md's structure), page 1 and all.html too.
    for (const file of ['index.html', 'all.html']) {
      expect(/<section class="sources">[\s\S]*?<\/section>/.exec(read(folder, file))?.[0], file).toBe(
        section,
      );
    }
    for (const file of ['index.html', 'page-2.html', 'all.html']) {
      const html = read(folder, file);
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('javascript:');
    }
    expect(
      await nuErrors(['index.html', 'page-2.html', 'all.html'].map((file) => path.join(folder, file))),
    ).toEqual([]);
  }, 60_000);

  it('names the sources as JSON-LD citation and ninjs infoSources, valid against the ninjs schema', async () => {
    const { id } = await sourcedArticle();
    const { folder } = await services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true });
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(
      read(folder, 'index.html'),
    )![1]!;
    const data = JSON.parse(jsonLd) as { citation: Array<{ '@type': string; name: string }> };
    expect(data.citation).toEqual([
      { '@type': 'CreativeWork', name: 'Jake Sullivan' },
      { '@type': 'CreativeWork', name: MARKUP_NAME },
      { '@type': 'CreativeWork', name: 'Voice of America (VoA)' },
    ]);
    const ninjs = JSON.parse(read(folder, 'article.json')) as { infoSources: unknown };
    const validate = ninjsValidator();
    expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true);
    expect(ninjs.infoSources).toEqual([
      { name: 'Tribun Medan', role: 'publisher' },
      { name: 'Jake Sullivan', role: 'quoted', uri: 'https://www.whitehouse.gov/nsc/' },
      { name: MARKUP_NAME, role: 'cited' },
      { name: 'Voice of America (VoA)', role: 'syndicated', uri: 'https://www.voanews.com/a/kim-putin' },
    ]);
  }, 60_000);

  it('uses the editor\'s own "Dikutip dari" line when set, in the package language', async () => {
    const { id, voa } = await sourcedArticle();
    await services.ok('articles.setSources', {
      id,
      byHand: [{ sourceId: voa.id, role: 'syndicated' }],
      quotedFrom: 'Dikutip dari siaran berita <VoA>',
    });
    const { folder } = await services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true });
    expect(read(folder, 'page-2.html')).toContain(
      '<p class="quoted-from">Dikutip dari siaran berita &lt;VoA&gt;</p>',
    );
  });

  it('warns before export about a direct quote with no source, and drops an unsafe source address with a warning', async () => {
    const { id } = await sourcedArticle();
    const check = await services.ok('export.preflight', { id });
    const messages = check.warnings.map((warning) => warning.message);
    expect(messages).toContain(
      'A direct quote has no source: “Kerja sama ini tidak mengancam siapa pun di kawasan”',
    );
    expect(messages.filter((message) => message.startsWith('A direct quote has no source'))).toHaveLength(1);
    expect(check.warnings.find((warning) => warning.code === 'UNSAFE_LINK')?.message).toContain(
      'was dropped',
    );
    expect(check.errors).toEqual([]);
  });
});
