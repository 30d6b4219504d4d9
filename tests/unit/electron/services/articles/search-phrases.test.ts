import { afterEach, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../../../electron/services/articles/search';
import { VARIANT_BREAK } from '../../../../../shared/text/joined';
import { paragraphs } from '../../../support/documents';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices;
afterEach(() => s?.close());

async function write(articles: Array<[headline: string, body: string]>): Promise<void> {
  s = await openTestServices();
  for (const [headline, body] of articles)
    await s.ok('articles.save', {
      ...(await s.ok('articles.create', { headline })),
      body: paragraphs(body),
    });
}

const found = async (query: string) =>
  (await s.ok('articles.list', { query })).map((summary) => summary.headline).sort();

describe('a number with a decimal comma or thousands points (12,5 · 3.000 · 1.250.000)', () => {
  it('finds the number as written, not its groups anywhere apart', async () => {
    await write([
      ['Inflasi', 'Inflasi mencapai 12,5 persen tahun ini.'],
      ['Terpisah', 'Sebanyak 12 desa terendam, 5 di antaranya parah.'],
      ['Terbalik', 'Skor akhir 5, 12 menit tambahan.'],
      ['Pengungsi', 'Sebanyak 3.000 warga mengungsi.'],
      ['Tiga', 'Pada 3 Mei kode wilayah 000 dihapus.'],
      ['Anggaran', 'Bantuan Rp 1.250.000 per keluarga.'],
      ['Unit', 'Ada 1.250 unit rumah dan 000 lainnya.'],
    ]);
    expect(await found('12,5')).toEqual(['Inflasi']);
    expect(await found('inflasi 12,5 persen ')).toEqual(['Inflasi']);
    expect(await found('12,5 ')).toEqual(['Inflasi']);
    expect(await found('3.000')).toEqual(['Pengungsi']);
    expect(await found('3.000 warga')).toEqual(['Pengungsi']);
    expect(await found('1.250.000')).toEqual(['Anggaran']);
    expect(await found('Rp 1.250.000 ')).toEqual(['Anggaran']);
    // The number's parts typed apart still find every article holding them, as before.
    expect(await found('12 5 ')).toEqual(['Inflasi', 'Terbalik', 'Terpisah']);
    // The snippet shows the number found.
    const [inflation] = await s.ok('articles.list', { query: '12,5' });
    expect(inflation!.snippet).toContain('12,5 persen');
  });

  it('finds a number written against letters by the number with its groups (Rp1.250.000)', async () => {
    await write([
      ['Gaji', 'Upah naik menjadi Rp1.250.000 sebulan.'],
      ['Lain', 'Nomor RP1 dan 250 orang, 000.'],
    ]);
    expect(await found('1.250.000')).toEqual(['Gaji']);
    expect(await found('Rp1.250.000')).toEqual(['Gaji']);
    expect(await found('Rp 1.250.000 ')).toEqual(['Gaji']);
    const [pay] = await s.ok('articles.list', { query: '1.250.000' });
    expect(pay!.snippet).toContain('Rp1.250.000');
  });

  it('asks the index for the groups in a row', () => {
    expect(toFtsQuery('inflasi 12,5 ')).toBe('"inflasi" AND "12 5"');
    expect(toFtsQuery('1.250.000')).toBe('"1 250 000"*');
    // Only a point or comma between digits joins: a sentence's comma or full stop still parts words.
    expect(toFtsQuery('Medan, 12. 5,')).toBe('"Medan" AND "12" AND "5"*');
  });
});

describe('a phrase never runs from one search variant into the next', () => {
  it('finds a 12 and a 5 written against letters apart by the words, not by "12,5" or the phrase 12 5', async () => {
    await write([
      ['Harga dan jarak', 'Harga Rp12 dan jarak 5km.'],
      ['Layanan', 'Hari Jum’at, layanan e-KTP.'],
      ['Curah hujan', 'Curah hujan 12,5 milimeter.'],
    ]);
    // The variants hold rp 12 and 5 km, jumat and ektp: each one apart from the next.
    expect(await found('12,5')).toEqual(['Curah hujan']);
    expect(await found('"12 5"')).toEqual(['Curah hujan']);
    expect(await found('"jumat ektp"')).toEqual([]);
    // Each variant is still found whole, and its words apart.
    expect(await found('"rp 12"')).toEqual(['Harga dan jarak']);
    expect(await found('"5 km" ')).toEqual(['Harga dan jarak']);
    expect(await found('12 5 ')).toEqual(['Curah hujan', 'Harga dan jarak']);
    expect(await found('jumat ektp ')).toEqual(['Layanan']);
    // The break between variants is no word anyone can type: it finds nothing.
    expect(await found(VARIANT_BREAK)).toEqual([]);
  });

  it('nor in a photo’s variants', async () => {
    s = await openTestServices();
    const price = addLibraryPhoto(s, { caption: 'MEDAN: Ongkos Rp12 untuk 5km.' });
    const rain = addLibraryPhoto(s, { caption: 'MEDAN: Hujan 12,5 milimeter.' });
    const photos = async (query: string) => (await s.ok('photos.list', { query })).map((photo) => photo.id);
    expect(await photos('12,5')).toEqual([rain]);
    expect(await photos('"rp 12"')).toEqual([price]);
    expect(await photos('"5 km"')).toEqual([price]);
  });
});

describe('a phrase in double quotes', () => {
  const flood: Array<[string, string]> = [
    ['Berurutan', 'Banjir bandang melanda Sibolangit.'],
    ['Terbalik', 'Bandang banjir, kata warga.'],
    ['Terpisah', 'Banjir di Medan; bandang di Karo.'],
  ];

  it('finds only the words in a row, in that order; without quotes, all words in any order', async () => {
    await write(flood);
    expect(await found('"banjir bandang"')).toEqual(['Berurutan']);
    expect(await found('"banjir bandang" ')).toEqual(['Berurutan']);
    expect(await found('"banjir bandang" sibolangit')).toEqual(['Berurutan']);
    expect(await found('banjir bandang')).toEqual(['Berurutan', 'Terbalik', 'Terpisah']);
    expect(await found('banjir bandang ')).toEqual(['Berurutan', 'Terbalik', 'Terpisah']);
  });

  it('takes curly quotes as typed by autocorrect, either way round', async () => {
    await write(flood);
    for (const query of ['“banjir bandang”', '”banjir bandang”', '„banjir bandang“', '＂banjir bandang＂'])
      expect(await found(query), query).toEqual(['Berurutan']);
  });

  it('reads a quote left open as a phrase to the end, its last word still being typed', async () => {
    await write(flood);
    expect(await found('"banjir band')).toEqual(['Berurutan']);
    expect(await found('“banjir bandang ')).toEqual(['Berurutan']);
    expect(await found('sibolangit "banjir')).toEqual(['Berurutan']);
  });

  it('matches a closed phrase whole: its last word is finished', async () => {
    await write(flood);
    expect(await found('"banjir band"')).toEqual([]);
    expect(await found('"banjir bandang"')).toEqual(['Berurutan']);
  });

  it('keeps what a phrase holds: accents, case, a word with an apostrophe either way', async () => {
    await write([
      ['Salat', 'Salat Jum’at di Masjid Raya.'],
      ['Kafe', 'Dibuka Café Kesawan pekan ini.'],
    ]);
    expect(await found('"salat jum\'at"')).toEqual(['Salat']);
    expect(await found('"CAFE kesawan"')).toEqual(['Kafe']);
  });

  it('asks the index for a phrase, only ever letters and digits inside its quotes', () => {
    expect(toFtsQuery('"banjir bandang" medan')).toBe('"banjir bandang" AND "medan"*');
    expect(toFtsQuery('“banjir bandang”')).toBe('"banjir bandang"');
    expect(toFtsQuery('"banjir band')).toBe('"banjir band"*');
    expect(toFtsQuery('"e-KTP baru" ')).toBe('("e KTP baru" OR "eKTP baru")');
    expect(toFtsQuery('"NEAR(a b)" OR "c*"')).toBe('"NEAR a b" AND "OR" AND "c"');
    expect(toFtsQuery('""')).toBeNull();
    expect(toFtsQuery('“ ”')).toBeNull();
  });
});

describe('whatever is typed with quotes, numbers and FTS syntax', () => {
  it('never fails and never reaches the index as syntax', async () => {
    await write([['Wali Kota Medan', 'Inflasi 12,5 persen; near the river, not far.']]);
    const typed = [
      '"',
      '""',
      '"""',
      '“',
      '”',
      '"wali',
      'wali"',
      '"wali" "kota',
      '"wali" OR "kota"',
      '"NEAR(wali kota)"',
      '"wali NEAR kota"',
      '"-kota"',
      '"*"',
      '"wali*"',
      '":"',
      '"headline:wali"',
      '"(wali"',
      '"AND"',
      '"OR OR"',
      '"NOT kota"',
      '"^wali"',
      '"{headline lead}: wali"',
      '12,,5',
      ',5',
      '12,',
      '1.',
      '.5',
      '"12,5',
      '12,5"',
      '"12,5 persen" -"kota"',
      '1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20',
      `"${'e-KTP '.repeat(20)}"`,
      `"${'kata '.repeat(40)}"`,
      '"wali\u0000kota"',
    ];
    for (const query of typed) {
      const result = await s.call('articles.list', { query });
      expect(result.ok, `query ${JSON.stringify(query)}`).toBe(true);
    }
    expect(await found('"wali kota"')).toEqual(['Wali Kota Medan']);
    expect(await found('"NEAR(wali kota)"')).toEqual([]);
    expect(await found('"12,5 persen')).toEqual(['Wali Kota Medan']);
  });

  it('asks for at most 16 words, a phrase cut where they run out, and a bounded number of forms', () => {
    const query = toFtsQuery(`"${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')}"`);
    expect(query).toBe(`"${Array.from({ length: 16 }, (_, i) => `w${i}`).join(' ')}"`);
    const marked = toFtsQuery(`"${'e-KTP '.repeat(10)}"`)!;
    expect(marked.split(' OR ')).toHaveLength(8);
  });
});
