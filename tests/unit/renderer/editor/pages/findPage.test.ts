import { describe, expect, it } from 'vitest';
import { $getRoot, type LexicalEditor } from 'lexical';
import { $findPage, type PagePlace } from '../../../../../renderer/editor/pages/findPage';
import { documentOf, heading, paragraph, text } from '../../../support/documents';
import { pageBreak, photo } from '../../../support/long-articles';
import { editorWith } from '../../../support/headless';

/** Page `number` as found: its number, and the top-level indexes of its break and of the block landed on. */
const found = (editor: LexicalEditor, number: number, where?: PagePlace) =>
  editor.getEditorState().read(() => {
    const page = $findPage(number, where);
    return {
      number: page.number,
      start: page.start?.getIndexWithinParent() ?? null,
      block: page.block?.getIndexWithinParent() ?? null,
    };
  });

describe('$findPage', () => {
  // 0 P1 · 1 break · 2 P2 · 3 heading · 4 break · 5 P3 · 6 photo · 7 blank · 8 break · 9 P4
  const editor = editorWith(
    documentOf(
      paragraph(text('satu')),
      pageBreak(),
      paragraph(text('dua')),
      heading('h2', text('Judul')),
      pageBreak(),
      paragraph(text('tiga')),
      photo(),
      paragraph(),
      pageBreak(),
      paragraph(text('empat')),
    ),
  );

  it('finds page n at the (n-1)-th break, and lands on its first block', () => {
    expect(found(editor, 1)).toEqual({ number: 1, start: null, block: 0 });
    expect(found(editor, 2)).toEqual({ number: 2, start: 1, block: 2 });
    expect(found(editor, 4)).toEqual({ number: 4, start: 8, block: 9 });
  });

  it('lands at the end on the last block that shows anything: the heading or photo the page ends on', () => {
    expect(found(editor, 2, 'end')).toEqual({ number: 2, start: 1, block: 3 });
    expect(found(editor, 3, 'end')).toEqual({ number: 3, start: 4, block: 6 });
  });

  it('takes a page the body no longer has (a break just deleted) for its last page', () => {
    expect(found(editor, 7)).toEqual({ number: 4, start: 8, block: 9 });
  });

  it('follows the body as it is now, not as it was measured', () => {
    const changing = editorWith(
      documentOf(
        paragraph(text('satu')),
        pageBreak(),
        paragraph(text('dua')),
        pageBreak(),
        paragraph(text('tiga')),
      ),
    );
    changing.update(() => $getRoot().getChildAtIndex(1)!.remove(), { discrete: true });
    expect(found(changing, 2)).toEqual({ number: 2, start: 2, block: 3 });
  });

  it('lands on no block on a page that has none', () => {
    const blank = editorWith(
      documentOf(paragraph(text('satu')), pageBreak(), pageBreak(), paragraph(text('dua'))),
    );
    expect(found(blank, 2)).toEqual({ number: 2, start: 1, block: null });
  });

  it('lands at the end of a page of blank lines on its first', () => {
    const blank = editorWith(documentOf(paragraph(text('satu')), pageBreak(), paragraph(), paragraph()));
    expect(found(blank, 2, 'end')).toEqual({ number: 2, start: 1, block: 2 });
  });
});
