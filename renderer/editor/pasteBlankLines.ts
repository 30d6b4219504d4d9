import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isDecoratorNode, $isElementNode, $isParagraphNode, type LexicalNode } from 'lexical';

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
