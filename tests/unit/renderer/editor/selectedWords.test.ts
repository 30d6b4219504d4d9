import { describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $setSelection,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import {
  $followSelectedWords,
  $selectedWords,
  followSelectedWords,
  holdSelectedWords,
  shiftOf,
  type SelectedWords,
} from '../../../../renderer/editor/selectedWords';
import { editorWith } from '../../support/headless';
import { paragraphs } from '../../support/documents';

const LINES = ['Baca laporan lengkap di situs resmi.', 'Paragraf kedua tentang banjir.'];

/** The text node of paragraph `n` (0-based; one text node each). */
function $textOf(n: number): TextNode {
  const node = $getRoot().getAllTextNodes()[n];
  if (!node) throw new Error(`paragraph ${n} has no text`);
  return node;
}

/** Selects `words` in paragraph `n`, as the box finds them when it opens. */
function select(editor: LexicalEditor, n: number, words: string): void {
  editor.update(
    () => {
      const node = $textOf(n);
      const at = node.getTextContent().indexOf(words);
      const range = $createRangeSelection();
      range.anchor.set(node.getKey(), at, 'text');
      range.focus.set(node.getKey(), at + words.length, 'text');
      $setSelection(range);
    },
    { discrete: true },
  );
}

const held = (editor: LexicalEditor) => editor.getEditorState().read(() => $selectedWords($getSelection()));
const edit = (editor: LexicalEditor, change: () => void) => editor.update(change, { discrete: true });

/** The words the held selection covers now, or null when they were given up. */
function wordsNow(editor: LexicalEditor, words: SelectedWords): string | null {
  return editor.getEditorState().read(() => $followSelectedWords(words)?.selection.getTextContent() ?? null);
}

describe('shiftOf: where an edit of a text node is, beside the selected words at [5, 20)', () => {
  const text = 'Baca laporan lengkap di situs resmi.';
  const ends = [true, true] as const;
  it('moves the words by what was written or taken out before them', () => {
    expect(shiftOf(text, `Kemarin ${text}`, [5, 20], ends)).toBe(8);
    expect(shiftOf(text, text.replace('Baca ', 'Baca ini: '), [5, 20], ends)).toBe(5);
    expect(shiftOf(text, text.slice(5), [5, 20], ends)).toBe(-5);
  });
  it('leaves them where they are for an edit after them', () => {
    expect(shiftOf(text, `${text} Lagi.`, [5, 20], ends)).toBe(0);
    expect(shiftOf(text, text.replace(' di situs', ''), [5, 20], ends)).toBe(0);
  });
  it('gives them up for an edit that touches them', () => {
    expect(shiftOf(text, text.replace('lengkap', 'singkat'), [5, 20], ends)).toBeNull();
    expect(shiftOf(text, text.replace('Baca laporan', 'Baca'), [5, 20], ends)).toBeNull();
  });
  it('gives up a caret when letters are typed exactly at it', () => {
    expect(shiftOf('Awal kalimat', 'Awal x kalimat', [5, 5], ends)).toBeNull();
    expect(shiftOf('Awal kalimat', 'Ini awal kalimat', [5, 5], ends)).toBe(4);
  });
  it('counts an edit at an end the words go on past (into the next node) as touching them', () => {
    expect(shiftOf(text, `${text}!`, [5, text.length], [true, false])).toBeNull();
    expect(shiftOf(text, `!${text}`, [0, 20], [false, true])).toBeNull();
    // Words that end where this node starts (a triple-clicked paragraph): what is typed there is after.
    expect(shiftOf(text, `!${text}`, [0, 0], [false, true])).toBe(0);
  });
});

describe('$followSelectedWords: the words a box acts on, through edits of the body', () => {
  it('keeps the words when another paragraph is written in', () => {
    const editor = editorWith(paragraphs(...LINES));
    select(editor, 0, 'laporan lengkap');
    const words = held(editor)!;
    edit(editor, () => $textOf(1).setTextContent('Paragraf kedua tentang banjir besar.'));
    expect(wordsNow(editor, words)).toBe('laporan lengkap');
  });

  it('follows the words when their own paragraph is written in before them', () => {
    const editor = editorWith(paragraphs(...LINES));
    select(editor, 0, 'laporan lengkap');
    const words = held(editor)!;
    edit(editor, () => $textOf(0).setTextContent(`Kemarin: ${LINES[0]}`));
    expect(wordsNow(editor, words)).toBe('laporan lengkap');
  });

  it('gives the words up when they are typed over, or their node is gone', () => {
    const editor = editorWith(paragraphs(...LINES));
    select(editor, 0, 'laporan lengkap');
    const words = held(editor)!;
    edit(editor, () => $textOf(0).setTextContent('Baca laporan singkat di situs resmi.'));
    expect(wordsNow(editor, words)).toBeNull();
    edit(editor, () => $textOf(0).getParentOrThrow().remove());
    expect(wordsNow(editor, words)).toBeNull();
  });

  it('gives the words up when an undo takes them back, and keeps them when it leaves them as they were', () => {
    const editor = editorWith(paragraphs(...LINES));
    const before = editor.getEditorState();
    edit(editor, () => $textOf(0).setTextContent('Baca laporan lengkap sekali di situs resmi.'));
    select(editor, 0, 'lengkap sekali');
    const typed = held(editor)!;
    // An undo sets an earlier state whole: Lexical reports no dirty text node for it.
    editor.setEditorState(before);
    expect(wordsNow(editor, typed)).toBeNull();

    select(editor, 0, 'laporan');
    const kept = held(editor)!;
    const earlier = editor.getEditorState();
    edit(editor, () => $textOf(1).setTextContent('Diubah.'));
    editor.setEditorState(earlier);
    expect(wordsNow(editor, kept)).toBe('laporan');
  });

  it('gives words across paragraphs up when a paragraph is put between them', () => {
    const editor = editorWith(paragraphs(...LINES));
    edit(editor, () => {
      const range = $createRangeSelection();
      range.anchor.set($textOf(0).getKey(), 5, 'text');
      range.focus.set($textOf(1).getKey(), 8, 'text');
      $setSelection(range);
    });
    const words = held(editor)!;
    edit(editor, () => $textOf(1).setTextContent('Paragraf kedua, diubah.'));
    expect(wordsNow(editor, words)).toBe('laporan lengkap di situs resmi.\nParagraf');
    edit(editor, () =>
      $getRoot()
        .getFirstChildOrThrow()
        .insertAfter($createParagraphNode().append($createTextNode('Sisipan.'))),
    );
    expect(wordsNow(editor, words)).toBeNull();
  });
  it('keeps a paragraph selected whole (up to the start of the next one) while the next one is written in', () => {
    const editor = editorWith(paragraphs(...LINES, 'Paragraf ketiga.'));
    edit(editor, () => {
      const range = $createRangeSelection();
      range.anchor.set($textOf(0).getKey(), 0, 'text');
      range.focus.set($textOf(1).getKey(), 0, 'text');
      $setSelection(range);
    });
    const words = held(editor)!;
    const whole = editor.getEditorState().read(() => words.selection.getTextContent());
    edit(editor, () => $textOf(1).setTextContent(`Lalu: ${LINES[1]}`));
    edit(editor, () => $textOf(2).setTextContent('Paragraf ketiga, diubah.'));
    expect(wordsNow(editor, words)).toBe(whole);
  });
});

describe('followSelectedWords: the update listener while a box is open', () => {
  it('ignores updates of the selection only and writing elsewhere; lets go when the words change', async () => {
    const editor = editorWith(paragraphs(...LINES));
    select(editor, 0, 'laporan lengkap');
    const box = { current: held(editor) };
    let changed = 0;
    const stop = followSelectedWords(editor, box, () => (changed += 1));
    select(editor, 1, 'banjir');
    edit(editor, () => $textOf(1).setTextContent('Paragraf kedua tentang banjir besar.'));
    edit(editor, () => $textOf(0).setTextContent(`Kemarin: ${LINES[0]}`));
    expect(changed).toBe(0);
    expect(editor.getEditorState().read(() => box.current?.selection.getTextContent())).toBe(
      'laporan lengkap',
    );

    edit(editor, () => $textOf(0).setTextContent('Kemarin: Baca laporan di situs resmi.'));
    expect(box.current).toBeNull();
    // Told once the update's other listeners have run.
    expect(changed).toBe(0);
    await Promise.resolve();
    expect(changed).toBe(1);
    stop();
  });
});

describe('holdSelectedWords: the words of a source still being created, whatever its box does', () => {
  it('gives them back followed through the edits beside them, or null when they changed; and lets go', () => {
    const editor = editorWith(paragraphs(...LINES));
    select(editor, 0, 'laporan lengkap');
    const release = holdSelectedWords(editor, held(editor));
    select(editor, 1, 'banjir');
    edit(editor, () => $textOf(0).setTextContent(`Kemarin: ${LINES[0]}`));
    const words = release();
    expect(editor.getEditorState().read(() => words?.selection.getTextContent())).toBe('laporan lengkap');

    const changedMeanwhile = holdSelectedWords(editor, words);
    edit(editor, () => $textOf(0).setTextContent('Kemarin: Baca laporan di situs resmi.'));
    expect(changedMeanwhile()).toBeNull();
  });
});
