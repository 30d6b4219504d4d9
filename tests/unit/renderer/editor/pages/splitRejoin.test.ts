import { describe, expect, it, vi } from 'vitest';
import {
  $createNodeSelection,
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  RootNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $createPageBreakNode, $isPageBreakNode } from '../../../../../shared/editor/PageBreakNode';
import type { StoredDocument } from '../../../../../shared/editor/document';
import { $insertPageBreak } from '../../../../../renderer/editor/pages/pageBreaks';
import { $forgetPastedSplits, registerSplitRejoin } from '../../../../../renderer/editor/pages/splitRejoin';
import { documentOf, linebreak, paragraph, text } from '../../../support/documents';
import { editorWith } from '../../../support/headless';

const words = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `kata${from + i}`).join(' ');
const LONG = `${words(1, 30)} ${words(31, 60)}.`;

/** An editor holding `document`, with the rejoin registered as the body's PageBreakPlugin does. */
function editorOf(document: StoredDocument): LexicalEditor {
  const editor = editorWith(document);
  registerSplitRejoin(editor);
  return editor;
}

const update = (editor: LexicalEditor, change: () => void) => editor.update(change, { discrete: true });

const texts = (editor: LexicalEditor): string[] =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => ($isPageBreakNode(node) ? '|' : node.getTextContent())),
  );

/** Ctrl+Enter with the caret at `offset` in the first text of block `index`. */
function splitAt(editor: LexicalEditor, index: number, offset: number): void {
  update(editor, () => {
    const block = $getRoot().getChildAtIndex(index);
    const node = $isElementNode(block) ? block.getAllTextNodes()[0]! : block!;
    const caret = $createRangeSelection();
    caret.anchor.set(node.getKey(), offset, 'text');
    caret.focus.set(node.getKey(), offset, 'text');
    $setSelection(caret);
    expect($insertPageBreak()).toBeNull();
  });
}

const theBreak = (): LexicalNode => $getRoot().getChildren().find($isPageBreakNode)!;
const removeBreak = (editor: LexicalEditor) => update(editor, () => theBreak().remove());
const atKata31 = LONG.indexOf('kata31') + 2; // inside the word: the split goes to its start

/**
 * Deletes a range selection from `fromEnd` letters before the end of the first half to `toStart`
 * letters into the second (0 and 0: just the break), as Delete does.
 */
function deleteAcross(editor: LexicalEditor, fromEnd: number, toStart: number): void {
  update(editor, () => {
    const [first, , second] = $getRoot().getChildren() as ElementNode[];
    const end = first!.getLastDescendant()!;
    const start = second!.getFirstDescendant()!;
    const selection = $createRangeSelection();
    selection.anchor.set(end.getKey(), end.getTextContentSize() - fromEnd, 'text');
    selection.focus.set(start.getKey(), toStart, 'text');
    $setSelection(selection);
    selection.removeText();
  });
}

describe('a page break that split a paragraph', () => {
  it('keeps the space it took out, stored with the break', () => {
    const editor = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(editor, 0, atKata31);
    expect(texts(editor)).toEqual([words(1, 30), '|', `${words(31, 60)}.`]);
    const stored = editor.getEditorState().toJSON() as unknown as StoredDocument;
    expect(stored.root.children[1]).toEqual({ type: 'page-break', version: 1, splitSpace: ' ' });
  });

  it('joins the paragraph again as it goes, with the space between the two words', () => {
    const editor = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(editor, 0, atKata31);
    removeBreak(editor);
    expect(texts(editor)).toEqual([LONG]);
  });

  it('joins it when the halves were written in since, never gluing the words at the seam', () => {
    const editor = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(editor, 0, atKata31);
    update(editor, () => {
      const [first, , second] = $getRoot().getChildren();
      const firstText = ($isElementNode(first) ? first.getLastDescendant() : null)!;
      const secondText = ($isElementNode(second) ? second.getFirstDescendant() : null)!;
      if ($isTextNode(firstText)) firstText.setTextContent(`${firstText.getTextContent()} baru`);
      if ($isTextNode(secondText)) secondText.setTextContent(`lagi ${secondText.getTextContent()}`);
    });
    removeBreak(editor);
    expect(texts(editor)).toEqual([`${words(1, 30)} baru lagi ${words(31, 60)}.`]);
  });

  it('adds no second space where one was written at the seam since', () => {
    const editor = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(editor, 0, atKata31);
    update(editor, () => {
      const first = $getRoot().getFirstChild();
      if ($isElementNode(first)) first.append($createTextNode(' '));
    });
    removeBreak(editor);
    expect(texts(editor)).toEqual([LONG]);
  });

  it('puts back a line break it took out as a line break', () => {
    const editor = editorOf(documentOf(paragraph(text('Baris satu'), linebreak(), text('baris dua'))));
    update(editor, () => {
      const second = $getRoot().getFirstChildOrThrow<ElementNode>().getLastChild()!;
      const caret = $createRangeSelection();
      caret.anchor.set(second.getKey(), 0, 'text');
      caret.focus.set(second.getKey(), 0, 'text');
      $setSelection(caret);
      expect($insertPageBreak()).toBeNull();
    });
    expect(texts(editor)).toEqual(['Baris satu', '|', 'baris dua']);
    removeBreak(editor);
    expect(texts(editor)).toEqual(['Baris satu\nbaris dua']);
  });

  it('goes as any break once another block comes between it and a half, leaving the blocks apart', () => {
    const editor = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(editor, 0, atKata31);
    update(editor, () => {
      $getRoot()
        .getFirstChild()!
        .insertAfter($createParagraphNode().append($createTextNode('Sisipan')));
    });
    removeBreak(editor);
    expect(texts(editor)).toEqual([words(1, 30), 'Sisipan', `${words(31, 60)}.`]);
  });

  it('leaves a half it was written out of apart (nothing there to glue)', () => {
    const editor = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(editor, 0, atKata31);
    update(editor, () => {
      const second = $getRoot().getLastChild();
      if ($isElementNode(second)) second.clear();
    });
    removeBreak(editor);
    expect(texts(editor)).toEqual([words(1, 30), '']);
  });

  it('is remembered in the stored body: read back, its removal still joins the paragraph', () => {
    const split = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(split, 0, atKata31);
    const reread = editorOf(split.getEditorState().toJSON() as unknown as StoredDocument);
    removeBreak(reread);
    expect(texts(reread)).toEqual([LONG]);
  });

  it('joins with the space when a selection of just the break, from one half to the other, is deleted', () => {
    const editor = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(editor, 0, atKata31);
    // Shift+→ from the end of the first half to the start of the second, then Delete: Lexical merges
    // the halves itself, and the words met without their space.
    deleteAcross(editor, 0, 0);
    expect(texts(editor)).toEqual([LONG]);
    update(editor, () => $getSelection()!.insertText('X'));
    expect(texts(editor)).toEqual([`${words(1, 30)} X${words(31, 60)}.`]);
  });

  it('adds nothing when the deleted selection took words with the break', () => {
    const editor = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(editor, 0, atKata31);
    deleteAcross(editor, 2, 4);
    expect(texts(editor)).toEqual([`${words(1, 29)} kata31 ${words(32, 60)}.`]);
  });

  it('puts the caret at the seam, before the second half’s words, when the break went selected', () => {
    const editor = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(editor, 0, atKata31);
    update(editor, () => {
      const selection = $createNodeSelection();
      selection.add(theBreak().getKey());
      $setSelection(selection);
      selection.deleteNodes();
    });
    expect(texts(editor)).toEqual([LONG]);
    const caret = editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
      const node = selection.anchor.getNode();
      return $isTextNode(node) ? node.getTextContent().slice(0, selection.anchor.offset) : null;
    });
    expect(caret).toBe(`${words(1, 30)} `);
  });
});

describe('registering the rejoin', () => {
  it('marks no block changed: a long article opens without its every paragraph reconciled again', async () => {
    const editor = editorWith(documentOf(paragraph(text('Satu')), paragraph(text('Dua'))));
    const changed: string[] = [];
    editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) =>
      changed.push(...[...dirtyElements.keys(), ...dirtyLeaves].filter((key) => key !== 'root')),
    );
    registerSplitRejoin(editor);
    await Promise.resolve();
    update(editor, () => undefined);
    expect(changed).toEqual([]);
  });

  it('still joins a split made after an undo brought a break back', () => {
    const editor = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(editor, 0, atKata31);
    const split = editor.getEditorState();
    removeBreak(editor);
    expect(texts(editor)).toEqual([LONG]);
    // Undo sets a whole state, as the history does.
    editor.setEditorState(split, { tag: 'historic' });
    expect(texts(editor)).toEqual([words(1, 30), '|', `${words(31, 60)}.`]);
    removeBreak(editor);
    expect(texts(editor)).toEqual([LONG]);
  });
  it('still joins a split in a whole state set with no tag (a body loaded again)', () => {
    const editor = editorOf(documentOf(paragraph(text(LONG))));
    splitAt(editor, 0, atKata31);
    const split = editor.getEditorState();
    removeBreak(editor);
    editor.setEditorState(split);
    removeBreak(editor);
    expect(texts(editor)).toEqual([LONG]);
  });

  it('reads none of the body’s blocks when only the caret moves (an arrow, a click in a long article)', () => {
    const editor = editorOf(documentOf(paragraph(text('Satu')), paragraph(text('Dua'))));
    update(editor, () => undefined); // what registering left pending (its root transform marks the root)
    // Lexical reads them too (its own root transform); only the rejoin's reading is counted.
    const getChildren = RootNode.prototype.getChildren;
    let readForSplits = 0;
    const spy = vi.spyOn(RootNode.prototype, 'getChildren').mockImplementation(function (this: RootNode) {
      if (new Error().stack?.includes('splitBreaksOf')) readForSplits += 1;
      return getChildren.call(this);
    });
    try {
      update(editor, () => $getRoot().getLastChildOrThrow<ElementNode>().selectEnd());
      update(editor, () => $getRoot().getFirstChildOrThrow<ElementNode>().selectStart());
      expect(readForSplits).toBe(0);
      update(editor, () => $getRoot().append($createParagraphNode()));
      expect(readForSplits).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('a page break that split nothing', () => {
  it('goes as before, leaving the paragraphs on either side apart', () => {
    const editor = editorOf(documentOf(paragraph(text('Paragraf satu')), paragraph(text('Paragraf dua'))));
    update(editor, () => $getRoot().getFirstChild()!.insertAfter($createPageBreakNode()));
    removeBreak(editor);
    expect(texts(editor)).toEqual(['Paragraf satu', 'Paragraf dua']);
  });

  it('is what a pasted break becomes: the paste split nothing where it lands', () => {
    const editor = editorOf(documentOf(paragraph(text('Paragraf satu')), paragraph(text('Paragraf dua'))));
    update(editor, () => {
      const pasted = [$createPageBreakNode().setSplitSpace(' ')];
      $forgetPastedSplits(pasted);
      $getRoot().getFirstChild()!.insertAfter(pasted[0]!);
    });
    removeBreak(editor);
    expect(texts(editor)).toEqual(['Paragraf satu', 'Paragraf dua']);
  });
});
