import { describe, expect, it } from 'vitest';
import { commaItems, commaList, listOverflow } from '../../../../renderer/articles/commaList';

describe('a comma-separated field', () => {
  it('keeps trimmed, non-empty items, each and their number within what a save accepts', () => {
    expect(commaList(' Ani , , Budi,', { item: 120, count: 50 })).toEqual(['Ani', 'Budi']);
    expect(commaList('a, b, c, d', { item: 120, count: 2 })).toEqual(['a', 'b']);
    expect(commaList(`${'x'.repeat(130)}, y`, { item: 120, count: 50 })).toEqual(['x'.repeat(120), 'y']);
  });

  it('keeps each item once whatever its case, as the save does', () => {
    expect(commaList('Budi ,, Sari, budi ,', { item: 120, count: 50 })).toEqual(['Budi', 'Sari']);
    expect(commaList('Banjir, banjir, BANJIR , ,', { item: 120, count: 50 })).toEqual(['Banjir']);
  });

  it('tidies spacing as the save does: a run of spaces, a tab or a no-break space is one space', () => {
    expect(commaList('Korea  Utara, korea\u00a0utara, Rusia\t ,', { item: 120, count: 50 })).toEqual([
      'Korea Utara',
      'Rusia',
    ]);
  });

  it('never cuts an emoji in half at the limit', () => {
    // 4 letters then an emoji (two UTF-16 units): a cut at 5 units would leave half of it.
    const [cut] = commaList('Pray🙏', { item: 5, count: 1 });
    expect(cut).toBe('Pray');
    expect(cut).not.toMatch(/[\uD800-\uDFFF]/);
  });
});

describe('what a save of a comma-separated field would cut', () => {
  const limits = { item: 10, count: 2 };

  it('is the first item longer than one may be, named whole, and how many items are one too many', () => {
    expect(listOverflow('Ani, Budi', limits)).toEqual({ tooLong: null, extra: 0 });
    expect(listOverflow(' Ani , Bartholomeus Simanjuntak , Christophorus', limits)).toEqual({
      tooLong: 'Bartholomeus Simanjuntak',
      extra: 1,
    });
    // A repeat is one item, as the save keeps it once.
    expect(listOverflow('Ani, Budi, ani, Budi ,', limits)).toEqual({ tooLong: null, extra: 0 });
  });

  it('leaves the items as typed, tidied but not cut, for the field to show once left', () => {
    expect(commaItems(' Ani ,, Bartholomeus  Simanjuntak, ani,')).toEqual([
      'Ani',
      'Bartholomeus Simanjuntak',
    ]);
  });
});
