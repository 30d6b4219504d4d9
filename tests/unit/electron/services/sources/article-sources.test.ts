import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../../../shared/editor/document';
import { documentOf, paragraph, paragraphs, sourceMark, text } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

async function article(body: StoredDocument, fields: { headline?: string; tags?: string[] } = {}) {
  const created = await services.ok('articles.create', {});
  await services.ok('articles.save', { ...created, headline: 'Judul', ...fields, body });
  return services.ok('articles.get', { id: created.id });
}
const person = (name: string) => services.ok('sources.create', { kind: 'person', name });
const listed = (sourcing: {
  entries: Array<{ source: { name: string }; role: string; byHand: boolean; tags: number }>;
}) =>
  sourcing.entries.map((entry) => [
    entry.source.name,
    entry.role,
    entry.byHand ? 'by hand' : `${entry.tags} tags`,
  ]);

describe("an article's sources", () => {
  it('are derived from the tags in the saved body, kept in step with every save', async () => {
    const sullivan = await person('Jake Sullivan');
    const kremlin = await services.ok('sources.create', { kind: 'organisation', name: 'Kremlin' });
    const saved = await article(
      documentOf(
        paragraph(
          sourceMark(sullivan.id, text('“Kami sangat prihatin atas hal ini,”')),
          text(' kata Sullivan.'),
        ),
        paragraph(text('Pertemuan berlangsung '), sourceMark(kremlin.id, text('empat jam')), text('.')),
      ),
    );
    expect(listed(await services.ok('articles.sources', { id: saved.id }))).toEqual([
      ['Jake Sullivan', 'quoted', '1 tags'],
      ['Kremlin', 'cited', '1 tags'],
    ]);
    await services.ok('articles.save', { ...saved, body: paragraphs('Semua tanda sumber dihapus.') });
    expect(listed(await services.ok('articles.sources', { id: saved.id }))).toEqual([]);
    expect((await services.ok('sources.list', {})).map((source) => source.usageCount)).toEqual([0, 0]);
  });

  it('add sources by hand with a role; the origin and the "Dikutip dari" line follow from the syndicated ones', async () => {
    const voa = await services.ok('sources.create', { kind: 'outlet', name: 'Voice of America (VoA)' });
    const doc = await services.ok('sources.create', { kind: 'document', name: 'Resolusi DK PBB 2270' });
    const saved = await article(paragraphs('Isi berita.'));
    const own = await services.ok('articles.sources', { id: saved.id });
    expect(own).toMatchObject({ entries: [], origin: 'own', quotedFrom: '', quotedFromGenerated: '' });

    const sourcing = await services.ok('articles.setSources', {
      id: saved.id,
      byHand: [
        { sourceId: voa.id, role: 'syndicated' },
        { sourceId: doc.id, role: 'cited' },
      ],
      quotedFrom: '',
    });
    expect(listed(sourcing)).toEqual([
      ['Voice of America (VoA)', 'syndicated', 'by hand'],
      ['Resolusi DK PBB 2270', 'cited', 'by hand'],
    ]);
    expect(sourcing).toMatchObject({
      origin: 'syndicated',
      quotedFromGenerated: 'Dikutip dari Voice of America (VoA)',
    });

    const edited = await services.ok('articles.setSources', {
      id: saved.id,
      byHand: [{ sourceId: voa.id, role: 'syndicated' }],
      quotedFrom: '  Dikutip dari siaran berita Voice of America (VoA)  ',
    });
    expect(edited.quotedFrom).toBe('Dikutip dari siaran berita Voice of America (VoA)');
    // A later body save leaves what was added by hand alone.
    await services.ok('articles.save', {
      ...(await services.ok('articles.get', { id: saved.id })),
      headline: 'Baru',
    });
    expect(listed(await services.ok('articles.sources', { id: saved.id }))).toEqual([
      ['Voice of America (VoA)', 'syndicated', 'by hand'],
    ]);
  });

  it("keep another window's changes: each window sends what it changed since it last looked", async () => {
    const budi = await person('Budi Santoso');
    const kompas = await services.ok('sources.create', { kind: 'outlet', name: 'Kompas' });
    const antara = await services.ok('sources.create', { kind: 'agency', name: 'Antara' });
    const saved = await article(paragraphs('Isi berita.'));
    const { updatedAt } = await services.ok('articles.get', { id: saved.id });
    await services.ok('articles.setSources', {
      id: saved.id,
      byHand: [{ sourceId: antara.id, role: 'cited' }],
      quotedFrom: 'Dikutip dari Antara.',
    });
    const seen = [{ sourceId: antara.id, role: 'cited' as const }];

    // Window A adds Budi; window B, which saw the same list, adds Kompas and re-roles Antara.
    await services.ok('articles.setSources', {
      id: saved.id,
      byHand: [...seen, { sourceId: budi.id, role: 'quoted' }],
      basedOn: seen,
    });
    const both = await services.ok('articles.setSources', {
      id: saved.id,
      byHand: [
        { sourceId: antara.id, role: 'syndicated' },
        { sourceId: kompas.id, role: 'cited' },
      ],
      basedOn: seen,
    });
    // Antara keeps its place with its new role.
    expect(listed(both)).toEqual([
      ['Antara', 'syndicated', 'by hand'],
      ['Budi Santoso', 'quoted', 'by hand'],
      ['Kompas', 'cited', 'by hand'],
    ]);
    // The line neither window sent is kept.
    expect(both.quotedFrom).toBe('Dikutip dari Antara.');

    // A removes Antara, which it saw: it goes; B's Kompas, which A never saw, stays.
    const afterA = await services.ok('articles.setSources', {
      id: saved.id,
      byHand: [{ sourceId: budi.id, role: 'quoted' }],
      basedOn: [...seen, { sourceId: budi.id, role: 'quoted' }],
    });
    expect(listed(afterA)).toEqual([
      ['Budi Santoso', 'quoted', 'by hand'],
      ['Kompas', 'cited', 'by hand'],
    ]);

    // The article counts as changed: it moves up the list and its package's time follows.
    const after = await services.ok('articles.get', { id: saved.id });
    expect(after.updatedAt > updatedAt).toBe(true);
    expect(after.revision).toBe(saved.revision);
  });

  it('writes the generated line in the publication language', async () => {
    await services.ok('settings.update', { publication: { language: 'en' } });
    const voa = await services.ok('sources.create', { kind: 'outlet', name: 'VoA' });
    const afp = await services.ok('sources.create', { kind: 'agency', name: 'AFP' });
    const saved = await article(paragraphs('Body.'));
    const sourcing = await services.ok('articles.setSources', {
      id: saved.id,
      byHand: [
        { sourceId: voa.id, role: 'syndicated' },
        { sourceId: afp.id, role: 'syndicated' },
      ],
      quotedFrom: '',
    });
    expect(sourcing.quotedFromGenerated).toBe('Quoted from VoA and AFP');
  });

  it('refuses a source added twice, an unknown source and a malformed tag, changing nothing', async () => {
    const voa = await services.ok('sources.create', { kind: 'outlet', name: 'VoA' });
    const saved = await article(paragraphs('Isi.'));
    const twice = await services.fails('articles.setSources', {
      id: saved.id,
      byHand: [
        { sourceId: voa.id, role: 'syndicated' },
        { sourceId: voa.id, role: 'cited' },
      ],
      quotedFrom: '',
    });
    expect(twice.message).toContain('only once per article');
    const gone = await services.fails('articles.setSources', {
      id: saved.id,
      byHand: [{ sourceId: '6f1c2a7e-4b1d-4c8e-9a37-2f0d5e8b1c44', role: 'cited' }],
      quotedFrom: 'Dikutip dari X',
    });
    expect(gone.code).toBe('NOT_FOUND');
    expect(await services.ok('articles.sources', { id: saved.id })).toMatchObject({
      entries: [],
      quotedFrom: '',
    });

    const malformed = await services.fails('articles.save', {
      ...saved,
      body: documentOf(paragraph(sourceMark('not-a-uuid', text('kata dia')))),
    });
    expect(malformed).toMatchObject({ code: 'VALIDATION' });
    const nested = await services.fails('articles.save', {
      ...saved,
      body: documentOf(paragraph(sourceMark(voa.id, text('a '), sourceMark(voa.id, text('b'))))),
    });
    expect(nested.message).toContain('overlap');
    expect((await services.ok('articles.get', { id: saved.id })).revision).toBe(saved.revision);
  });
});

describe('the article list', () => {
  it('filters by source (tagged or added by hand) and by tag, and suggests tags already used', async () => {
    const sullivan = await person('Jake Sullivan');
    const voa = await services.ok('sources.create', { kind: 'outlet', name: 'VoA' });
    const tagged = await article(
      documentOf(paragraph(sourceMark(sullivan.id, text('“Kami prihatin sekali,” katanya.')))),
      {
        headline: 'Washington prihatin',
        tags: ['Korea Utara', 'Amerika Serikat'],
      },
    );
    const listedByHand = await article(paragraphs('Isi.'), {
      headline: 'Dari VoA',
      tags: ['Korea Utara', 'Rusia'],
    });
    await services.ok('articles.setSources', {
      id: listedByHand.id,
      byHand: [{ sourceId: voa.id, role: 'syndicated' }],
      quotedFrom: '',
    });
    await article(paragraphs('Lain.'), { headline: 'Banjir di Medan', tags: ['Cuaca'] });

    const headlines = async (input: { tag?: string; sourceId?: string; query?: string }) =>
      (await services.ok('articles.list', input)).map((summary) => summary.headline).sort();
    expect(await headlines({ sourceId: sullivan.id })).toEqual([tagged.headline]);
    expect(await headlines({ sourceId: voa.id })).toEqual([listedByHand.headline]);
    expect(await headlines({ tag: 'korea utara' })).toEqual(['Dari VoA', 'Washington prihatin']);
    expect(await headlines({ tag: 'Korea Utara', sourceId: voa.id })).toEqual(['Dari VoA']);
    expect(await headlines({ tag: 'Korea', query: 'prihatin' })).toEqual([]);
    // A tag asked for as it might be typed (two spaces, a no-break space) is the tag stored tidied.
    expect(await headlines({ tag: ' korea  utara' })).toEqual(['Dari VoA', 'Washington prihatin']);
    expect(await headlines({ tag: 'Korea\u00a0Utara', sourceId: voa.id })).toEqual(['Dari VoA']);

    expect(await services.ok('articles.tags', {})).toEqual([
      'Korea Utara',
      'Amerika Serikat',
      'Cuaca',
      'Rusia',
    ]);
    expect(await services.ok('articles.tags', { prefix: 'ru' })).toEqual(['Rusia']);
    expect(await services.ok('articles.tags', { prefix: 'korea\u00a0 u' })).toEqual(['Korea Utara']);
    expect(await services.ok('articles.tags', { prefix: '%' })).toEqual([]);
  });
});
