import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode } from '@lexical/list';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $setSelection,
  type LexicalNode,
} from 'lexical';
import { BODY_NODES } from '../../../../shared/editor/nodes';
import { $blockCaret, $selectInBlock, type BlockCaret } from '../../../../renderer/editor/caretInBlock';

/**
 * An article brought up to date while its body has the focus is shown again with the caret where it
 * was in its block, counted in characters of that block's text (not at the block's start).
 */
function body() {
  const editor = createHeadlessEditor({
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      const bold = $createTextNode('dua ').toggleFormat('bold');
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append($createTextNode('Paragraf satu.')),
          $createParagraphNode().append($createTextNode('Paragraf '), bold, $createTextNode('tiga.')),
          $createListNode('bullet').append(
            $createListItemNode().append($createTextNode('Butir satu')),
            $createListItemNode().append($createTextNode('Butir dua')),
          ),
          $createParagraphNode(),
        );
    },
    { discrete: true },
  );
  return editor;
}

type Editor = ReturnType<typeof body>;

/** Puts a range selection on text nodes of the body: [block, child text node (deep order), offset]. */
function select(editor: Editor, anchor: [number, number, number], focus = anchor): void {
  editor.update(
    () => {
      const point = ([block, text]: [number, number, number]): LexicalNode => {
        const found = $getRoot().getChildAtIndex(block);
        if (!$isElementNode(found)) throw new Error('not a block');
        return found.getAllTextNodes()[text]!;
      };
      const selection = $createRangeSelection();
      selection.anchor.set(point(anchor).getKey(), anchor[2], 'text');
      selection.focus.set(point(focus).getKey(), focus[2], 'text');
      $setSelection(selection);
    },
    { discrete: true },
  );
}

const caret = (editor: Editor): BlockCaret | null => editor.getEditorState().read($blockCaret);

/** The selected text and where it starts in its block, after putting the caret back. */
function putBack(editor: Editor, place: BlockCaret): { selected: string; block: string; anchor: number } {
  editor.update(
    () => {
      const block = $getRoot().getChildAtIndex(place.block);
      if (!$isElementNode(block)) throw new Error('not a block');
      $selectInBlock(block, place.anchor, place.focus);
    },
    { discrete: true },
  );
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) throw new Error('no range selection');
    const block = selection.anchor.getNode().getTopLevelElementOrThrow();
    return {
      selected: selection.getTextContent(),
      block: block.getTextContent(),
      anchor: caret(editor)!.anchor,
    };
  });
}

describe('the caret’s place in its block', () => {
  it('is counted across the block’s text nodes and a list’s items, and put back there', () => {
    const editor = body();
    select(editor, [1, 2, 2]); // "Paragraf dua ti|ga."
    expect(caret(editor)).toEqual({ block: 1, anchor: 15, focus: 15 });
    select(editor, [0, 0, 0]);
    expect(putBack(editor, { block: 1, anchor: 15, focus: 15 })).toEqual({
      selected: '',
      block: 'Paragraf dua tiga.',
      anchor: 15,
    });
    // A selection from the first word into the bold one, backwards, is kept as it was.
    select(editor, [1, 1, 3], [1, 0, 0]);
    expect(caret(editor)).toEqual({ block: 1, anchor: 12, focus: 0 });
    select(editor, [0, 0, 0]);
    expect(putBack(editor, { block: 1, anchor: 12, focus: 0 }).selected).toBe('Paragraf dua');
    // In a list, counted through its items: the second item's "du|a".
    select(editor, [2, 1, 8]);
    expect(caret(editor)).toEqual({ block: 2, anchor: 18, focus: 18 });
    expect(putBack(editor, { block: 2, anchor: 18, focus: 17 }).selected).toBe('u');
  });

  it('goes to the end of the block when its text is shorter now, and to the start of an empty one', () => {
    const editor = body();
    expect(putBack(editor, { block: 0, anchor: 40, focus: 40 })).toEqual({
      selected: '',
      block: 'Paragraf satu.',
      anchor: 14,
    });
    editor.update(
      () => {
        const empty = $getRoot().getLastChildOrThrow();
        if ($isElementNode(empty)) empty.selectStart();
      },
      { discrete: true },
    );
    expect(caret(editor)).toEqual({ block: 3, anchor: 0, focus: 0 });
    editor.update(
      () => {
        const empty = $getRoot().getLastChildOrThrow();
        if ($isElementNode(empty)) $selectInBlock(empty, 5, 5);
      },
      { discrete: true },
    );
    expect(caret(editor)).toEqual({ block: 3, anchor: 0, focus: 0 });
  });
});
