import { $getSelection, $isElementNode, $isNodeSelection, type LexicalEditor } from 'lexical';

/**
 * Gives the body the focus back when a dialog closes. A block selected as a whole (a page break, a
 * photo, a related link) leaves no caret for the browser to focus — the focus would fall to the page
 * and typing go nowhere — so the caret goes to the start of the text after it (or the end of the text
 * before it) first.
 */
export function focusBody(editor: LexicalEditor): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isNodeSelection(selection)) return;
    const nodes = selection.getNodes();
    const last = nodes.reduce<(typeof nodes)[number] | null>(
      (found, node) => (found === null || found.isBefore(node) ? node : found),
      null,
    );
    const next = last?.getNextSibling();
    if ($isElementNode(next)) return void next.selectStart();
    const previous = last?.getPreviousSibling();
    if ($isElementNode(previous)) previous.selectEnd();
  });
  editor.focus();
}
