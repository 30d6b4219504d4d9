import { $isElementNode, type LexicalEditor } from 'lexical';
import { $selectedBlockDecorator } from './blocks';

/**
 * Gives the body the focus back when a dialog closes. A block selected as a whole (a page break, a
 * photo, a related link) leaves no caret for the browser to focus — the focus would fall to the page
 * and typing go nowhere — so the caret goes to the start of the text after it (or the end of the text
 * before it) first; nothing is added to the body for it.
 */
export function focusBody(editor: LexicalEditor): void {
  editor.update(() => {
    const block = $selectedBlockDecorator();
    if (block === null) return;
    const next = block.getNextSibling();
    if ($isElementNode(next)) return void next.selectStart();
    const previous = block.getPreviousSibling();
    if ($isElementNode(previous)) previous.selectEnd();
  });
  editor.focus();
}
