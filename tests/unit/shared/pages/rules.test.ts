import { describe, expect, it } from 'vitest';
import { breaksToRemove, checkPageBreaks, heldBreak } from '../../../../shared/pages/rules';
import { documentOf, list, listItem, paragraph, quote, text } from '../../support/documents';
import { pageBreak, photo } from '../../support/long-articles';

const p = (words = 'Isi halaman.') => paragraph(text(words));

describe('checkPageBreaks', () => {
  it('finds nothing wrong with breaks between pages that have content', () => {
    expect(checkPageBreaks(documentOf(p(), pageBreak(), p(), pageBreak(), photo()))).toEqual([]);
    expect(checkPageBreaks(documentOf(p()))).toEqual([]);
  });

  it('finds no empty page where a list item holds only a photo', () => {
    expect(
      checkPageBreaks(documentOf(p(), pageBreak(), list('bullet', listItem(photo())), pageBreak(), p())),
    ).toEqual([]);
  });

  it('refuses a break at the start: page 1 would be empty', () => {
    expect(checkPageBreaks(documentOf(pageBreak(), p()))).toEqual([
      { kind: 'break-at-start', breakIndex: 0 },
    ]);
    expect(checkPageBreaks(documentOf(paragraph(), pageBreak(), p()))).toEqual([
      { kind: 'break-at-start', breakIndex: 1 },
    ]);
  });

  it('refuses a break at the end: the last page would be empty', () => {
    expect(checkPageBreaks(documentOf(p(), pageBreak()))).toEqual([{ kind: 'break-at-end', breakIndex: 1 }]);
    expect(checkPageBreaks(documentOf(p(), pageBreak(), paragraph(text(' '))))).toEqual([
      { kind: 'break-at-end', breakIndex: 1 },
    ]);
  });

  it('refuses two breaks in a row, and a page of blank paragraphs between two breaks', () => {
    expect(checkPageBreaks(documentOf(p(), pageBreak(), pageBreak(), p()))).toEqual([
      { kind: 'breaks-in-a-row', breakIndex: 1, page: 2 },
    ]);
    expect(checkPageBreaks(documentOf(p(), pageBreak(), paragraph(), pageBreak(), p()))).toEqual([
      { kind: 'empty-page', breakIndex: 1, page: 2 },
    ]);
  });

  it('finds a break nested inside a quote or a list, however deep', () => {
    const document = documentOf(
      quote(text('Kata dia'), pageBreak()),
      p(),
      list('bullet', listItem(text('a')), listItem(list('number', listItem(pageBreak())))),
    );
    expect(checkPageBreaks(document)).toEqual([
      { kind: 'break-inside', container: 'quote', blockIndex: 0 },
      { kind: 'break-inside', container: 'list', blockIndex: 2 },
    ]);
  });

  it('reports every empty page of a body that is nothing but a break', () => {
    expect(checkPageBreaks(documentOf(pageBreak()))).toEqual([
      { kind: 'break-at-start', breakIndex: 0 },
      { kind: 'break-at-end', breakIndex: 0 },
    ]);
  });
});

describe('breaksToRemove', () => {
  it('removes nothing when every page has content', () => {
    expect(breaksToRemove([true, true, true])).toEqual([]);
    expect(breaksToRemove([true])).toEqual([]);
  });

  it('joins an empty page to the page before it, and leading empty pages to the first full one', () => {
    expect(breaksToRemove([true, false, true])).toEqual([0]);
    expect(breaksToRemove([true, false, false, true])).toEqual([0, 1]);
    expect(breaksToRemove([true, true, false])).toEqual([1]);
    expect(breaksToRemove([false, false, true, true])).toEqual([0, 1]);
  });

  it('removes every break when no page has content', () => {
    expect(breaksToRemove([false, false, false])).toEqual([0, 1]);
  });

  it('always leaves pages that all have content', () => {
    for (let mask = 0; mask < 1 << 7; mask += 1) {
      const pages = Array.from({ length: 7 }, (_, i) => (mask & (1 << i)) !== 0);
      const removed = new Set(breaksToRemove(pages));
      // Rebuild the merged pages: a kept break i starts a new page at old page i + 1.
      const merged: boolean[] = [pages[0]!];
      for (let i = 1; i < pages.length; i += 1) {
        if (removed.has(i - 1)) merged[merged.length - 1] ||= pages[i]!;
        else merged.push(pages[i]!);
      }
      if (pages.some(Boolean)) expect(merged.every(Boolean)).toBe(true);
      else expect(merged).toHaveLength(1);
    }
  });
});

describe('heldBreak', () => {
  it('holds nothing while the caret’s page has content', () => {
    expect(heldBreak([true, false, true], 0)).toBe(-1);
    expect(heldBreak([true], 0)).toBe(-1);
  });

  it('holds the break above an emptied page, or below it while no page before it has content', () => {
    expect(heldBreak([true, false, true], 1)).toBe(0);
    expect(heldBreak([false, true], 0)).toBe(0);
    expect(heldBreak([true, false, false, true], 2)).toBe(1);
    expect(heldBreak([true, false, false, true], 1)).toBe(0);
    expect(heldBreak([false, false, true], 0)).toBe(0);
    // The first two pages emptied, the caret on the second: the break below it waits, the one above goes.
    expect(heldBreak([false, false, true], 1)).toBe(1);
    expect(heldBreak([false, false], 1)).toBe(0);
    expect(heldBreak([false], 0)).toBe(-1);
  });

  it('keeps the caret’s emptied page its own once the other empty pages are gone', () => {
    const cases: Array<[boolean[], number]> = [
      [[false, false, true], 1],
      [[false, false, false, true], 2],
      [[false, false, true, false, true], 1],
      [[true, false, false, true], 1],
      [[true, false, false, true], 2],
      [[false, true, false, false], 3],
    ];
    for (const [pages, caret] of cases) {
      const held = heldBreak(pages, caret);
      const removed = new Set(breaksToRemove(pages).filter((index) => index !== held));
      // Rebuild the pages: a kept break i starts a new page at old page i + 1; the caret's page is
      // empty, and no page it became part of has content.
      const merged: Array<{ content: boolean; caret: boolean }> = [
        { content: pages[0]!, caret: caret === 0 },
      ];
      for (let i = 1; i < pages.length; i += 1) {
        if (removed.has(i - 1)) {
          const last = merged[merged.length - 1]!;
          last.content ||= pages[i]!;
          last.caret ||= caret === i;
        } else merged.push({ content: pages[i]!, caret: caret === i });
      }
      expect(
        merged.find((page) => page.caret),
        JSON.stringify(pages),
      ).toEqual({ content: false, caret: true });
    }
  });
});
