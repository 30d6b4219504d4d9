import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $getRoot,
  $isLineBreakNode,
  $isParagraphNode,
  $isTextNode,
  type EditorState,
  type LexicalNode,
} from 'lexical';
import { hasVisibleText } from '../../shared/text/characters';

/** A paragraph, heading or quote holding no word: nothing, spaces or line breaks. */
const blank = (block: LexicalNode): boolean =>
  ($isParagraphNode(block) || $isHeadingNode(block) || $isQuoteNode(block)) &&
  block.getChildren().every((child) => $isLineBreakNode(child) || $isTextNode(child)) &&
  !hasVisibleText(block.getTextContent());

/**
 * Whether a body holds no word: no block, or only paragraphs, headings or quotes with nothing in them
 * but spaces or line breaks — as a new article's body is, Select all and Delete leave it, or Enter
 * pressed twice. A photo, a page break, a list or a related link is something.
 */
export function bodyIsEmpty(state: EditorState): boolean {
  return state.read(() => $getRoot().getChildren().every(blank));
}
