import { afterEach, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../../../shared/editor/document';
import { toFtsQuery } from '../../../../../electron/services/articles/search';
import { joinedForms, partsOf } from '../../../../../shared/text/joined';
import { documentOf, paragraph, paragraphs, sourceMark, text } from '../../../support/documents';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices;
afterEach(() => s?.close());

async function write(headline: string, body: StoredDocument, tags: string[] = []): Promise<string> {
  const created = await s.ok('articles.create', { headline });
  await s.ok('articles.save', { ...created, body, tags });
  return created.id;
}
const found = async (query: string) =>
  (await s.ok('articles.list', { query })).map((summary) => summary.headline).sort();

describe('words written with or without an apostrophe or hyphen (Jum’at / Jumat, e-KTP / eKTP)', () => {
  it('finds either spelling from the other, in the body, headline and tags', async () => {
    s = await openTestServices();
    await write('Salat Jum’at di Istiqlal', paragraphs('Jemaah memadati masjid.'));
    await write('Jadwal pekan ini', paragraphs('Rapat digelar hari Jumat pagi.'));
    await write('Blanko e-KTP habis', paragraphs('Warga menunggu.'), ['e-KTP']);
    await write('Perekaman', paragraphs('Perekaman eKTP dibuka lagi.'));
    await write('Lainnya', paragraphs('Jum saja, tanpa at.'));

    const fridays = ['Jadwal pekan ini', 'Salat Jum’at di Istiqlal'];
    expect(await found('jumat')).toEqual(fridays);
    expect(await found("Jum'at")).toEqual(fridays);
    expect(await found('jum’at ')).toEqual(fridays);
    expect(await found('ektp')).toEqual(['Blanko e-KTP habis', 'Perekaman']);
    expect(await found('e-KTP')).toEqual(['Blanko e-KTP habis', 'Perekaman']);
    // Still a prefix while typed, and the parts alone still find the marked word.
    expect(await found('eKT')).toEqual(['Blanko e-KTP habis', 'Perekaman']);
    expect(await found('KTP habis')).toEqual(['Blanko e-KTP habis']);
    // With other words before and after the marked one.
    expect(await found("salat jum'at di")).toEqual(['Salat Jum’at di Istiqlal']);
    expect(await found('blanko e-KTP habis')).toEqual(['Blanko e-KTP habis']);
    expect(await found('perekaman e-KTP dibuka')).toEqual(['Perekaman']);
  });

  it('finds a source name and a caption by the other spelling, after renames and caption edits too', async () => {
    s = await openTestServices();
    const source = await s.ok('sources.create', { kind: 'person', name: 'Ma’ruf Amin' });
    const quoted = await write(
      'Wapres berpesan',
      documentOf(paragraph(sourceMark(source.id, text('“Jaga persatuan,” katanya.')))),
    );
    expect(await found('maruf')).toEqual(['Wapres berpesan']);
    await s.ok('sources.update', { id: source.id, name: 'K.H. Ma’ruf Amin' });
    expect(await found('maruf amin')).toEqual(['Wapres berpesan']);

    const photo = addLibraryPhoto(s, { caption: 'JAKARTA: Pameran mushaf Al-Qur’an.' });
    const article = await s.ok('articles.get', { id: quoted });
    await s.ok('articles.save', { ...article, featuredPhotoId: photo });
    expect(await found('alquran')).toEqual(['Wapres berpesan']);
    await s.ok('photos.update', { id: photo, caption: 'JAKARTA: Pameran kaligrafi.' });
    expect(await found('alquran')).toEqual([]);
    expect(await found('kaligrafi')).toEqual(['Wapres berpesan']);
  });

  it('shows the article’s own words around the word found, never the run-together words', async () => {
    s = await openTestServices();
    await write('Libur', paragraphs('Kantor tutup pada hari Jum’at dan Sabtu.'));
    const [byVariant] = await s.ok('articles.list', { query: 'jumat' });
    expect(byVariant!.headline).toBe('Libur');
    expect(byVariant!.snippet).toBe('Kantor tutup pada hari Jum’at dan Sabtu.');
    // Still being typed: the word matches as a prefix, as the search does.
    const [typing] = await s.ok('articles.list', { query: 'juma' });
    expect(typing!.snippet).toBe('Kantor tutup pada hari Jum’at dan Sabtu.');
    const [byParts] = await s.ok('articles.list', { query: 'Jum’at' });
    expect(byParts!.snippet).toContain('Jum’at');
  });

  it('finds a word pasted with a soft hyphen or a zero-width space inside by the word, and counts it once', async () => {
    s = await openTestServices();
    const body = 'Warga mem\u00adbersihkan lum\u200bpur di Kelurahan Pandan.';
    const id = await write('Longsor', paragraphs(body));
    expect(await found('membersihkan')).toEqual(['Longsor']);
    expect(await found('lumpur')).toEqual(['Longsor']);
    expect(await found('membersih')).toEqual(['Longsor']);
    const [hit] = await s.ok('articles.list', { query: 'membersihkan' });
    expect(hit!.snippet).toBe(body);
    expect((await s.ok('articles.get', { id })).wordCount).toBe(6);
  });

  it('never builds the snippet from the headline: a headline-only match shows the opening words, for either spelling', async () => {
    s = await openTestServices();
    const long = Array.from({ length: 30 }, (_, index) => `kata${index}`).join(' ');
    await write('Salat Jum’at di Istiqlal', paragraphs(`Jemaah memadati masjid sejak pagi. ${long}`));
    for (const query of ["Jum'at", 'Jum’at', 'jumat', 'juma', 'istiqlal', 'salat jumat']) {
      const [summary] = await s.ok('articles.list', { query });
      expect(summary!.headline).toBe('Salat Jum’at di Istiqlal');
      expect(summary!.snippet).toMatch(/^Jemaah memadati masjid sejak pagi\. kata0 .*…$/);
      expect(summary!.snippet).not.toMatch(/Istiqlal|Salat/);
    }
    // A word of the body still shows the words around it, even with a headline word in the query.
    const [both] = await s.ok('articles.list', { query: 'istiqlal kata20' });
    expect(both!.snippet).toContain('kata20');
    expect(both!.snippet).not.toContain('Istiqlal');
  });
});

describe('the query and the index forms', () => {
  it('asks for the parts in a row or the run-together form', () => {
    expect(toFtsQuery("Jum'at")).toBe('("Jum at"* OR "Jumat"*)');
    expect(toFtsQuery('banjir e-KTP ')).toBe('"banjir" AND ("e KTP" OR "eKTP")');
    expect(toFtsQuery('anak-anak-')).toBe('("anak anak"* OR "anakanak"*)');
    expect(partsOf('Ma’ruf')).toEqual(['Ma', 'ruf']);
  });

  it('lists each run-together form once, lower case, from every text', () => {
    expect(joinedForms(['Jum’at dan JUM’AT', 'e-KTP, anak‐anak; kata biasa', "Qur'an"])).toEqual([
      'jumat',
      'ektp',
      'anakanak',
      'quran',
    ]);
    expect(joinedForms(['tanpa tanda', '- lepas -', "'kutip'"])).toEqual([]);
  });
});
