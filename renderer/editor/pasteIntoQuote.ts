import { $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createLineBreakNode,
  $createTabNode,
  $createTextNode,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  type BaseSelection,
  type LexicalNode,
} from 'lexical';

/** Whether the selection starts and ends in the same quote: what is pasted there goes on the quotation. */
function withinQuote(selection: BaseSelection): boolean {
  if (!$isRangeSelection(selection)) return false;
  const anchor = $findMatchingParent(selection.anchor.getNode(), $isQuoteNode);
  return anchor !== null && anchor === $findMatchingParent(selection.focus.getNode(), $isQuoteNode);
}

/**
 * Paragraphs pasted with the caret (or a selection) in one quote, as lines of that quote: the
 * quotation goes on, and its words after the caret stay in it (inserted as blocks, they ended the
 * quote at the first pasted paragraph and left its last words a plain paragraph). A pasted quote's
 * lines join it the same way. Null when the selection is not within one quote (Ctrl+A from a quote
 * at the top, say), or the paste holds another kind of block.
 */
export function $asLinesOfQuote(nodes: LexicalNode[], selection: BaseSelection): LexicalNode[] | null {
  if (!withinQuote(selection)) return null;
  if (nodes.length < 2 || !nodes.every((node) => $isParagraphNode(node) || $isQuoteNode(node))) return null;
  return nodes.flatMap((node, index) => [
    ...(index > 0 ? [$createLineBreakNode()] : []),
    ...($isElementNode(node) ? node.getChildren() : []),
  ]);
}

const LINE_END = /\r\n|[\n\r\u2028\u2029]/;
const LINE_ENDS_AROUND = /^[\n\r\u2028\u2029]+|[\n\r\u2028\u2029]+$/g;

/** Plain text of several lines pasted into a quote, as that quote's lines (tabs as tabs); else null. */
export function $plainLinesOfQuote(text: string, selection: BaseSelection): LexicalNode[] | null {
  // A line end the copy brought at either end ("Budi berkata\n") makes no empty line in the quote.
  const lines = text.replace(LINE_ENDS_AROUND, '');
  if (!withinQuote(selection) || !LINE_END.test(lines)) return null;
  return lines
    .split(LINE_END)
    .flatMap((line, index) => [
      ...(index > 0 ? [$createLineBreakNode()] : []),
      ...line
        .split('\t')
        .flatMap((part, at) => [
          ...(at > 0 ? [$createTabNode()] : []),
          ...(part ? [$createTextNode(part)] : []),
        ]),
    ]);
}
