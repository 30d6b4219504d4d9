import { describe, expect, it } from 'vitest';
import { variantSnippet } from '../../../../../electron/services/articles/variant-snippet';

const long = (count: number, word: string, at: number) =>
  Array.from({ length: count }, (_, index) => (index === at ? word : `kata${index}`)).join(' ');

describe('a snippet for a match made through a variant (run-together or split form)', () => {
  it('shows the word as the article writes it, with about sixteen words around it', () => {
    const text = long(40, 'Jum’at', 20);
    const snippet = variantSnippet('jumat ', [text]);
    expect(snippet).toBe(
      `…kata15 kata16 kata17 kata18 kata19 Jum’at ${long(31, '', -1).split(' ').slice(21, 31).join(' ')}…`,
    );
  });

  it('marks no cut at the start or end of the text, and keeps its punctuation there', () => {
    expect(variantSnippet('ektp', ['“Bawa e-KTP.”'])).toBe('“Bawa e-KTP.”');
  });

  it('finds a word by its letter and digit runs, in the first text that has it', () => {
    expect(variantSnippet('covid 19 ', ['Tanpa angka.', 'Kasus\nCOVID19 turun.'])).toBe(
      'Kasus COVID19 turun.',
    );
  });

  it('centres on the word the variant stands for, not an earlier plain word of the query', () => {
    const text = `di ${long(30, 'x', -1)} hari Jum’at`;
    expect(variantSnippet('di jumat ', [text])).toMatch(/Jum’at$/);
  });

  it('matches only the word still being typed as a prefix', () => {
    expect(variantSnippet('juma', ['hari Jum’at'])).toBe('hari Jum’at');
    expect(variantSnippet('juma ', ['hari Jum’at'])).toBe('');
    expect(variantSnippet('juma libur', ['hari Jum’at'])).toBe('');
    // A part as written is a form of the word too, as the index splits it ("jum", "at").
    expect(variantSnippet('jum ', ['hari Jum’at'])).toBe('hari Jum’at');
  });

  it('shows the words around a word found inside a Chinese or Thai sentence, as the segmenter reads them', () => {
    expect(variantSnippet('北京', ['Tanpa.', '我们今天去北京开会讨论经济问题。'])).toBe(
      '我们今天去北京开会讨论经济问题。',
    );
    // 5 words before รถ (จำนวน มาก ติด อยู่ ใน), the sentence's start cut.
    expect(variantSnippet('รถ', ['วันนี้ฝนตกหนักที่กรุงเทพมหานครและผู้คนจำนวนมากติดอยู่ในรถ'])).toBe('…จำนวนมากติดอยู่ในรถ');
    // Deep in a long text: 5 words before, 10 after.
    const clause =
      '北京市政府今天宣布新的交通管理措施包括限制私家车出行和增加公共交通班次以缓解城市拥堵问题。';
    expect(variantSnippet('私家车', [clause.repeat(50)])).toBe(
      '…交通管理措施包括限制私家车出行和增加公共交通班次以缓解城市…',
    );
  });

  it('is empty with no word to look for, or none found', () => {
    expect(variantSnippet('  ', ['hari Jum’at'])).toBe('');
    expect(variantSnippet('sabtu', ['hari Jum’at'])).toBe('');
  });
});
