import { $createListItemNode, $isListItemNode, $isListNode, type ListItemNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import {
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  type BaseSelection,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { $isPageBreakNode } from '../../shared/editor/PageBreakNode';

/** The list item the selection is in, when it starts and ends in the same one; else null. */
function $itemOf(selection: RangeSelection): ListItemNode | null {
  const anchor = $findMatchingParent(selection.anchor.getNode(), $isListItemNode);
  const focus = $findMatchingParent(selection.focus.getNode(), $isListItemNode);
  return anchor !== null && anchor === focus ? anchor : null;
}

/**
 * Paragraphs pasted with the caret (or a selection) in one list item, as items of that list (as
 * Word and Google Docs take them): each paragraph an item with its words and their formats, a pasted
 * list its items (their nested lists with them); a page break stays (the page rules take it out).
 * Null, changing nothing, when the selection is not within one list item or the paste holds anything
 * else (a heading, a quote, a photo): structure of its own, inserted as it comes.
 */
export function $asItemsOfList(nodes: LexicalNode[], selection: BaseSelection): LexicalNode[] | null {
  if (!$isRangeSelection(selection) || $itemOf(selection) === null) return null;
  if (!nodes.every((node) => $isParagraphNode(node) || $isListNode(node) || $isPageBreakNode(node)))
    return null;
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
 * rest from 1 again.) Nothing is inserted when `items` is empty.
 */
export function $insertItemsIntoList(items: ListItemNode[], selection: RangeSelection): void {
  if (items.length === 0) return;
  if (!selection.isCollapsed()) selection.removeText();
  const item = $itemOf(selection)!;
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
}
