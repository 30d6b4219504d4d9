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

/** Whether the selection starts in a quote: what is pasted there goes on the quotation. */
function startsInQuote(selection: BaseSelection): boolean {
  if (!$isRangeSelection(selection)) return false;
  const start = selection.isBackward() ? selection.focus : selection.anchor;
  return $findMatchingParent(start.getNode(), $isQuoteNode) !== null;
}

/**
 * Paragraphs pasted with the caret in a quote, as lines of that quote: the quotation goes on, and
 * its words after the caret stay in it (inserted as blocks, they ended the quote at the first pasted
 * paragraph and left its last words a plain paragraph). A pasted quote's lines join it the same way.
 * Null when the selection is not in a quote, or the paste holds another kind of block.
 */
export function $asLinesOfQuote(nodes: LexicalNode[], selection: BaseSelection): LexicalNode[] | null {
  if (!startsInQuote(selection)) return null;
  if (nodes.length < 2 || !nodes.every((node) => $isParagraphNode(node) || $isQuoteNode(node))) return null;
  return nodes.flatMap((node, index) => [
    ...(index > 0 ? [$createLineBreakNode()] : []),
    ...($isElementNode(node) ? node.getChildren() : []),
  ]);
}

const LINE_END = /\r\n|[\n\r\u2028\u2029]/;

/** Plain text of several lines pasted into a quote, as that quote's lines (tabs as tabs); else null. */
export function $plainLinesOfQuote(text: string, selection: BaseSelection): LexicalNode[] | null {
  if (!startsInQuote(selection) || !LINE_END.test(text)) return null;
  return text
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
