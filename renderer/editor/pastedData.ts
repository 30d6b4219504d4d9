import {
  $generateNodesFromSerializedNodes,
  $insertDataTransferForRichText,
  $insertGeneratedNodes,
} from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { $isListItemNode } from '@lexical/list';
import {
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  type BaseSelection,
  type RangeSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $withoutBlankLines, withoutBlankLines } from './pasteBlankLines';
import { cleanPastedHtml } from './pasteHtml';
import { $asItemsOfList, $insertItemsIntoList } from './pasteIntoList';
import { $asLinesOfQuote, $plainLinesOfQuote } from './pasteIntoQuote';
import { LEXICAL_CLIPBOARD, redaksiCopyNodes } from './redaksiCopy';

export interface Inserted {
  /** Page breaks inside a pasted list, quote or table, left out (the editor says so). */
  leftOut: number;
}

/** A copy of Redaksi's body as nodes; null when Lexical cannot read it (its HTML is taken instead). */
function $importRedaksiCopy(json: string): LexicalNode[] | null {
  const copy = redaksiCopyNodes(json);
  if (copy === null) return null;
  try {
    return $generateNodesFromSerializedNodes(copy);
  } catch (error) {
    console.error('[redaksi] a copy of the body could not be read; its HTML is pasted instead', error);
    return null;
  }
}

/**
 * Inserts pasted nodes as Lexical's own paste does (the page rules first, by the command), except that
 * paragraphs pasted into a list item become items of its list, and into a quote lines of the quote.
 */
function $insertNodes(editor: LexicalEditor, nodes: LexicalNode[], selection: BaseSelection): void {
  const lines = $asLinesOfQuote(nodes, selection);
  if (lines !== null) return $insertGeneratedNodes(editor, lines, selection);
  const items = $asItemsOfList(nodes, selection);
  if (items === null) return $insertGeneratedNodes(editor, nodes, selection);
  // The page rules take the breaks out of what is pasted into a list (in place): items are left.
  if (editor.dispatchCommand(SELECTION_INSERT_CLIPBOARD_NODES_COMMAND, { nodes: items, selection })) return;
  $insertItemsIntoList(items.filter($isListItemNode), selection as RangeSelection);
}

/**
 * Inserts at `selection` what a paste, or a drop from outside the body, carries, whichever way it came:
 * - a copy of Redaksi's body, as its own nodes (the page rules still apply where they land);
 * - HTML from anywhere else — Word, Google Docs, a web page, another Lexical editor, whose own Lexical
 *   data is never imported — cleaned (pasteHtml.ts) and without blank lines;
 * - plain text with blank lines between its paragraphs, as those paragraphs;
 * - with the caret in a list item, the paragraphs of either kind of copy as items of that list; in a
 *   quote, any paste's paragraphs or lines as lines of that quote.
 * Returns null, inserting nothing, for what Lexical is left to take as it comes: files (PhotoPlugin),
 * and plain text with no blank lines to drop (and no other editor's data beside it).
 */
export function $insertPastedData(
  editor: LexicalEditor,
  data: DataTransfer,
  selection: BaseSelection,
): Inserted | null {
  const lexical = data.getData(LEXICAL_CLIPBOARD);
  const own = lexical === '' ? null : $importRedaksiCopy(lexical);
  if (own !== null) {
    $insertNodes(editor, own, selection);
    return { leftOut: 0 };
  }
  const html = data.getData('text/html');
  if (html) {
    const { document, leftOut } = cleanPastedHtml(html);
    const nodes = $withoutBlankLines($generateNodesFromDOM(editor, document));
    if (nodes.length > 0) $insertNodes(editor, nodes, selection);
    return { leftOut };
  }
  if (data.files.length > 0) return null;
  const text = data.getData('text/plain');
  const paragraphs = withoutBlankLines(text);
  const lines = $plainLinesOfQuote(paragraphs, selection);
  if (lines !== null) {
    $insertGeneratedNodes(editor, lines, selection);
    return { leftOut: 0 };
  }
  // Lexical would read the other editor's data first: only the text goes to it.
  if (paragraphs === text && lexical === '') return null;
  const plain = new DataTransfer();
  plain.setData('text/plain', paragraphs);
  $insertDataTransferForRichText(plain, selection, editor);
  return { leftOut: 0 };
}
