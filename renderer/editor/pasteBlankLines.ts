import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isParagraphNode,
  type LexicalNode,
} from 'lexical';

// White space JavaScript's trim() keeps: zero-width spaces and joiners, and the byte-order mark's twin.
const INVISIBLE = /[\u200b-\u200d\u2060]/g;

/**
 * Blank lines put between paragraphs in a text (an e-mail, a plain-text file) only space them
 * out: "one\n\n\ntwo" is two paragraphs, never two with empty ones between. Each run of blank lines
 * (white space only) becomes one line end; a single line end stays a paragraph's end.
 */
export function withoutBlankLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n(?:[^\S\n]*\n)+/g, '\n');
}

/**
 * A paragraph, heading or quote of a paste holding nothing but white space and line breaks: a
 * spacer of the source (Word's `<p><o:p>&nbsp;</o:p></p>`, a web page's `<p><br></p>`), never a
 * block of the article. The body spaces its paragraphs itself.
 */
export function $isBlankPastedBlock(node: LexicalNode): boolean {
  if (!$isParagraphNode(node) && !$isHeadingNode(node) && !$isQuoteNode(node)) return false;
  if (node.getTextContent().replace(INVISIBLE, '').trim() !== '') return false;
  return !holdsDecorator(node);
}

const holdsDecorator = (node: LexicalNode): boolean =>
  $isDecoratorNode(node) || ($isElementNode(node) && node.getChildren().some(holdsDecorator));

const standsAlone = (node: LexicalNode | undefined): boolean =>
  node === undefined || (($isElementNode(node) || $isDecoratorNode(node)) && !node.isInline());

/**
 * The top-level nodes of a paste without its blank lines: spacer blocks ($isBlankPastedBlock) and the
 * line breaks that stand between blocks (Google Docs puts a `<br>` between two paragraphs for each
 * empty line), which Lexical would wrap in an empty paragraph each. A line break between words stays.
 */
export function $withoutBlankLines(nodes: LexicalNode[]): LexicalNode[] {
  const kept = nodes.filter((node) => !$isBlankPastedBlock(node));
  const neighbour = (from: number, step: 1 | -1): LexicalNode | undefined => {
    let index = from + step;
    while ($isLineBreakNode(kept[index])) index += step;
    return kept[index];
  };
  return kept.filter(
    (node, index) =>
      !$isLineBreakNode(node) || !standsAlone(neighbour(index, -1)) || !standsAlone(neighbour(index, 1)),
  );
}
