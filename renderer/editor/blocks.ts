import {
  $createParagraphNode,
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';

function $topLevel(node: LexicalNode): LexicalNode {
  let current = node;
  for (let parent = current.getParent(); parent && parent !== $getRoot(); parent = current.getParent())
    current = parent;
  return current;
}

/** The top-level block the selection is in, or null when there is no selection. */
export function $selectedBlock(): LexicalNode | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) return $topLevel(selection.anchor.getNode());
  if ($isNodeSelection(selection)) {
    const [first] = selection.getNodes();
    return first ? $topLevel(first) : null;
  }
  return null;
}

/**
 * The last block decorator (photo, page break, related link) in reading order when the selection is
 * made of them only, selected as a whole; null otherwise.
 */
export function $selectedBlockDecorator(): LexicalNode | null {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return null;
  const nodes = selection.getNodes();
  if (nodes.length === 0 || !nodes.every((node) => $isDecoratorNode(node) && !node.isInline())) return null;
  return nodes.reduce((last, node) => (node.isBefore(last) ? last : node));
}

/** Whether the caret (or a range selection's either end) is inside `block`. */
function $holdsCaret(block: LexicalNode): boolean {
  const selection = $getSelection();
  return (
    $isRangeSelection(selection) &&
    [selection.anchor, selection.focus].some((point) => $topLevel(point.getNode()) === block)
  );
}

/**
 * Inserts whole blocks (photos, related links) after `after` (the selection's block by default; the
 * end of the body when there is none). An empty paragraph is replaced rather than left above them,
 * and the body always ends with a paragraph to type in. The caret goes to the block after them, or
 * with `caret: 'kept'` (blocks that arrive while the user works on, a dropped photo's import ending)
 * stays where it is: an empty paragraph that holds it then stays too, after them.
 */
export function $insertBlocks<T extends LexicalNode>(
  nodes: T[],
  after: LexicalNode | null = $selectedBlock(),
  caret: 'after-them' | 'kept' = 'after-them',
): T[] {
  const root = $getRoot();
  let anchor = after && after.isAttached() ? after : root.getLastChild();
  for (const node of nodes) {
    if (
      anchor &&
      $isParagraphNode(anchor) &&
      anchor.getTextContentSize() === 0 &&
      anchor.getChildrenSize() === 0
    ) {
      if (caret === 'kept' && $holdsCaret(anchor)) anchor.insertBefore(node);
      else anchor.replace(node);
    } else if (anchor) anchor.insertAfter(node);
    else root.append(node);
    anchor = node;
  }
  if (anchor && anchor === root.getLastChild()) root.append($createParagraphNode());
  if (caret === 'kept') return nodes;
  const next = anchor?.getNextSibling();
  if ($isElementNode(next)) next.selectStart();
  return nodes;
}

/** Whether `point` is at the very start of `block`, with nothing of it before. */
export function atBlockStart(point: PointType, block: ElementNode): boolean {
  if (point.offset !== 0) return false;
  for (let at: LexicalNode = point.getNode(); at !== block; at = at.getParentOrThrow())
    if (at.getPreviousSibling() !== null) return false;
  return true;
}

/**
 * The selection without an end that selects nothing: a triple-click (or Shift+Down) ends at offset
 * 0 of the next paragraph, or between blocks (before a photo), which Lexical's extract and the tag
 * checks would otherwise take as that next block — and its tag would be silently re-tagged, or the
 * selection refused as holding no text. The end moves back to the end of the last selected text.
 */
export function $withoutEmptyEnd(selection: RangeSelection): RangeSelection {
  if (selection.isCollapsed()) return selection;
  const backward = selection.isBackward();
  const end = backward ? selection.anchor : selection.focus;
  if (end.type === 'text' && end.offset > 0) return selection;
  const probe = $createRangeSelection();
  const before = selection
    .getNodes()
    .filter($isTextNode)
    .reverse()
    .find((node) => {
      probe.anchor.set(node.getKey(), node.getTextContentSize(), 'text');
      return !end.isBefore(probe.anchor);
    });
  if (!before) return selection;
  const trimmed = selection.clone();
  (backward ? trimmed.anchor : trimmed.focus).set(before.getKey(), before.getTextContentSize(), 'text');
  return trimmed;
}
