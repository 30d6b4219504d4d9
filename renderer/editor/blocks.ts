import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalNode,
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

/**
 * Inserts whole blocks (photos, related links) after `after` (the selection's block by default; the
 * end of the body when there is none). An empty paragraph is replaced rather than left above them,
 * the body always ends with a paragraph to type in, and the caret goes to the block after them.
 */
export function $insertBlocks<T extends LexicalNode>(
  nodes: T[],
  after: LexicalNode | null = $selectedBlock(),
): T[] {
  const root = $getRoot();
  let anchor = after && after.isAttached() ? after : root.getLastChild();
  for (const node of nodes) {
    if (
      anchor &&
      $isParagraphNode(anchor) &&
      anchor.getTextContentSize() === 0 &&
      anchor.getChildrenSize() === 0
    )
      anchor.replace(node);
    else if (anchor) anchor.insertAfter(node);
    else root.append(node);
    anchor = node;
  }
  if (anchor && anchor === root.getLastChild()) root.append($createParagraphNode());
  const next = anchor?.getNextSibling();
  if ($isElementNode(next)) next.selectStart();
  return nodes;
}
