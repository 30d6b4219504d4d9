import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import {
  $createNodeSelection,
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $setSelection,
  type LexicalEditor,
  type NodeKey,
  type TextNode,
} from 'lexical';
import { BODY_NODES } from '../../../../../shared/editor/nodes';
import { $createPageBreakNode } from '../../../../../shared/editor/PageBreakNode';
import { isSelectedBlock, watchSelected } from '../../../../../renderer/editor/nodes/selectedBlocks';

interface Body {
  editor: LexicalEditor;
  text: [NodeKey, NodeKey, NodeKey];
  breaks: [NodeKey, NodeKey];
}

/** Satu | break | Dua | break | Tiga */
function body(): Body {
  const editor = createHeadlessEditor({
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  let made: Omit<Body, 'editor'> | undefined;
  editor.update(
    () => {
      const words = ['Satu', 'Dua', 'Tiga'].map((word) => $createTextNode(word));
      const breaks = [$createPageBreakNode(), $createPageBreakNode()];
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append(words[0]!),
          breaks[0]!,
          $createParagraphNode().append(words[1]!),
          breaks[1]!,
          $createParagraphNode().append(words[2]!),
        );
      made = {
        text: words.map((word) => word.getKey()) as Body['text'],
        breaks: breaks.map((each) => each.getKey()) as Body['breaks'],
      };
    },
    { discrete: true },
  );
  return { editor, ...made! };
}

const select = (editor: LexicalEditor, choose: () => void) => editor.update(choose, { discrete: true });
const range = (from: NodeKey, fromOffset: number, to: NodeKey, toOffset: number) => () => {
  const selection = $createRangeSelection();
  selection.anchor.set(from, fromOffset, 'text');
  selection.focus.set(to, toOffset, 'text');
  $setSelection(selection);
};
const nodes =
  (...keys: NodeKey[]) =>
  () => {
    const selection = $createNodeSelection();
    for (const key of keys) selection.add(key);
    $setSelection(selection);
  };
/** What Lexical's own per-node check says (useLexicalNodeSelection's answer). */
const lexicalSays = (editor: LexicalEditor, key: NodeKey) =>
  editor.getEditorState().read(() => $getNodeByKey(key)?.isSelected() ?? false);

describe('selected blocks, read once per update for every block', () => {
  it('tells a block when a click selects it and when the caret takes the selection back', () => {
    const { editor, text, breaks } = body();
    const told = { first: 0, second: 0 };
    const stop = [
      watchSelected(editor, breaks[0], () => (told.first += 1)),
      watchSelected(editor, breaks[1], () => (told.second += 1)),
    ];
    select(editor, nodes(breaks[0]));
    expect([isSelectedBlock(editor, breaks[0]), isSelectedBlock(editor, breaks[1])]).toEqual([true, false]);
    expect(told).toEqual({ first: 1, second: 0 });

    select(editor, nodes(breaks[0], breaks[1])); // Shift+click adds the second
    expect(told).toEqual({ first: 1, second: 1 });
    expect(isSelectedBlock(editor, breaks[1])).toBe(true);

    select(editor, range(text[1], 1, text[1], 1));
    expect([isSelectedBlock(editor, breaks[0]), isSelectedBlock(editor, breaks[1])]).toEqual([false, false]);
    expect(told).toEqual({ first: 2, second: 2 });
    for (const each of stop) each();
  });

  it('tells no block while the editor types at a caret', () => {
    const { editor, text, breaks } = body();
    let told = 0;
    const stop = watchSelected(editor, breaks[0], () => (told += 1));
    select(editor, range(text[1], 3, text[1], 3));
    for (const letter of 'abc') {
      editor.update(
        () => {
          const node = $getNodeByKey<TextNode>(text[1])!;
          node.setTextContent(node.getTextContent() + letter);
        },
        { discrete: true },
      );
    }
    expect(told).toBe(0);
    expect(isSelectedBlock(editor, breaks[0])).toBe(false);
    stop();
  });

  it('answers as Lexical does for carets, ranges and node selections', () => {
    const { editor, text, breaks } = body();
    const stop = breaks.map((key) => watchSelected(editor, key, () => undefined));
    const cases = [
      range(text[0], 2, text[0], 2),
      range(text[0], 1, text[0], 3),
      range(text[0], 2, text[1], 1), // over the first break
      range(text[2], 2, text[0], 0), // backwards over both
      range(text[1], 0, text[2], 4), // over the second
      nodes(breaks[1]),
      nodes(text[1]),
    ];
    for (const choose of cases) {
      select(editor, choose);
      for (const key of breaks) expect(isSelectedBlock(editor, key)).toBe(lexicalSays(editor, key));
    }
    // The checks above are not all "no": both answers were seen.
    select(editor, cases[2]!);
    expect([isSelectedBlock(editor, breaks[0]), isSelectedBlock(editor, breaks[1])]).toEqual([true, false]);
    for (const each of stop) each();
  });

  it('finds a block already selected when its view starts watching, and a block removed leaves the selection', () => {
    const { editor, breaks } = body();
    select(editor, nodes(breaks[1]));
    expect(isSelectedBlock(editor, breaks[1])).toBe(true); // no watcher yet
    const other = watchSelected(editor, breaks[0], () => undefined);
    expect(isSelectedBlock(editor, breaks[1])).toBe(true); // watchers of other blocks only
    let told = 0;
    const stop = watchSelected(editor, breaks[1], () => (told += 1));
    expect(isSelectedBlock(editor, breaks[1])).toBe(true);
    editor.update(() => $getNodeByKey(breaks[1])!.remove(), { discrete: true });
    expect(isSelectedBlock(editor, breaks[1])).toBe(false);
    expect(told).toBe(1);
    stop();
    other();
  });
});
