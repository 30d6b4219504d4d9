import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createNodeSelection,
  $createParagraphNode,
  $createRangeSelectionFromDom,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $isRootNode,
  $setSelection,
  BEFORE_INPUT_COMMAND,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  getDOMSelection,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  mergeRegister,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isPhotoNode } from '../../../shared/editor/PhotoNode';
import { $isRelatedLinkNode } from '../../../shared/editor/RelatedLinkNode';

/** Puts the caret where the text after a selected block starts (a new paragraph when none follows). */
function $caretAfter(block: LexicalNode): void {
  const next = block.getNextSibling();
  if ($isElementNode(next) && !next.isInline()) {
    next.selectStart();
    return;
  }
  if (!$isRootNode(block.getParent())) {
    block.selectNext();
    return;
  }
  const paragraph = $createParagraphNode();
  block.insertAfter(paragraph);
  paragraph.select();
}

/** The last selected block decorator in reading order, when the selection is made of them only. */
function $selectedBlockDecorator(): LexicalNode | null {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return null;
  const nodes = selection.getNodes();
  if (nodes.length === 0 || !nodes.every((node) => $isDecoratorNode(node) && !node.isInline())) return null;
  return nodes.reduce((last, node) => (node.isBefore(last) ? last : node));
}

/**
 * The photo or related link the collapsed caret touches from the edge of its block (Backspace at the
 * block's very start, Delete at its very end), or null.
 */
function $contentBlockAtEdge(backward: boolean): LexicalNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const { anchor } = selection;
  const node = anchor.getNode();
  const block = node.getTopLevelElement();
  // An empty paragraph beside the block: Lexical's default removes it and selects the block.
  if (block === null || !$isElementNode(block) || block.isEmpty()) return null;
  const size = $isElementNode(node) ? node.getChildrenSize() : node.getTextContentSize();
  if (anchor.offset !== (backward ? 0 : size)) return null;
  for (let at: LexicalNode = node; at !== block; at = at.getParentOrThrow()) {
    if ((backward ? at.getPreviousSibling() : at.getNextSibling()) !== null) return null;
  }
  const beside = backward ? block.getPreviousSibling() : block.getNextSibling();
  return $isPhotoNode(beside) || $isRelatedLinkNode(beside) ? beside : null;
}

/** Whether a click landed inside one of the blocks the node selection holds. */
function clickedInsideSelection(editor: LexicalEditor, target: EventTarget | null): boolean {
  const selection = $getSelection();
  if (!$isNodeSelection(selection) || !(target instanceof Node)) return false;
  return selection.getNodes().some((node) => editor.getElementByKey(node.getKey())?.contains(target));
}

/**
 * While a photo, page break or related link is selected as a whole, the browser's own caret is not
 * where the editor is: typed text would land wherever it was (at the top of the body, letters
 * reversed). Typing instead writes at the start of the text after the block (the block stays; undo
 * takes the text back), Enter opens a paragraph after it; a click in the text after such a selection puts the caret where it was clicked.
 */
export function BlockSelectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          BEFORE_INPUT_COMMAND,
          (event) => {
            const block = $selectedBlockDecorator();
            if (block === null || !event.inputType.startsWith('insert')) return false;
            event.preventDefault();
            const typed = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
            if (!/^insert(Text|ReplacementText)$/.test(event.inputType) || typed === '') return true;
            $caretAfter(block);
            const selection = $getSelection();
            if ($isRangeSelection(selection)) selection.insertText(typed);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        // Backspace or Delete against a photo or related link selects it first (its caption, credit
        // and alt text go only with a second press), as with a paragraph left empty beside it.
        ...([KEY_BACKSPACE_COMMAND, KEY_DELETE_COMMAND] as const).map((command) =>
          editor.registerCommand(
            command,
            (event) => {
              const beside = $contentBlockAtEdge(command === KEY_BACKSPACE_COMMAND);
              if (beside === null) return false;
              event.preventDefault();
              const selection = $createNodeSelection();
              selection.add(beside.getKey());
              $setSelection(selection);
              return true;
            },
            COMMAND_PRIORITY_LOW,
          ),
        ),
        // Enter opens a new paragraph right after the block, with the caret in it.
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            const block = $selectedBlockDecorator();
            if (block === null || !$isRootNode(block.getParent())) return false;
            event?.preventDefault();
            const paragraph = $createParagraphNode();
            block.insertAfter(paragraph);
            paragraph.select();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        // Before the rich-text default, which would clear the node selection and with it the DOM
        // selection the browser has just placed for this click.
        editor.registerCommand(
          CLICK_COMMAND,
          (event) => {
            if (!$isNodeSelection($getSelection()) || clickedInsideSelection(editor, event.target))
              return false;
            const root = editor.getRootElement();
            const dom = getDOMSelection(window);
            if (!root || !dom || dom.rangeCount === 0 || !root.contains(dom.anchorNode)) return false;
            const range = $createRangeSelectionFromDom(dom, editor);
            if (range !== null) $setSelection(range);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}
