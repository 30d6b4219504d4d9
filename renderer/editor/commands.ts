import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  createCommand,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';

/** Opens the link box for the current selection (toolbar button and Ctrl/Cmd+K). */
export const OPEN_LINK_EDITOR_COMMAND = createCommand<void>('OPEN_LINK_EDITOR_COMMAND');

export type BlockKind = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

/**
 * Turns the selected blocks into a heading, quote or paragraph, or back into paragraphs (the toolbar's
 * buttons and Alt+2 / Alt+3 / Alt+0): a command, so the page rules can refuse a quote across a break.
 */
export const TOGGLE_BLOCK_COMMAND = createCommand<'h2' | 'h3' | 'quote' | 'paragraph'>(
  'TOGGLE_BLOCK_COMMAND',
);

/** The kind of block the selection starts in, for the toolbar's pressed states. */
export function $selectedBlockKind(): BlockKind | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list) return list.getListType() === 'number' ? 'number' : 'bullet';
  const block = $findMatchingParent(anchor, (node: LexicalNode) => {
    const parent = node.getParent();
    return parent !== null && parent.getType() === 'root';
  });
  if (!block) return null;
  if ($isHeadingNode(block)) return block.getTag() === 'h3' ? 'h3' : 'h2';
  if ($isQuoteNode(block)) return 'quote';
  if ($isListNode(block)) return block.getListType() === 'number' ? 'number' : 'bullet';
  return 'paragraph';
}

/** Turns the selected blocks into `kind`, or back into paragraphs when they already are. */
export function $toggleBlock(kind: 'h2' | 'h3' | 'quote' | 'paragraph'): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const current = $selectedBlockKind();
  const target = current === kind ? 'paragraph' : kind;
  $setBlocksType(selection, () =>
    target === 'paragraph'
      ? $createParagraphNode()
      : target === 'quote'
        ? $createQuoteNode()
        : $createHeadingNode(target),
  );
}

/**
 * Turns the selected blocks into a bulleted or numbered list, or back into paragraphs when they are
 * one already: the toolbar's button and its shortcut (Ctrl/Cmd+Shift+8, +7) do the same.
 */
export function toggleList(editor: LexicalEditor, kind: 'bullet' | 'number'): void {
  if (editor.getEditorState().read($selectedBlockKind) === kind)
    editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  else
    editor.dispatchCommand(
      kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
      undefined,
    );
}
