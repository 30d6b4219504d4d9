import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  $createNodeSelection,
  $createParagraphNode,
  $createRangeSelectionFromDom,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isDecoratorNode,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $isRootNode,
  $setSelection,
  BEFORE_INPUT_COMMAND,
  CLICK_COMMAND,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  getDOMSelection,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  mergeRegister,
  PASTE_COMMAND,
  type LexicalNode,
} from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import { eventFiles } from '@lexical/utils';
import { $isPhotoNode } from '../../../shared/editor/PhotoNode';
import { $isRelatedLinkNode } from '../../../shared/editor/RelatedLinkNode';
import { $selectedBlockDecorator } from '../blocks';
import { TYPING_STARTS_TAG } from './TypingUndoPlugin';

/**
 * Puts the caret where the text after a selected block starts, or in a new paragraph when no text
 * follows (a photo after a page break, the article's end); says whether it made that paragraph.
 */
function $caretAfter(block: LexicalNode): 'moved' | 'made' {
  const next = block.getNextSibling();
  if ($isElementNode(next) && !next.isInline()) {
    next.selectStart();
    return 'moved';
  }
  if (!$isRootNode(block.getParent())) {
    block.selectNext();
    return 'moved';
  }
  const paragraph = $createParagraphNode();
  block.insertAfter(paragraph);
  paragraph.select();
  return 'made';
}

/**
 * The caret at the start of the body's first block of text, or the end of its last (a photo or a
 * related link before or after it keeps no caret: one put on the body itself is drawn nowhere).
 */
function $caretAtEdge(start: boolean): void {
  const blocks = $getRoot().getChildren().filter($isElementNode);
  const edge = start ? blocks[0] : blocks.at(-1);
  if (edge === undefined) return;
  if (start) edge.selectStart();
  else edge.selectEnd();
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
  // Backspace only from a plain paragraph or heading: in a list, a quote or an indented paragraph it
  // first outdents or unwraps (ListPlugin, rich text). An empty block: Lexical's default removes it
  // and selects the photo.
  if (block === null || !$isElementNode(block) || block.isEmpty()) return null;
  // Forward, nothing outdents: a Delete from the end of any block selects the photo first.
  if (backward && (!($isParagraphNode(block) || $isHeadingNode(block)) || block.getIndent() > 0)) return null;
  const size = $isElementNode(node) ? node.getChildrenSize() : node.getTextContentSize();
  if (anchor.offset !== (backward ? 0 : size)) return null;
  for (let at: LexicalNode = node; at !== block; at = at.getParentOrThrow()) {
    if ((backward ? at.getPreviousSibling() : at.getNextSibling()) !== null) return null;
  }
  const beside = backward ? block.getPreviousSibling() : block.getNextSibling();
  return $isPhotoNode(beside) || $isRelatedLinkNode(beside) ? beside : null;
}

/** Selects the photo or related link the caret touches going `backward` or forward; says whether there was one. */
function $selectBlockAtEdge(backward: boolean): boolean {
  const beside = $contentBlockAtEdge(backward);
  if (beside === null) return false;
  const selection = $createNodeSelection();
  selection.add(beside.getKey());
  $setSelection(selection);
  return true;
}

/** Whether a click landed on a block decorator (a photo, a page break, a related link) or inside one. */
function clickedOnBlock(target: EventTarget | null): boolean {
  if (!(target instanceof Node)) return false;
  for (let node = $getNearestNodeFromDOMNode(target); node !== null; node = node.getParent())
    if ($isDecoratorNode(node) && !node.isInline()) return true;
  return false;
}

const PASSED_ON = new Set(['insertReplacementText', 'insertFromDrop', 'insertFromPaste']);

/** Whether an event comes from a photo's own field (caption, credit, alt text), which handles it itself. */
const inOwnField = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('input, textarea, select') !== null;

/**
 * While a photo, page break or related link is selected as a whole, the browser's own caret is not
 * where the editor is: typed text would land wherever it was (at the top of the body, letters
 * reversed). Typing instead writes at the start of the text after the block (the block stays; undo
 * takes the text back), and so does a paste; Enter opens a paragraph after it; a click in the text after
 * such a selection puts the caret where it was clicked.
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
            // A spell-check replacement, a drop or a paste has its own target: Lexical's to handle
            // (a paste comes back as PASTE_COMMAND, below).
            if (PASSED_ON.has(event.inputType)) return false;
            const typed = event.data ?? '';
            event.preventDefault();
            if (event.inputType !== 'insertText' || typed === '') return true;
            // The browser's caret is not where the text goes (it would write at the top of the
            // body): the text is written here, at the start of the text after the block, and the
            // letters typed on from there join it in one undo step (TypingUndoPlugin) — with the
            // paragraph made for it, when there was none, so undo leaves no empty paragraph behind.
            // Text that comes without a key press (dictation, an emoji panel) lands the same way.
            $caretAfter(block);
            $getSelection()?.insertText(typed);
            $addUpdateTag(TYPING_STARTS_TAG);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        // An input method composes at the browser's caret, which a selected block leaves where it
        // was: the caret goes to the text after the block first, before the first composed letter.
        editor.registerRootListener((root) => {
          if (!root) return;
          const moveCaret = (event: Event) => {
            // A caption or alt-text field inside a photo composes in its own box.
            if (inOwnField(event.target)) return;
            if (!editor.getEditorState().read(() => $selectedBlockDecorator() !== null)) return;
            editor.update(
              () => {
                const block = $selectedBlockDecorator();
                if (block !== null) $caretAfter(block);
              },
              { discrete: true },
            );
          };
          // Ctrl/Cmd+Home and End (Cmd+Up and Down on a Mac) go to the article's start or end from a
          // selected block too: the browser's own move starts from its caret, which a selected
          // block leaves nowhere, so the keys did nothing.
          const toEdge = (event: KeyboardEvent) => {
            if (event.shiftKey || event.altKey || inOwnField(event.target)) return false;
            const start =
              ((event.ctrlKey || event.metaKey) && event.key === 'Home') ||
              (event.metaKey && event.key === 'ArrowUp');
            const end =
              ((event.ctrlKey || event.metaKey) && event.key === 'End') ||
              (event.metaKey && event.key === 'ArrowDown');
            if (!(start || end)) return false;
            if (!editor.getEditorState().read(() => $selectedBlockDecorator() !== null)) return false;
            event.preventDefault();
            editor.update(() => $caretAtEdge(start), { discrete: true });
            return true;
          };
          // 229 / "Process": the key goes to an input method, which is about to start composing.
          const onKeyDown = (event: KeyboardEvent) => {
            if (toEdge(event)) return;
            if (event.keyCode === 229 || event.key === 'Process') moveCaret(event);
          };
          // A block clicked while another field had the focus leaves the browser no selection in the
          // body: the body has the focus, but its paste goes to the page, where Lexical never hears it.
          const onPagePaste = (event: ClipboardEvent) => {
            if (event.target instanceof Node && root.contains(event.target)) return;
            if (root.ownerDocument.activeElement !== root) return;
            if (!editor.getEditorState().read(() => $selectedBlockDecorator() !== null)) return;
            editor.dispatchCommand(PASTE_COMMAND, event);
          };
          root.addEventListener('compositionstart', moveCaret, true);
          root.addEventListener('keydown', onKeyDown, true);
          root.ownerDocument.addEventListener('paste', onPagePaste);
          return () => {
            root.removeEventListener('compositionstart', moveCaret, true);
            root.removeEventListener('keydown', onKeyDown, true);
            root.ownerDocument.removeEventListener('paste', onPagePaste);
          };
        }),
        // Lexical pastes over a node selection by removing the selected blocks (a paste of plain text
        // is lost instead): the caret goes after the block first, as for typing, and the paste goes
        // on from there in this same update, so one undo step takes it back. Image files alone are
        // left as they are: PhotoPlugin places them after the selected block.
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const block = $selectedBlockDecorator();
            if (block === null || inOwnField(event.target)) return false;
            const [, files, hasText] = eventFiles(event);
            if (files.length > 0 && !hasText) return false;
            $caretAfter(block);
            return false;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        // Backspace or Delete against a photo or related link selects it first (its caption, credit
        // and alt text go only with a second press), as with a paragraph left empty beside it; so do
        // Ctrl/Alt+Backspace and Delete (a word) and Cmd+Backspace and Delete (a line).
        ...([KEY_BACKSPACE_COMMAND, KEY_DELETE_COMMAND] as const).map((command) =>
          editor.registerCommand(
            command,
            (event) => {
              if (!$selectBlockAtEdge(command === KEY_BACKSPACE_COMMAND)) return false;
              event.preventDefault();
              return true;
            },
            COMMAND_PRIORITY_LOW,
          ),
        ),
        // Lexical deletes no word or line from selected blocks: they go as with Backspace or Delete.
        ...([DELETE_WORD_COMMAND, DELETE_LINE_COMMAND] as const).map((command) =>
          editor.registerCommand(
            command,
            (backward) =>
              $isNodeSelection($getSelection())
                ? editor.dispatchCommand(DELETE_CHARACTER_COMMAND, backward)
                : $selectBlockAtEdge(backward),
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
            // Shift+click adds a block to the selection, a click on a block selects it: theirs to handle.
            if (event.shiftKey || !$isNodeSelection($getSelection()) || clickedOnBlock(event.target))
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
