import { afterEach, describe, expect, it } from 'vitest';
import { foldedForms, searchFold } from '../../../../../shared/text/searchFold';
import { fold } from '../../../../../shared/text/characters';
import { headlinesFound, writeArticle } from '../../../support/search';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices;
afterEach(() => s?.close());

const write = (headline: string, ...body: string[]) => writeArticle(s, headline, ...body);
const found = (query: string) => headlinesFound(s, query);

describe('search finds the same letters however they are encoded', () => {
  it('finds full-width letters, ligatures, Arabic and Hebrew with or without marks, ß as ss, decomposed accents — both ways', async () => {
    s = await openTestServices();
    await write('Kiriman Tokyo', 'Kantor perwakilan di Ｊａｋａｒｔａ dibuka.');
    await write('Kiriman Medan', 'Kantor perwakilan di Jakarta dibuka.');
    await write('Doa bersama', 'Imam مُحَمَّد memimpin doa.');
    await write('Doa pagi', 'Imam محمد hadir.');
    await write('Kunjungan', 'Rombongan tiba di Straße des 17. Juni.');
    await write('Kunjungan lagi', 'Rombongan tiba di Strasse des 17. Juni.');
    await write('Bank Prancis', 'Cre\u0301dit Agricole membuka kantor.');
    await write('Salinan PDF', 'Keputusan ﬁnal diumumkan.');
    await write('Ibrani', 'Kata שָׁלוֹם tertulis.');

    expect(await found('jakarta')).toEqual(['Kiriman Medan', 'Kiriman Tokyo']);
    expect(await found('Ｊａｋａｒｔａ')).toEqual(['Kiriman Medan', 'Kiriman Tokyo']);
    expect(await found('محمد')).toEqual(['Doa bersama', 'Doa pagi']);
    expect(await found('مُحَمَّد ')).toEqual(['Doa bersama', 'Doa pagi']);
    expect(await found('strasse')).toEqual(['Kunjungan', 'Kunjungan lagi']);
    expect(await found('Straße des')).toEqual(['Kunjungan', 'Kunjungan lagi']);
    // Still typing: the folded word is a prefix too.
    expect(await found('straß')).toEqual(['Kunjungan', 'Kunjungan lagi']);
    expect(await found('credit agricole')).toEqual(['Bank Prancis']);
    expect(await found('Cre\u0301dit')).toEqual(['Bank Prancis']);
    expect(await found('final')).toEqual(['Salinan PDF']);
    expect(await found('שלום')).toEqual(['Ibrani']);
  });

  it('shows the article’s own words around a word found by its folded form', async () => {
    s = await openTestServices();
    await write('Kiriman Tokyo', 'Kantor perwakilan di Ｊａｋａｒｔａ dibuka.');
    await write('Doa bersama', 'Imam مُحَمَّد memimpin doa.');
    const [tokyo] = await s.ok('articles.list', { query: 'jakarta' });
    expect(tokyo!.snippet).toBe('Kantor perwakilan di Ｊａｋａｒｔａ dibuka.');
    const [prayer] = await s.ok('articles.list', { query: 'محمد' });
    expect(prayer!.snippet).toBe('Imam مُحَمَّد memimpin doa.');
  });

  it('finds a photo caption and a source the same way', async () => {
    s = await openTestServices();
    const photo = addLibraryPhoto(s, { caption: 'Pemutaran ﬁlm di Ｂａｎｄｕｎｇ.' });
    addLibraryPhoto(s, { caption: 'Pemutaran musik.' });
    expect((await s.ok('photos.list', { query: 'film bandung' })).map((p) => p.id)).toEqual([photo]);

    await s.ok('sources.create', { kind: 'person', name: 'Jürgen Großmann' });
    await s.ok('sources.create', { kind: 'person', name: 'Jürgen Klopp' });
    expect((await s.ok('sources.list', { query: 'grossmann' })).map((x) => x.name)).toEqual([
      'Jürgen Großmann',
    ]);
    expect((await s.ok('sources.list', { query: 'ＧＲＯＳＳ' })).map((x) => x.name)).toEqual([
      'Jürgen Großmann',
    ]);
  });

  it('folds only what a reader takes for the same letters', () => {
    expect(searchFold('Ｊａｋａｒｔａ ﬁnal Straße ẞ مُحَمَّد محـــمد')).toBe(
      'Jakarta final Strasse SS محمد محمد',
    );
    // Latin accents stay (the index removes them itself); so do the vowel signs of Devanagari.
    expect(searchFold('Café हिन्दी')).toBe('Café हिन्दी');
    expect(searchFold('Cafe\u0301')).toBe('Café');
    // Thai "ำ" is one letter, typed whole or as its halves (which NFKC alone would make it).
    expect(searchFold('จ\u0e4d\u0e32นวน จำนวน')).toBe('จำนวน จำนวน');
    expect(foldedForms(['Di Ｊａｋａｒｔａ dan Jakarta', 'Straße, Café, Straße'])).toEqual([
      'jakarta',
      'strasse',
    ]);
    expect(fold('Großmann ＡＦＰ')).toBe('grossmann afp');
  });
});

describe('which texts are read word by word for folded forms', () => {
  it('skips a text whose only characters beyond ASCII are punctuation (curly quotes, dashes), and reads one with a letter', () => {
    expect(foldedForms(['Kata “Jakarta” — ‘Semarang’ … 17–18'])).toEqual([]);
    expect(foldedForms(['Kata “Ｊａｋａｒｔａ” — Semarang'])).toEqual(['jakarta']);
  });
});
