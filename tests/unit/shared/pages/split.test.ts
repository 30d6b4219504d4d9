import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../../shared/editor/document';
import { blockHasContent, blockWords } from '../../../../shared/pages/blocks';
import { splitPages } from '../../../../shared/pages/split';
import { documentOf, heading, list, listItem, paragraph, quote, text } from '../../support/documents';
import { pageBreak, photo, sentence } from '../../support/long-articles';

describe('splitPages', () => {
  it('gives one page for an article without page breaks', () => {
    const pages = splitPages(documentOf(paragraph(text('Satu dua tiga.')), paragraph(text('Empat lima.'))));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, breakIndex: null, start: 0, end: 2, words: 5, short: false });
  });

  it('splits at every top-level page break and counts each page’s words', () => {
    const document = documentOf(
      heading('h2', text('Judul bagian')),
      paragraph(text(sentence(120))),
      pageBreak(),
      quote(text('Kami siap, kata dia.')),
      list('bullet', listItem(text('Poin satu')), listItem(text('Poin dua'))),
      pageBreak(),
      photo(),
      paragraph(text(sentence(30))),
    );
    const pages = splitPages(document);
    expect(pages.map((page) => [page.number, page.breakIndex, page.start, page.end, page.words])).toEqual([
      [1, null, 0, 2, 122],
      [2, 2, 3, 5, 8],
      [3, 5, 6, 8, 30],
    ]);
    expect(pages.map((page) => page.blocks.map((block) => block.type))).toEqual([
      ['heading', 'paragraph'],
      ['quote', 'list'],
      ['photo', 'paragraph'],
    ]);
  });

  it('marks pages under 100 words as short, but only when there are several pages', () => {
    expect(splitPages(documentOf(paragraph(text(sentence(20)))))[0]!.short).toBe(false);
    const pages = splitPages(
      documentOf(paragraph(text(sentence(100))), pageBreak(), paragraph(text(sentence(99)))),
    );
    expect(pages.map((page) => page.short)).toEqual([false, true]);
  });

  it('says which pages end on a photo or heading before the next page, blank paragraphs aside', () => {
    const pages = splitPages(
      documentOf(
        paragraph(text('Satu.')),
        photo(),
        paragraph(text('  ')),
        pageBreak(),
        heading('h2', text('Dua')),
        pageBreak(),
        photo(),
        paragraph(text('Tiga.')),
        pageBreak(),
        paragraph(text('Empat.')),
        heading('h3', text('Akhir')),
      ),
    );
    // The last page's heading ends the article, not a page before another.
    expect(pages.map((page) => page.endsOn)).toEqual(['photo', 'heading', null, null]);
    // Before a trailing break, or blank pages only, there is no page turn to warn of.
    const trailing = splitPages(
      documentOf(paragraph(text('Satu.')), photo(), pageBreak(), paragraph(text(' ')), pageBreak()),
    );
    expect(trailing.map((page) => page.endsOn)).toEqual([null, null, null]);
  });

  it('says which pages show nothing: no blocks, or only blank paragraphs', () => {
    const pages = splitPages(
      documentOf(
        paragraph(text('Isi')),
        pageBreak(),
        paragraph(text('   ')),
        paragraph(),
        pageBreak(),
        pageBreak(),
        photo(),
      ),
    );
    expect(pages.map((page) => page.hasContent)).toEqual([true, false, false, true]);
  });

  it('takes a page of only characters that take no room (zero-width space, soft hyphen) for an empty one', () => {
    const pages = splitPages(
      documentOf(
        paragraph(text('\u200b')),
        paragraph(text('\u00ad\u2060')),
        pageBreak(),
        paragraph(text('Isi\u200b')),
      ),
    );
    expect(pages.map((page) => page.hasContent)).toEqual([false, true]);
  });

  it('ignores a page break nested inside another block (it does not split)', () => {
    const document = documentOf(quote(text('Kutipan'), pageBreak(), text(' lanjut')));
    expect(splitPages(document)).toHaveLength(1);
  });

  it('gives an empty document one page with no content', () => {
    expect(splitPages(emptyDocument())).toMatchObject([{ number: 1, words: 0, hasContent: false }]);
  });
});

describe('blocks', () => {
  it('counts the words of every kind of block and treats photos as content without words', () => {
    expect(blockWords(list('number', listItem(text('satu dua')), listItem(text('tiga'))))).toBe(3);
    expect(blockWords(photo())).toBe(0);
    expect(blockHasContent(photo())).toBe(true);
    expect(blockHasContent(paragraph(text(' \t ')))).toBe(false);
    expect(blockHasContent(pageBreak())).toBe(false);
  });

  it('counts a photo or related link anywhere in a block as content: a list whose item holds only a photo', () => {
    const related = { type: 'related-link', version: 1, url: 'https://example.com/', title: 'Baca' };
    expect(blockHasContent(list('bullet', listItem(photo())))).toBe(true);
    expect(blockHasContent(list('bullet', listItem(text(' ')), listItem(related)))).toBe(true);
    expect(blockHasContent(list('bullet', listItem(text(' '))))).toBe(false);
    // So that page is not empty: its break stays, and the export finds nothing to refuse.
    const pages = splitPages(
      documentOf(paragraph(text(sentence(10))), pageBreak(), list('bullet', listItem(photo()))),
    );
    expect(pages.map((page) => page.hasContent)).toEqual([true, true]);
  });
});
