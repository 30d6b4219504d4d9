import { mergeRegister } from '@lexical/utils';
import {
  $createLineBreakNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isLineBreakNode,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  HISTORIC_TAG,
  RootNode,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $isPageBreakNode, $pageBreaksIn, PageBreakNode } from '../../../shared/editor/PageBreakNode';
import { spaceToPutBack } from '../../../shared/editor/splitSpace';
import { rootOf } from '../rootNormalisation';

/**
 * Takes the spaces and line breaks off one end of a paragraph's half (they belong to neither page)
 * and returns them, in reading order, for the break to keep (shared/editor/splitSpace.ts).
 */
export function $trimEdge(block: ElementNode, edge: 'start' | 'end'): string {
  let taken = '';
  const take = (piece: string) => (taken = edge === 'start' ? taken + piece : piece + taken);
  for (;;) {
    const leaf = edge === 'start' ? block.getFirstDescendant() : block.getLastDescendant();
    if ($isLineBreakNode(leaf)) {
      leaf.remove();
      take('\n');
      continue;
    }
    if (!$isTextNode(leaf)) return taken;
    const text = leaf.getTextContent();
    const trimmed = edge === 'start' ? text.trimStart() : text.trimEnd();
    take(edge === 'start' ? text.slice(0, text.length - trimmed.length) : text.slice(trimmed.length));
    if (trimmed === '') {
      leaf.remove();
      continue;
    }
    if (trimmed !== text) leaf.setTextContent(trimmed);
    return taken;
  }
}

/** The split space as nodes: its line breaks as line breaks, the rest as plain text. */
const $spaceNodes = (space: string): LexicalNode[] =>
  space
    .split('\n')
    .flatMap((run, i) => [
      ...(i > 0 ? [$createLineBreakNode()] : []),
      ...(run ? [$createTextNode(run)] : []),
    ]);

/**
 * Joins the second half of a split paragraph back onto the first, with the space the split took
 * out between them (unless one was written there since). A caret left in the second half stays
 * where it was in the text.
 */
export function $rejoinHalves(first: ElementNode, second: ElementNode, taken: string): void {
  const space = $spaceNodes(spaceToPutBack(first.getTextContent(), second.getTextContent(), taken));
  const joint = first.getChildrenSize() + space.length;
  const secondStart = second.getFirstChild();
  first.append(...space, ...second.getChildren());
  const selection = $getSelection();
  if ($isRangeSelection(selection)) {
    for (const point of [selection.anchor, selection.focus]) {
      if (point.key === second.getKey()) point.set(first.getKey(), joint + point.offset, 'element');
      // Where the selected break stood (the body itself): the caret goes to the seam.
      else if ($isRootNode(point.getNode()))
        if ($isTextNode(secondStart)) point.set(secondStart.getKey(), 0, 'text');
        else point.set(first.getKey(), joint, 'element');
    }
  } else if ($isNodeSelection(selection) && selection.getNodes().length === 0) first.select(joint, joint);
  second.remove();
}

/**
 * Before this update: the split space of the break `breakKey` and the keys of the blocks either side
 * of it (the paragraph's halves), or null when it was no split break between two blocks.
 */
function splitBreakBefore(
  editor: LexicalEditor,
  breakKey: NodeKey,
): { space: string; firstKey: NodeKey; nextKey: NodeKey } | null {
  return editor.getEditorState().read(
    () => {
      const pageBreak = $getNodeByKey(breakKey);
      if (!$isPageBreakNode(pageBreak)) return null;
      const space = pageBreak.getSplitSpace();
      const first = pageBreak.getPreviousSibling();
      const next = pageBreak.getNextSibling();
      return space === null || first === null || next === null
        ? null
        : { space, firstKey: first.getKey(), nextKey: next.getKey() };
    },
    { editor },
  );
}

/** Joins the halves the split break `breakKey` stood between, now that it has gone (see below). */
function $rejoinWhereBreakStood(editor: LexicalEditor, breakKey: NodeKey): void {
  const stood = splitBreakBefore(editor, breakKey);
  const first = stood && $getNodeByKey(stood.firstKey);
  if (!stood || !$isParagraphNode(first) || !first.isAttached()) return;
  const second = first.getNextSibling();
  if ($isParagraphNode(second) && second.getKey() === stood.nextKey) {
    if (hasText(first) && hasText(second)) $rejoinHalves(first, second, stood.space);
  } else if (!$getNodeByKey(stood.nextKey)?.isAttached()) $spaceMergedHalves(editor, first, stood);
}

/** The keys of the split breaks in the body of `state` (a walk over the top-level blocks). */
function splitBreaksOf(state: EditorState): Set<NodeKey> {
  return state.read(
    () =>
      new Set(
        $getRoot()
          .getChildren()
          .filter((block) => $isPageBreakNode(block) && block.getSplitSpace() !== null)
          .map((block) => block.getKey()),
      ),
  );
}

/** The keys of a break's neighbours before this update, or null when it was not in the body then. */
function neighboursBefore(editor: LexicalEditor, key: NodeKey): [NodeKey | null, NodeKey | null] | null {
  return editor.getEditorState().read(
    () => {
      const node = $getNodeByKey(key);
      return node
        ? [node.getPreviousSibling()?.getKey() ?? null, node.getNextSibling()?.getKey() ?? null]
        : null;
    },
    { editor },
  );
}

const hasText = (block: ElementNode) => block.getTextContent().trim() !== '';

/**
 * A selection of just the break — from the end of one half to the start of the other — deleted:
 * Lexical merges the halves itself, words touching. When the paragraph now holds exactly the two
 * halves' texts one after the other (nothing else was deleted with the break), the split's space goes
 * back at the seam, the caret after it.
 */
function $spaceMergedHalves(
  editor: LexicalEditor,
  first: ElementNode,
  stood: { space: string; nextKey: NodeKey },
): void {
  const key = first.getKey();
  const [before, after] = editor
    .getEditorState()
    .read(
      () =>
        [$getNodeByKey<ElementNode>(key)!, $getNodeByKey<ElementNode>(stood.nextKey)].map(
          (block) => block?.getTextContent() ?? '',
        ),
      { editor },
    );
  if (!before!.trim() || !after!.trim() || first.getTextContent() !== before! + after!) return;
  const space = $spaceNodes(spaceToPutBack(before!, after!, stood.space));
  if (space.length === 0) return;
  // The seam: between two of the paragraph's children, or inside a text run the merge made one.
  let offset = before!.length;
  for (const child of first.getChildren()) {
    const size = child.getTextContentSize();
    if (offset > size) {
      offset -= size;
      continue;
    }
    if (offset === size) child.insertAfter(space[0]!);
    // Inside a link or a tag the seam is left as it is: a space there would change what it holds.
    else if ($isTextNode(child)) child.splitText(offset)[0]!.insertAfter(space[0]!);
    break;
  }
  if (!space[0]!.isAttached()) return;
  let last = space[0]!;
  for (const node of space.slice(1)) last = last.insertAfter(node);
  const index = last.getIndexWithinParent() + 1;
  first.select(index, index);
}

/**
 * A page break that split a paragraph joins it again as it goes, however it goes (Delete or
 * Backspace on it or beside it, cut, Accept of auto-split, the page rules), in that same update and
 * so in its undo step: the halves are found as the break's neighbours before the update. They count
 * as the paragraph's halves while they are the break's neighbours, whatever is written in them;
 * once another block comes between, the break forgets the split and goes as any break does, leaving
 * the blocks apart. A half left without text is not joined (nothing can be glued to it).
 */
export function registerSplitRejoin(editor: LexicalEditor): () => void {
  // The split breaks of the body as last committed, kept from each update's changed leaves (a break
  // is one): the root's transform, which runs on every update, looks for those gone. Not a paragraph
  // transform: registering one marks every paragraph changed, a whole reconcile of a long article.
  let splitBreaks = splitBreaksOf(editor.getEditorState());
  return mergeRegister(
    editor.registerUpdateListener(({ editorState, prevEditorState, dirtyLeaves, tags }) => {
      // A whole state set (opening, undo, redo) names no leaves: the body is read again. A move of the
      // caret (an arrow, a click) names none either, and keeps the root as it was: nothing to read.
      if (
        tags.has(HISTORIC_TAG) ||
        (dirtyLeaves.size === 0 && rootOf(editorState) !== rootOf(prevEditorState))
      )
        return void (splitBreaks = splitBreaksOf(editorState));
      if (dirtyLeaves.size === 0) return;
      editorState.read(() => {
        for (const key of dirtyLeaves) {
          const node = $getNodeByKey(key);
          if ($isPageBreakNode(node) && node.isAttached() && node.getSplitSpace() !== null)
            splitBreaks.add(key);
          else splitBreaks.delete(key);
        }
      });
    }),
    editor.registerNodeTransform(PageBreakNode, (pageBreak) => {
      if (pageBreak.getSplitSpace() === null || !pageBreak.isAttached()) return;
      const before = neighboursBefore(editor, pageBreak.getKey());
      if (before === null) return; // put in by this update, beside the halves it made
      const now = [
        pageBreak.getPreviousSibling()?.getKey() ?? null,
        pageBreak.getNextSibling()?.getKey() ?? null,
      ];
      if (before[0] !== now[0] || before[1] !== now[1]) pageBreak.setSplitSpace(null);
    }),
    editor.registerNodeTransform(RootNode, () => {
      for (const key of splitBreaks)
        if (!$getNodeByKey(key)?.isAttached()) $rejoinWhereBreakStood(editor, key);
    }),
  );
}

/** Breaks arriving in a paste split nothing here: they go as any break does. */
export function $forgetPastedSplits(nodes: LexicalNode[]): void {
  for (const pageBreak of $pageBreaksIn(nodes))
    if (pageBreak.getSplitSpace() !== null) pageBreak.setSplitSpace(null);
}
