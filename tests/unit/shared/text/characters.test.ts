import { describe, expect, it } from 'vitest';
import { countCharacters, hasVisibleText, sameName } from '../../../../shared/text/characters';

describe('characters as a reader counts them', () => {
  it('counts graphemes, not UTF-16 units: an emoji, a flag, e + combining accent are one each', () => {
    expect(countCharacters('🚀'.repeat(60))).toBe(60);
    expect(countCharacters('🇮🇩 Merdeka')).toBe(9);
    expect(countCharacters('Cafe\u0301')).toBe(4);
    expect(countCharacters('')).toBe(0);
  });

  it('finds no visible text in blanks, zero-width characters, direction marks, a BOM, fillers, noncharacters or lone accents', () => {
    for (const blank of [
      '\ufffe\uffff',
      '\u{10ffff}\ufdd0',
      '\ud800',
      '\u3164\u115f\uffa0',
      '\u0301\u0308',
      ' \u0301 ',
      '',
      '   ',
      '\u200b\u200b',
      '\u00a0\u3000',
      '\u200e\u202e\u2066',
      '\ufeff\u00ad',
      '\t\n',
    ])
      expect(hasVisibleText(blank), JSON.stringify(blank)).toBe(false);
    for (const shown of ['a', ' Jake\u200bSullivan ', '🚀', '\u200bX', 'e\u0301', '한', '\u3164가', 'ग्', '٣'])
      expect(hasVisibleText(shown), JSON.stringify(shown)).toBe(true);
  });

  it('reads two names as the same one with case, accents, spacing and zero-width characters aside', () => {
    expect(sameName('José Ramos-Horta', ' jose  ramos-horta ')).toBe(true);
    expect(sameName('Jake Sullivan', 'Jake\u200bSullivan')).toBe(false);
    expect(sameName('Jake Sullivan', 'Jake \u200bSullivan')).toBe(true);
    expect(sameName('Jake Sullivan', 'Jake Sullivans')).toBe(false);
  });
});
