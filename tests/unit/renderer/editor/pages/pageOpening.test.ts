import { describe, expect, it } from 'vitest';
import { opening, pageOpening } from '../../../../../renderer/editor/pages/pageOpening';
import { proposeBreaks } from '../../../../../shared/pages/propose';
import { documentOf, paragraph, text } from '../../../support/documents';
import { relatedUrl } from '../../../support/export-fixture';
import { pageBreak, photo } from '../../../support/long-articles';

/** "P<n>" and then 38 more words: 40 words, and every paragraph has its own opening. */
const p = (n: number) => paragraph(text([`P${n}`, ...Array.from({ length: 39 }, () => 'warga')].join(' ')));

describe('pageOpening', () => {
  it('skips the article’s page breaks: a proposed page at "photo, old break, paragraph" opens with the photo, then the paragraph', () => {
    // As the desk makes it: Ctrl+Enter at the end of P2, and at the start of P3 after the photo.
    const document = documentOf(p(1), p(2), pageBreak(), photo(), pageBreak(), p(3), p(4), p(5), p(6));
    const { pages } = proposeBreaks(document, { pages: 3 });
    const openings = pages.map((page, i) =>
      pageOpening(document.root.children, page.firstBlock, pages[i + 1]?.firstBlock),
    );
    expect(pages.map((page) => page.firstBlock)).toEqual([0, 3, 7]); // P1, the photo, P5
    expect(openings).toEqual([
      { opening: expect.stringMatching(/^P1 warga/u), photoFirst: false },
      { opening: expect.stringMatching(/^P3 warga/u), photoFirst: true },
      { opening: expect.stringMatching(/^P5 warga/u), photoFirst: false },
    ]);
  });

  it('passes an old break without calling the page one that opens with a photo', () => {
    const blocks = documentOf(p(1), pageBreak(), p(2)).root.children;
    expect(pageOpening(blocks, 1)).toEqual({ opening: expect.stringMatching(/^P2 /u), photoFirst: false });
  });

  it('says "from a photo" only for a photo: not for a blank line or a related link before the words', () => {
    const related = relatedUrl('https://example.com/berita', 'Berita lain');
    const blocks = documentOf(paragraph(), related, p(1), photo(), p(2)).root.children;
    expect(pageOpening(blocks, 0)).toEqual({ opening: expect.stringMatching(/^P1 /u), photoFirst: false });
    expect(pageOpening(blocks, 3)).toEqual({ opening: expect.stringMatching(/^P2 /u), photoFirst: true });
  });

  it('takes no words from the next proposed page', () => {
    const blocks = documentOf(p(1), photo(), pageBreak(), p(2)).root.children;
    expect(pageOpening(blocks, 1, 2)).toEqual({ opening: '', photoFirst: false });
    expect(pageOpening(blocks, 1, 3)).toEqual({ opening: '', photoFirst: false });
    expect(pageOpening(blocks, 1)).toEqual({ opening: expect.stringMatching(/^P2 /u), photoFirst: true });
  });
});

describe('opening', () => {
  it('keeps up to 60 characters, cut at a word with "…"', () => {
    expect(opening('  Banjir   di kota  ')).toBe('Banjir di kota');
    expect(opening('Paragraf satu warga banjir kota hujan petugas sungai rumah jalan air pagi')).toBe(
      'Paragraf satu warga banjir kota hujan petugas sungai rumah…',
    );
  });
});
