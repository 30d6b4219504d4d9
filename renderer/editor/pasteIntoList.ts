import { $createListItemNode, $isListItemNode, $isListNode, type ListItemNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent } from '@lexical/utils';
import {
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  type BaseSelection,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';

const $itemAt = (selection: RangeSelection): ListItemNode | null =>
  $findMatchingParent(
    (selection.isBackward() ? selection.focus : selection.anchor).getNode(),
    $isListItemNode,
  );

/**
 * Paragraphs pasted with the caret in a list item, as items of that list (as Word and Google Docs
 * take them): each paragraph an item with its words and their formats, a pasted list its items
 * (their nested lists with them); a page break stays as it is (the page rules take it out). Null
 * when the selection is not in a list item, or the paste has headings or quotes: structure of its
 * own, inserted as it comes.
 */
export function $asItemsOfList(nodes: LexicalNode[], selection: BaseSelection): LexicalNode[] | null {
  if (!$isRangeSelection(selection) || $itemAt(selection) === null) return null;
  if (nodes.some((node) => $isHeadingNode(node) || $isQuoteNode(node))) return null;
  return nodes.flatMap((node): LexicalNode[] => {
    if ($isListNode(node)) return node.getChildren();
    if (!$isParagraphNode(node)) return [node];
    const item = $createListItemNode();
    item.append(...node.getChildren());
    return [item];
  });
}

/** An item that only holds a nested list: its words cannot join another item's. */
const holdsList = (item: ListItemNode): boolean => item.getChildren().some($isListNode);

/**
 * Inserts list items at a selection in a list item: the first one's words go in where the caret is,
 * the others follow as items of the same list, and the words after the caret end the last one.
 * (Lexical's own insertion wraps items in a new list and splits the list around it, numbering the
 * rest from 1 again.) False, inserting nothing, when `nodes` holds anything but list items.
 */
export function $insertItemsIntoList(nodes: LexicalNode[], selection: BaseSelection): boolean {
  const items = nodes.filter($isListItemNode);
  if (!$isRangeSelection(selection) || items.length === 0 || items.length !== nodes.length) return false;
  if (!selection.isCollapsed()) selection.removeText();
  const item = $itemAt(selection);
  if (item === null) return false;
  // The caret's item split at the caret: the words after it wait in an item of their own.
  const tail = selection.insertParagraph();
  let last = item;
  let rest = items;
  if (!holdsList(items[0]!)) {
    item.append(...items[0]!.getChildren());
    rest = items.slice(1);
  }
  for (const next of rest) last = last.insertAfter(next) as ListItemNode;
  const end = last.getLastDescendant();
  const endOffset = last.getChildrenSize();
  if ($isListItemNode(tail)) {
    if (!holdsList(last)) last.append(...tail.getChildren());
    if (tail.isEmpty()) tail.remove();
  }
  if ($isTextNode(end)) end.select(end.getTextContentSize(), end.getTextContentSize());
  else last.select(endOffset, endOffset);
  return true;
}
