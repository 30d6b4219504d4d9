import { afterEach, describe, expect, it } from 'vitest';
import { splitForms } from '../../../../../shared/text/joined';
import { paragraphs } from '../../../support/documents';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices;
afterEach(() => s?.close());

const found = async (query: string) =>
  (await s.ok('articles.list', { query })).map((summary) => summary.headline).sort();

describe('a number written against letters (Rp14.000, COVID19, 5km)', () => {
  it('is found by the number alone, by its parts apart, and still as written', async () => {
    s = await openTestServices();
    const articles: Array<[string, string]> = [
      ['Harga beras naik', 'Harga naik menjadi Rp14.000 per kilogram.'],
      ['Harga cabai', 'Cabai dijual Rp 45.000 di pasar.'],
      ['Vaksin', 'Kasus COVID19 turun; jarak tempuh 5km.'],
      ['Lainnya', 'Tahun 2014 dan 000 saja.'],
    ];
    for (const [headline, body] of articles)
      await s.ok('articles.save', {
        ...(await s.ok('articles.create', { headline })),
        body: paragraphs(body),
      });

    expect(await found('14.000')).toEqual(['Harga beras naik']);
    expect(await found('Rp 14.000 ')).toEqual(['Harga beras naik']);
    expect(await found('Rp14.000')).toEqual(['Harga beras naik']);
    expect(await found('rp14')).toEqual(['Harga beras naik']);
    expect(await found('45.000')).toEqual(['Harga cabai']);
    expect(await found('covid 19')).toEqual(['Vaksin']);
    expect(await found('covid19')).toEqual(['Vaksin']);
    expect(await found('5 km')).toEqual(['Vaksin']);
    // The snippet is the article's own words, not the index's split forms.
    const [price] = await s.ok('articles.list', { query: '14.000' });
    expect(price!.snippet).toContain('Rp14.000');
    // Found through the split forms alone: the snippet is still the article's words around it.
    const [vaccine] = await s.ok('articles.list', { query: 'covid 19' });
    expect(vaccine!.snippet).toBe('Kasus COVID19 turun; jarak tempuh 5km.');
  });

  it('finds a photo caption the same way', async () => {
    s = await openTestServices();
    const photo = addLibraryPhoto(s, { caption: 'MEDAN: Beras dijual Rp14.000.' });
    addLibraryPhoto(s, { caption: 'MEDAN: Pasar pagi 14 Juni.' });
    const listed = await s.ok('photos.list', { query: '14.000' });
    expect(listed.map((found) => found.id)).toEqual([photo]);
  });

  it('lists the letter and digit runs of each such word once, lower case, a number with its groups', () => {
    expect(splitForms(['Rp14.000 dan RP14', 'COVID19, 5km; 2024M', 'kata biasa 2024'])).toEqual([
      'rp 14 000',
      'rp 14',
      'covid 19',
      '5 km',
      '2024 m',
    ]);
  });
});
