import { describe, expect, it } from 'vitest';
import {
  $createNodeSelection,
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $measurePages, type PageMeasureCache } from '../../../../../renderer/editor/pages/measurePages';
import { $insertPageBreak, type PageBreakRefusal } from '../../../../../renderer/editor/pages/pageBreaks';
import {
  documentOf,
  heading,
  linebreak,
  link,
  list,
  listItem,
  paragraph,
  photoBlock,
  quote,
  text,
} from '../../../support/documents';
import { pageBreak, sentence } from '../../../support/long-articles';
import { editorWith } from '../../../support/headless';

/** The first text node under top-level block `index`, or the block itself when it has none. */
function $textOf(index: number): LexicalNode {
  const block = $getRoot().getChildAtIndex(index)!;
  return ($isElementNode(block) ? block.getAllTextNodes()[0] : undefined) ?? block;
}

/**
 * Runs Insert page break with the caret at `offset` in block `index` ('end' = after its text), in
 * the block's text node number `leaf` (its first unless said).
 */
function insertAt(
  editor: LexicalEditor,
  index: number,
  offset: number | 'end',
  leaf = 0,
): PageBreakRefusal | null {
  let refusal: PageBreakRefusal | null = null;
  editor.update(
    () => {
      const block = $getRoot().getChildAtIndex(index);
      const node =
        leaf === 0 ? $textOf(index) : $isElementNode(block) ? block.getAllTextNodes()[leaf]! : block!;
      const at = offset === 'end' ? node.getTextContentSize() : offset;
      const selection = $createRangeSelection();
      const type = $isElementNode(node) ? 'element' : 'text';
      selection.anchor.set(node.getKey(), at, type);
      selection.focus.set(node.getKey(), at, type);
      $setSelection(selection);
      refusal = $insertPageBreak();
    },
    { discrete: true },
  );
  return refusal;
}

/** Runs Insert page break with the caret between top-level blocks: before block `index` (root offset). */
function insertBetween(editor: LexicalEditor, index: number): PageBreakRefusal | null {
  let refusal: PageBreakRefusal | null = null;
  editor.update(
    () => {
      const selection = $createRangeSelection();
      const key = $getRoot().getKey();
      selection.anchor.set(key, index, 'element');
      selection.focus.set(key, index, 'element');
      $setSelection(selection);
      refusal = $insertPageBreak();
    },
    { discrete: true },
  );
  return refusal;
}

/** Runs Insert page break with top-level block `index` (a photo) selected as a block. */
function insertWithSelected(editor: LexicalEditor, index: number): PageBreakRefusal | null {
  let refusal: PageBreakRefusal | null = null;
  editor.update(
    () => {
      const selection = $createNodeSelection();
      selection.add($getRoot().getChildAtIndex(index)!.getKey());
      $setSelection(selection);
      refusal = $insertPageBreak();
    },
    { discrete: true },
  );
  return refusal;
}

const shape = (editor: LexicalEditor): string[] =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) =>
        node.getType() === 'page-break' ? '|' : node.getType() === 'photo' ? '[foto]' : node.getTextContent(),
      ),
  );

const article = () =>
  documentOf(
    paragraph(text('Satu dua.')),
    quote(text('Kata dia.')),
    list('bullet', listItem(text('Poin'))),
    paragraph(text('Tiga empat.')),
    paragraph(text('Lima enam.')),
  );

describe('$insertPageBreak', () => {
  it('puts the break before the block when the caret is at its start, after it at its end', () => {
    const editor = editorWith(article());
    expect(insertAt(editor, 3, 0)).toBeNull();
    expect(shape(editor)).toEqual(['Satu dua.', 'Kata dia.', 'Poin', '|', 'Tiga empat.', 'Lima enam.']);
    const again = editorWith(article());
    expect(insertAt(again, 3, 'end')).toBeNull();
    expect(shape(again)).toEqual(['Satu dua.', 'Kata dia.', 'Poin', 'Tiga empat.', '|', 'Lima enam.']);
  });

  it('splits the paragraph when the caret is mid-text, leaving no space at either end', () => {
    const editor = editorWith(article());
    expect(insertAt(editor, 3, 5)).toBeNull();
    expect(shape(editor)).toEqual(['Satu dua.', 'Kata dia.', 'Poin', 'Tiga', '|', 'empat.', 'Lima enam.']);
  });

  it('splits before the word the caret is in, never inside it', () => {
    const editor = editorWith(article());
    expect(insertAt(editor, 3, 7)).toBeNull(); // "Tiga em|pat."
    expect(shape(editor)).toEqual(['Satu dua.', 'Kata dia.', 'Poin', 'Tiga', '|', 'empat.', 'Lima enam.']);
  });

  it('finds the start of a word whose letters are in several text nodes (a bold part, a link’s edge)', () => {
    const bold = editorWith(
      documentOf(paragraph(text('Satu dua.')), paragraph(text('Tiga em'), text('pat', 1), text(' lima.'))),
    );
    expect(insertAt(bold, 1, 1, 1)).toBeNull(); // "Tiga em" + bold "p|at"
    expect(shape(bold)).toEqual(['Satu dua.', 'Tiga', '|', 'empat lima.']);
    const linked = editorWith(
      documentOf(
        paragraph(text('Satu dua.')),
        paragraph(text('Baca '), link('https://example.com/', text('berita')), text('nya di sini.')),
      ),
    );
    expect(insertAt(linked, 1, 1, 2)).toBeNull(); // "berita" (a link) + "n|ya"
    expect(shape(linked)).toEqual(['Satu dua.', 'Baca', '|', 'beritanya di sini.']);
  });

  it('leaves a soft line break on neither page when the break goes on either side of it', () => {
    for (const [offset, leaf] of [
      ['end', 0], // "Baris satu|⏎Baris dua"
      [0, 1], // "Baris satu⏎|Baris dua"
    ] as const) {
      const editor = editorWith(
        documentOf(paragraph(text('Awal.')), paragraph(text('Baris satu'), linebreak(), text('Baris dua'))),
      );
      expect(insertAt(editor, 1, offset, leaf)).toBeNull();
      expect(shape(editor), `${offset} ${leaf}`).toEqual(['Awal.', 'Baris satu', '|', 'Baris dua']);
    }
  });

  it('refuses a break that would leave page 1 or the last page empty, changing nothing', () => {
    const editor = editorWith(article());
    expect(insertAt(editor, 0, 0)).toBe('at-start');
    expect(insertAt(editor, 4, 'end')).toBe('at-end');
    expect(shape(editor)).toEqual(['Satu dua.', 'Kata dia.', 'Poin', 'Tiga empat.', 'Lima enam.']);
  });

  it('refuses a break inside a quote or a list, wherever the caret is in it', () => {
    const editor = editorWith(article());
    for (const offset of [0, 3, 'end'] as const) {
      expect(insertAt(editor, 1, offset)).toBe('inside-quote-or-list');
      expect(insertAt(editor, 2, offset)).toBe('inside-quote-or-list');
    }
  });

  it('refuses a second break beside the first, from either side, and across blank paragraphs', () => {
    const editor = editorWith(
      documentOf(paragraph(text('A a.')), pageBreak(), paragraph(), paragraph(text('B b.'))),
    );
    expect(insertAt(editor, 3, 0)).toBe('next-to-break');
    expect(insertAt(editor, 2, 0)).toBe('next-to-break');
    expect(insertAt(editor, 0, 'end')).toBe('next-to-break');
  });
});

describe('$insertPageBreak never ends a page on a heading or a photo (as auto-split and the export rules)', () => {
  it('goes above the heading that leads into the text, across a blank paragraph between them', () => {
    const editor = editorWith(
      documentOf(
        paragraph(text('Satu dua.')),
        heading('h2', text('Judul')),
        paragraph(),
        paragraph(text('Tiga empat.')),
      ),
    );
    expect(insertAt(editor, 3, 0)).toBeNull();
    expect(shape(editor)).toEqual(['Satu dua.', '|', 'Judul', '', 'Tiga empat.']);
  });

  it('goes above the heading with the caret between blocks, and says so where the heading opens its page', () => {
    const editor = editorWith(
      documentOf(paragraph(text('Satu dua.')), heading('h2', text('Judul')), paragraph(text('Tiga empat.'))),
    );
    expect(insertBetween(editor, 2)).toBeNull();
    expect(shape(editor)).toEqual(['Satu dua.', '|', 'Judul', 'Tiga empat.']);
    expect(insertBetween(editor, 3)).toBe('heading-opens-page');
    expect(shape(editor)).toEqual(['Satu dua.', '|', 'Judul', 'Tiga empat.']);
  });

  it('goes above a photo, selected or with the caret at the start of the text under it', () => {
    const article = () =>
      documentOf(paragraph(text('Satu dua.')), photoBlock('p1'), paragraph(text('Tiga empat.')));
    const selected = editorWith(article());
    expect(insertWithSelected(selected, 1)).toBeNull();
    expect(shape(selected)).toEqual(['Satu dua.', '|', '[foto]', 'Tiga empat.']);
    const caret = editorWith(article());
    expect(insertAt(caret, 2, 0)).toBeNull();
    expect(shape(caret)).toEqual(['Satu dua.', '|', '[foto]', 'Tiga empat.']);
    const between = editorWith(article());
    expect(insertBetween(between, 2)).toBeNull();
    expect(shape(between)).toEqual(['Satu dua.', '|', '[foto]', 'Tiga empat.']);
  });

  it('goes above a heading over a photo, and a photo over a heading, blank lines between them aside', () => {
    const editor = editorWith(
      documentOf(
        paragraph(text('Satu dua.')),
        heading('h2', text('Judul')),
        paragraph(),
        photoBlock('p1'),
        heading('h3', text('Sub')),
        paragraph(text('Tiga empat.')),
      ),
    );
    expect(insertAt(editor, 5, 0)).toBeNull();
    expect(shape(editor)).toEqual(['Satu dua.', '|', 'Judul', '', '[foto]', 'Sub', 'Tiga empat.']);
  });

  it('refuses where the photo or heading already opens its page, or the article, changing nothing', () => {
    const opening = editorWith(documentOf(photoBlock('p1'), paragraph(text('Satu dua.'))));
    expect(insertAt(opening, 1, 0)).toBe('photo-opens-page');
    expect(insertWithSelected(opening, 0)).toBe('photo-opens-page');
    expect(shape(opening)).toEqual(['[foto]', 'Satu dua.']);
    const afterBreak = editorWith(
      documentOf(
        paragraph(text('Satu dua.')),
        pageBreak(),
        heading('h2', text('Judul')),
        paragraph(),
        paragraph(text('Tiga empat.')),
      ),
    );
    expect(insertAt(afterBreak, 4, 0)).toBe('heading-opens-page');
    expect(shape(afterBreak)).toEqual(['Satu dua.', '|', 'Judul', '', 'Tiga empat.']);
  });
});

describe('$measurePages', () => {
  it('gives each page’s words and the caret’s page, and measures only changed blocks again', () => {
    const editor = editorWith(
      documentOf(
        paragraph(text(sentence(120))),
        pageBreak(),
        paragraph(text(sentence(30))),
        paragraph(text('x y')),
      ),
    );
    const cache: PageMeasureCache = { blocks: new Map(), generation: 0 };
    editor.update(
      () => {
        const selection = $createRangeSelection();
        const key = $textOf(3).getKey();
        selection.anchor.set(key, 0, 'text');
        selection.focus.set(key, 0, 'text');
        $setSelection(selection);
      },
      { discrete: true },
    );
    const measured = editor.getEditorState().read(() => $measurePages(cache))!;
    expect(measured.pages.map((page) => [page.number, page.words, page.short])).toEqual([
      [1, 120, false],
      [2, 32, true],
    ]);
    expect(measured.current).toBe(2);
    expect(measured.hasContent).toEqual([true, true]);
    expect(cache.blocks.size).toBe(3);

    // A measure of the current generation is used as it is: the plugin drops the keys an update
    // made dirty. After an undo (a new generation) each measure is checked against its text again.
    const firstKey = editor.getEditorState().read(() => $getRoot().getFirstChild()!.getKey());
    cache.blocks.set(firstKey, { text: 'lain', words: 7, content: true, checked: cache.generation });
    const pagesNow = () => editor.getEditorState().read(() => $measurePages(cache))!.pages;
    expect(pagesNow()[0]!.words).toBe(7);
    cache.generation += 1;
    expect(pagesNow()[0]!.words).toBe(120);
  });

  it('counts a page whose only block is a list holding a photo as a page with content, as the export does', () => {
    const editor = editorWith(
      documentOf(
        paragraph(text('satu dua')),
        pageBreak(),
        list('bullet', listItem(photoBlock('p1'))),
        pageBreak(),
        paragraph(text('tiga')),
      ),
    );
    const cache: PageMeasureCache = { blocks: new Map(), generation: 0 };
    expect(editor.getEditorState().read(() => $measurePages(cache))!.hasContent).toEqual([true, true, true]);
  });

  it('counts a page of only characters that take no room (a zero-width space) as empty, as the export does', () => {
    const editor = editorWith(
      documentOf(
        paragraph(text('satu dua')),
        pageBreak(),
        paragraph(text('\u200b\u00ad')),
        pageBreak(),
        paragraph(text('tiga')),
      ),
    );
    const cache: PageMeasureCache = { blocks: new Map(), generation: 0 };
    expect(editor.getEditorState().read(() => $measurePages(cache))!.hasContent).toEqual([true, false, true]);
  });

  it('stops at the deadline, keeps what it measured, and finishes when called again', () => {
    const editor = editorWith(documentOf(paragraph(text('satu dua')), pageBreak(), paragraph(text('tiga'))));
    const cache: PageMeasureCache = { blocks: new Map(), generation: 0 };
    expect(editor.getEditorState().read(() => $measurePages(cache, -1))).toBeNull();
    expect(cache.blocks.size).toBe(0);
    const done = editor.getEditorState().read(() => $measurePages(cache))!;
    expect(done.pages.map((page) => page.words)).toEqual([2, 1]);
  });

  it('measures a 10,000-paragraph body with 9 breaks, cold and warm (timings reported, not asserted)', () => {
    const children = [];
    for (let i = 0; i < 10_000; i += 1) {
      children.push(paragraph(text(sentence(40))));
      if (i % 1_000 === 999 && i < 9_999) children.push(pageBreak());
    }
    const editor = editorWith(documentOf(...children));
    const cache: PageMeasureCache = { blocks: new Map(), generation: 0 };
    const time = () => {
      const start = performance.now();
      const measured = editor.getEditorState().read(() => $measurePages(cache))!;
      return { measured, ms: performance.now() - start };
    };
    const cold = time();
    const warm = time();
    expect(cold.measured.pages).toHaveLength(10);
    expect(warm.measured.pages.every((page) => page.words === 40_000)).toBe(true);
    console.info(
      `page pass over 10,000 paragraphs: cold ${cold.ms.toFixed(1)} ms, warm ${warm.ms.toFixed(1)} ms`,
    );
  });
});
