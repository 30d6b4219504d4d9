import { describe, expect, it } from 'vitest';
import {
  $createListItemNode,
  $createListNode,
  $isListItemNode,
  $isListNode,
  type ListNode,
} from '@lexical/list';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { $createPhotoNode } from '../../../../shared/editor/PhotoNode';
import { $asItemsOfList, $insertItemsIntoList } from '../../../../renderer/editor/pasteIntoList';
import { $asLinesOfQuote, $plainLinesOfQuote } from '../../../../renderer/editor/pasteIntoQuote';
import { documentOf, list, listItem, paragraph, quote, text } from '../../support/documents';
import { editorWith } from '../../support/headless';

/** The text node holding `needle`, anywhere in the body. */
function $textWith(needle: string): TextNode {
  const found = $getRoot()
    .getAllTextNodes()
    .find((node) => node.getTextContent().includes(needle));
  if (!found) throw new Error(`"${needle}" is not in the body`);
  return found;
}

/** Selects from `from` (offset in the node holding it) to `to`: a caret when only `from` is given. */
function $select(from: [string, number], to: [string, number] = from) {
  const selection = $createRangeSelection();
  selection.anchor.set($textWith(from[0]).getKey(), from[1], 'text');
  selection.focus.set($textWith(to[0]).getKey(), to[1], 'text');
  $setSelection(selection);
  return selection;
}

const para = (words: string) => $createParagraphNode().append($createTextNode(words));

/** The body as a reader sees it: each block's kind and text, a list's items one by one. */
function shape(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .flatMap((block): string[] =>
        $isListNode(block)
          ? block.getChildren().map((item) => `${block.getListType()} li: ${item.getTextContent()}`)
          : [`${block.getType()}: ${block.getTextContent()}`],
      ),
  );
}

/** Pastes `nodes` into a list as pastedData does: as items when they may be, else reports null. */
function pasteIntoList(editor: LexicalEditor, select: () => unknown, nodes: () => LexicalNode[]): boolean {
  let converted = false;
  editor.update(
    () => {
      const selection = select() as ReturnType<typeof $select>;
      const items = $asItemsOfList(nodes(), selection);
      if (items === null) return;
      converted = true;
      $insertItemsIntoList(items.filter($isListItemNode), selection);
    },
    { discrete: true },
  );
  return converted;
}

const STEPS = () =>
  editorWith(
    documentOf(list('number', listItem(text('abcd')), listItem(text('efgh'))), paragraph(text('Sesudah.'))),
  );

describe('paragraphs pasted into a list item', () => {
  it('become items of that list: the first joins the caret’s item, the words after the caret end the last', () => {
    const editor = STEPS();
    expect(
      pasteIntoList(
        editor,
        () => $select(['abcd', 2]),
        () => [para('X'), para('Y')],
      ),
    ).toBe(true);
    expect(shape(editor)).toEqual([
      'number li: abX',
      'number li: Ycd',
      'number li: efgh',
      'paragraph: Sesudah.',
    ]);
  });

  it('at the end of an item, or in an empty one, leave no empty item behind', () => {
    const editor = STEPS();
    pasteIntoList(
      editor,
      () => $select(['abcd', 4]),
      () => [para('X'), para('Y')],
    );
    expect(shape(editor)).toEqual([
      'number li: abcdX',
      'number li: Y',
      'number li: efgh',
      'paragraph: Sesudah.',
    ]);
    const empty = editorWith(documentOf(list('bullet', listItem(text('satu')), listItem())));
    pasteIntoList(
      empty,
      () => {
        const item = $getRoot().getFirstChildOrThrow<ListNode>().getLastChildOrThrow();
        return $isElementNode(item) ? item.select(0, 0) : null;
      },
      () => [para('X'), para('Y')],
    );
    expect(shape(empty)).toEqual(['bullet li: satu', 'bullet li: X', 'bullet li: Y']);
  });

  it('replace the words selected within one item, backwards too; a pasted list gives its items', () => {
    const editor = STEPS();
    pasteIntoList(
      editor,
      () => $select(['abcd', 3], ['abcd', 1]),
      () => [$createListNode('bullet').append($createListItemNode().append($createTextNode('X')))],
    );
    expect(shape(editor)).toEqual(['number li: aXd', 'number li: efgh', 'paragraph: Sesudah.']);
  });

  it('are left to Lexical when the paste holds a photo, or the selection runs out of the item', () => {
    const editor = STEPS();
    const photo = () => [para('X'), $createPhotoNode({ photoId: 'p1' }), para('Y')];
    expect(pasteIntoList(editor, () => $select(['abcd', 2]), photo)).toBe(false);
    expect(
      pasteIntoList(
        editor,
        () => $select(['abcd', 2], ['Sesudah', 3]),
        () => [para('X')],
      ),
    ).toBe(false);
    expect(
      pasteIntoList(
        editor,
        () => $select(['abcd', 2], ['efgh', 1]),
        () => [para('X')],
      ),
    ).toBe(false);
    expect(shape(editor)).toEqual(['number li: abcd', 'number li: efgh', 'paragraph: Sesudah.']);
  });
});

describe('paragraphs or lines pasted into a quote', () => {
  const QUOTED = () => editorWith(documentOf(quote(text('Kutipan ekor.')), paragraph(text('Sesudah.'))));
  const linesOf = (editor: LexicalEditor, run: () => LexicalNode[] | null) => {
    let lines: string[] | null = null;
    editor.update(
      () => {
        lines = run()?.map((node) => node.getTextContent() || node.getType()) ?? null;
      },
      { discrete: true },
    );
    return lines;
  };

  it('are lines of it, within one quote only', () => {
    const editor = QUOTED();
    expect(linesOf(editor, () => $asLinesOfQuote([para('A'), para('B')], $select(['Kutipan', 7])))).toEqual([
      'A',
      '\n',
      'B',
    ]);
    // Ctrl+A from a quote at the top, or a selection out of the quote: pasted as it comes.
    expect(
      linesOf(editor, () => $asLinesOfQuote([para('A'), para('B')], $select(['Kutipan', 0], ['Sesudah', 3]))),
    ).toBeNull();
  });

  it('take no empty line from a line end a plain copy brought at either end', () => {
    const editor = QUOTED();
    const plain = (words: string) =>
      linesOf(editor, () => $plainLinesOfQuote(words, $select(['Kutipan', 7])));
    expect(plain('Budi berkata\n')).toBeNull();
    expect(plain('\nA\r\nB\n\n')).toEqual(['A', '\n', 'B']);
    expect(plain('A\tB\nC')).toEqual(['A', '\t', 'B', '\n', 'C']);
  });
});
