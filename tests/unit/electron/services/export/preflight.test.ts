import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentOf, paragraph, paragraphs, text } from '../../../support/documents';
import { pageBreak } from '../../../support/export-fixture';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

async function article(
  fields: { headline?: string; lead?: string },
  body = paragraphs('Isi berita yang cukup.'),
) {
  const created = await services.ok('articles.create', {});
  await services.ok('articles.save', { ...created, headline: 'Judul', lead: 'Lead.', ...fields, body });
  return created.id;
}
const codes = (issues: Array<{ code: string }>) => issues.map((issue) => issue.code).sort();
const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

describe('export preflight', () => {
  it('blocks an article without a headline and says why', async () => {
    const id = await article({ headline: '' });
    const check = await services.ok('export.preflight', { id });
    expect(codes(check.errors)).toEqual(['NO_HEADLINE']);
    const refused = await services.fails('export.run', {
      id,
      folder: tempFolder(),
      zip: false,
      acceptWarnings: true,
    });
    expect(refused.code).toBe('EXPORT_FAILED');
    expect(refused.message).toContain('The article has no headline.');
  });

  it('warns about a missing lead, a long headline and leftover placeholders, and exports once accepted', async () => {
    const id = await article(
      { headline: `${'Sangat panjang '.repeat(9)}TK`, lead: '' },
      paragraphs('Angka korban XXX orang [...]'),
    );
    const check = await services.ok('export.preflight', { id });
    expect(check.errors).toEqual([]);
    expect(codes(check.warnings)).toEqual(['LONG_HEADLINE', 'NO_LEAD', 'PLACEHOLDER']);
    const folder = tempFolder();
    expect(
      (await services.fails('export.run', { id, folder, zip: false, acceptWarnings: false })).message,
    ).toMatch(/warnings/);
    expect(
      (await services.ok('export.run', { id, folder, zip: false, acceptWarnings: true })).warnings,
    ).toHaveLength(3);
  });

  it('does not mistake words that contain TK or XXX for placeholders', async () => {
    const id = await article({}, paragraphs('Warga TKI dan ATKI pulang; XXXL ukuran baju.'));
    expect(codes((await services.ok('export.preflight', { id })).warnings)).toEqual([]);
  });

  it('finds an empty page as an error and a page under 100 words as a warning', async () => {
    const empty = await article(
      {},
      documentOf(paragraph(text(words(120))), pageBreak(), pageBreak(), paragraph(text(words(120)))),
    );
    expect(codes((await services.ok('export.preflight', { id: empty })).errors)).toEqual(['EMPTY_PAGE']);
    const short = await article(
      {},
      documentOf(paragraph(text(words(120))), pageBreak(), paragraph(text(words(20)))),
    );
    const check = await services.ok('export.preflight', { id: short });
    expect(check.errors).toEqual([]);
    expect(check.warnings.map((w) => w.message)).toEqual(['Page 2 has only 20 words.']);
  });

  it('suggests the last export folder of the publication', async () => {
    const id = await article({});
    const folder = tempFolder();
    await services.ok('export.run', { id, folder, zip: false, acceptWarnings: true });
    expect((await services.ok('export.preflight', { id })).suggestedFolder).toBe(folder);
  });
});
