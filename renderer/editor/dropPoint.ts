import { caretFromPoint } from '@lexical/clipboard';
import {
  $getChildCaretAtIndex,
  $getCollapsedCaretRange,
  $getNearestNodeFromDOMNode,
  $getTextPointCaret,
  $isElementNode,
  $isTextNode,
  $setSelectionFromCaretRange,
  type LexicalEditor,
  type PointCaret,
  type RangeSelection,
} from 'lexical';

/** The caret where a drop at the event's point lands, as Lexical finds it for a drop it takes itself. */
function $dropCaret(event: DragEvent, editor: LexicalEditor): PointCaret<'next'> | null {
  const hit = caretFromPoint(event.clientX, event.clientY, editor.getRootElement());
  if (hit === null) return null;
  const node = $getNearestNodeFromDOMNode(hit.node);
  if (node === null) return null;
  if ($isTextNode(node)) return $getTextPointCaret(node, 'next', hit.offset);
  if ($isElementNode(node)) return $getChildCaretAtIndex(node, hit.offset, 'next');
  // A photo, page break or line break: the drop goes after it.
  const parent = node.getParent();
  return parent === null ? null : $getChildCaretAtIndex(parent, node.getIndexWithinParent() + 1, 'next');
}

/** Puts the caret where a drop at the event's point lands; null when the point is off the body's text. */
export function $selectDropPoint(event: DragEvent, editor: LexicalEditor): RangeSelection | null {
  const caret = $dropCaret(event, editor);
  return caret === null ? null : $setSelectionFromCaretRange($getCollapsedCaretRange(caret));
}
