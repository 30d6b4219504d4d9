import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleFields, ArticleListInput } from '../../../../../shared/api/article';
import type { StoredDocument } from '../../../../../shared/editor/document';
import { toFtsQuery } from '../../../../../electron/services/articles/search';
import { paragraphs } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';

let api: TestServices | null = null;
afterEach(() => api?.close());

/** Services whose clock moves a minute forward at every reading, so "newest" is well defined. */
async function services(): Promise<TestServices> {
  let minute = 0;
  api = await openTestServices({ now: () => new Date(Date.UTC(2025, 0, 1, 8, minute++)) });
  return api;
}

interface Draft extends Partial<ArticleFields> {
  body?: StoredDocument;
}

/** Creates and saves an article; returns its id. */
async function write(s: TestServices, draft: Draft): Promise<string> {
  const created = await s.ok('articles.create', {});
  await s.ok('articles.save', {
    ...created,
    ...draft,
    body: draft.body ?? created.body,
  });
  return created.id;
}

const headlines = async (s: TestServices, input: ArticleListInput) =>
  (await s.ok('articles.list', input)).map((summary) => summary.headline);

describe('articles.list without a query', () => {
  it('lists only the articles asked for by id (a related link’s target), none for an unknown id', async () => {
    const s = await services();
    const wanted = await write(s, { headline: 'Yang dicari' });
    await write(s, { headline: 'Lainnya' });
    expect(await headlines(s, { ids: [wanted] })).toEqual(['Yang dicari']);
    expect(await headlines(s, { ids: ['00000000-0000-4000-8000-000000000000'] })).toEqual([]);
    expect(await headlines(s, { ids: [wanted], query: 'lainnya' })).toEqual([]);
  });

  it('lists every article, the most recently changed first', async () => {
    const s = await services();
    const first = await write(s, { headline: 'Pertama' });
    await write(s, { headline: 'Kedua' });
    await write(s, { headline: 'Ketiga' });
    expect(await headlines(s, {})).toEqual(['Ketiga', 'Kedua', 'Pertama']);

    const article = await s.ok('articles.get', { id: first });
    await s.ok('articles.save', { ...article, lead: 'Diperbarui' });
    expect(await headlines(s, {})).toEqual(['Pertama', 'Ketiga', 'Kedua']);
  });

  it('gives the summary a user sees in the list: headline, rubric, status, slug, word count', async () => {
    const s = await services();
    await write(s, {
      headline: 'Pasar Ikan Ramai',
      rubric: 'Bisnis',
      status: 'ready',
      body: paragraphs('Satu dua tiga.'),
    });
    const [summary] = await s.ok('articles.list', {});
    expect(summary).toMatchObject({
      headline: 'Pasar Ikan Ramai',
      rubric: 'Bisnis',
      status: 'ready',
      slug: 'pasar-ikan-ramai',
      wordCount: 3,
    });
    expect(summary!.snippet).toBeUndefined();
  });

  it('filters by status and by rubric, and respects the limit', async () => {
    const s = await services();
    await write(s, { headline: 'A', status: 'draft', rubric: 'Sumut' });
    await write(s, { headline: 'B', status: 'published', rubric: 'Sumut' });
    await write(s, { headline: 'C', status: 'published', rubric: 'Bisnis' });
    expect(await headlines(s, { status: 'published' })).toEqual(['C', 'B']);
    expect(await headlines(s, { rubric: 'Sumut' })).toEqual(['B', 'A']);
    expect(await headlines(s, { status: 'published', rubric: 'Sumut' })).toEqual(['B']);
    expect(await headlines(s, { limit: 1 })).toEqual(['C']);
  });

  it('treats a query of only spaces or punctuation as no query', async () => {
    const s = await services();
    await write(s, { headline: 'Satu' });
    await write(s, { headline: 'Dua' });
    expect(await headlines(s, { query: '   ' })).toEqual(['Dua', 'Satu']);
    expect(await headlines(s, { query: '"*-:()' })).toEqual(['Dua', 'Satu']);
  });

  it('finds nothing for a query of emoji or other symbols, which no article’s words can match', async () => {
    const s = await services();
    await write(s, { headline: 'Roket 🚀 meluncur' });
    for (const query of ['🚀', '©', '🚀 +']) expect(await headlines(s, { query }), query).toEqual([]);
  });
});

describe('articles.list with a query', () => {
  it('finds an article by a word of its headline, lead, body or tags', async () => {
    const s = await services();
    await write(s, {
      headline: 'Gubernur Tinjau Lokasi Longsor',
      lead: 'Jalan lintas provinsi tertutup material',
      body: paragraphs('Alat berat dikerahkan ke Sibolangit sejak subuh.'),
      tags: ['bencana alam', 'Karo'],
    });
    await write(s, {
      headline: 'Harga Beras Stabil',
      body: paragraphs('Pedagang di pasar tradisional lega.'),
    });

    for (const word of ['gubernur', 'provinsi', 'sibolangit', 'bencana', 'karo']) {
      expect(await headlines(s, { query: `${word} ` }), word).toEqual(['Gubernur Tinjau Lokasi Longsor']);
    }
    expect(await headlines(s, { query: 'pedagang ' })).toEqual(['Harga Beras Stabil']);
    expect(await headlines(s, { query: 'tsunami ' })).toEqual([]);
  });

  it('requires every word typed to appear', async () => {
    const s = await services();
    await write(s, { headline: 'Banjir di Medan' });
    await write(s, { headline: 'Banjir di Binjai' });
    expect(await headlines(s, { query: 'banjir medan ' })).toEqual(['Banjir di Medan']);
  });

  it('matches the last word as a prefix while it is still being typed ("pres" finds "presiden")', async () => {
    const s = await services();
    await write(s, { headline: 'Presiden Resmikan Bendungan' });
    await write(s, { headline: 'Prestasi Atlet Sumut' });
    await write(s, { headline: 'Harga Cabai' });
    expect((await headlines(s, { query: 'pres' })).sort()).toEqual([
      'Presiden Resmikan Bendungan',
      'Prestasi Atlet Sumut',
    ]);
    expect(await headlines(s, { query: 'presid' })).toEqual(['Presiden Resmikan Bendungan']);
    // A finished word (followed by a space) must match whole.
    expect(await headlines(s, { query: 'pres ' })).toEqual([]);
  });

  it('ignores accents and case ("cafe" finds "Café", "CAFÉ" finds "cafe")', async () => {
    const s = await services();
    await write(s, { headline: 'Café Baru di Kesawan' });
    await write(s, { headline: 'Kedai Kopi cafe Lama' });
    expect((await headlines(s, { query: 'cafe' })).sort()).toEqual([
      'Café Baru di Kesawan',
      'Kedai Kopi cafe Lama',
    ]);
    expect((await headlines(s, { query: 'CAFÉ ' })).sort()).toEqual([
      'Café Baru di Kesawan',
      'Kedai Kopi cafe Lama',
    ]);
  });

  it('ranks an article with the word in its headline above one that has it only in the body', async () => {
    const s = await services();
    await write(s, {
      headline: 'Rapat Dewan Kota',
      body: paragraphs(
        'Dewan membahas anggaran. Salah satu pokok bahasan adalah banjir tahunan di pinggiran kota.',
      ),
    });
    await write(s, { headline: 'Banjir Rendam Tiga Kecamatan', body: paragraphs('Air setinggi lutut.') });
    for (let i = 0; i < 5; i += 1)
      await write(s, { headline: `Berita lain ${i}`, body: paragraphs('Tidak terkait.') });
    expect(await headlines(s, { query: 'banjir' })).toEqual([
      'Banjir Rendam Tiga Kecamatan',
      'Rapat Dewan Kota',
    ]);
  });

  it('gives a plain-text snippet around the match', async () => {
    const s = await services();
    await write(s, {
      headline: 'Laporan',
      body: paragraphs('Kemacetan panjang terjadi di Jalan Gatot Subroto pagi ini.'),
    });
    const [summary] = await s.ok('articles.list', { query: 'gatot' });
    expect(summary!.snippet).toContain('Gatot');
    expect(summary!.snippet).not.toMatch(/[<>]/);
  });

  it('gives each article found its own snippet', async () => {
    const s = await services();
    for (const place of ['Medan', 'Binjai', 'Deli Serdang', 'Langkat'])
      await write(s, {
        headline: `Banjir ${place}`,
        body: paragraphs(`Air setinggi lutut di ${place}, banjir surut sore.`),
      });
    const found = await s.ok('articles.list', { query: 'banjir' });
    expect(found).toHaveLength(4);
    for (const summary of found) expect(summary.snippet).toContain(summary.headline.replace('Banjir ', ''));
  });

  it('combines the query with status and rubric filters', async () => {
    const s = await services();
    await write(s, { headline: 'Pemilu Draf', status: 'draft', rubric: 'Politik' });
    await write(s, { headline: 'Pemilu Terbit', status: 'published', rubric: 'Politik' });
    await write(s, { headline: 'Pemilu Daerah', status: 'published', rubric: 'Sumut' });
    expect((await headlines(s, { query: 'pemilu', status: 'published' })).sort()).toEqual([
      'Pemilu Daerah',
      'Pemilu Terbit',
    ]);
    expect(await headlines(s, { query: 'pemilu', status: 'published', rubric: 'Politik' })).toEqual([
      'Pemilu Terbit',
    ]);
    expect(await headlines(s, { query: 'pemilu', status: 'ready' })).toEqual([]);
  });

  it('never fails on FTS syntax in what was typed: quotes, *, NEAR, -, :, parentheses, AND OR NOT', async () => {
    const s = await services();
    await write(s, {
      headline: 'Wali Kota Medan dan Wakil Rakyat',
      body: paragraphs('near the river, not far'),
    });
    const typed = [
      '"',
      '"wali',
      'wali"',
      '*',
      'wali*',
      '*kota',
      'NEAR',
      'NEAR(wali kota)',
      'NEAR(wali kota, 2)',
      'wali NEAR kota',
      '-kota',
      'wali -kota',
      'headline:wali',
      ':',
      'body_text:near',
      '(',
      ')',
      '(wali OR kota',
      'wali AND kota',
      'wali OR',
      'NOT kota',
      'AND',
      'OR OR OR',
      '^wali',
      '{headline lead}: wali',
      "wali' OR '1'='1",
      '\\',
      '\u0000',
      'wali\u0000kota',
    ];
    for (const query of typed) {
      const result = await s.call('articles.list', { query });
      expect(result.ok, `query ${JSON.stringify(query)}`).toBe(true);
    }
    expect(await headlines(s, { query: 'NEAR(wali kota)' })).toEqual(['Wali Kota Medan dan Wakil Rakyat']);
    expect(await headlines(s, { query: 'not' })).toEqual(['Wali Kota Medan dan Wakil Rakyat']);
  });

  it('accepts a query of many words and matches on the first ones', async () => {
    const s = await services();
    await write(s, {
      headline: 'Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas tiga belas',
    });
    const long = 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas '.repeat(3);
    expect((await s.call('articles.list', { query: long })).ok).toBe(true);
  });
});

describe('toFtsQuery', () => {
  it('quotes every word and lets the last one match as a prefix', () => {
    expect(toFtsQuery('presiden jokowi')).toBe('"presiden" AND "jokowi"*');
  });

  it('matches the last word whole once a space follows it', () => {
    expect(toFtsQuery('presiden jokowi ')).toBe('"presiden" AND "jokowi"');
  });

  it('keeps only letters and digits, so no FTS syntax reaches the index', () => {
    expect(toFtsQuery('NEAR(a b) -c "d" e* f:g')).toBe(
      '"NEAR" AND "a" AND "b" AND "c" AND "d" AND "e" AND "f" AND "g"*',
    );
    expect(toFtsQuery('wali AND kota OR NOT')).toBe('"wali" AND "AND" AND "kota" AND "OR" AND "NOT"*');
  });

  it('keeps letters of every script and accented letters', () => {
    expect(toFtsQuery('café 2024')).toBe('"café" AND "2024"*');
    expect(toFtsQuery('東京 Ελλάδα')).toBe('"東京" AND "Ελλάδα"*');
  });

  it('returns null when nothing searchable was typed', () => {
    expect(toFtsQuery('')).toBeNull();
    expect(toFtsQuery('   ')).toBeNull();
    expect(toFtsQuery('"*-:()')).toBeNull();
  });

  it('uses at most 16 words', () => {
    const query = toFtsQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
    expect(query!.split(' AND ')).toHaveLength(16);
  });
});
