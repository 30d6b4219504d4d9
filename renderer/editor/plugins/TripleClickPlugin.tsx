import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { atBlockStart } from '../blocks';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  mergeRegister,
  SELECTION_CHANGE_COMMAND,
  type ElementNode,
  type LexicalNode,
} from 'lexical';

/** Whether a node stands as a block of its own: a paragraph, heading, list, item, quote, photo or break. */
const isBlock = (node: LexicalNode): boolean => !node.isInline();

/** The block of text (paragraph, heading, list item, quote) a node is in, or null at the root. */
function blockOf(node: LexicalNode): ElementNode | null {
  for (let at: LexicalNode | null = node; at !== null && !$isRootNode(at); at = at.getParent())
    if ($isElementNode(at) && isBlock(at) && !at.getChildren().some(isBlock)) return at;
  return null;
}

/**
 * The last block of text before `block` in reading order, going back past photos and page breaks
 * (into a list for its last item); null when none is left.
 */
function textBlockBefore(block: LexicalNode): ElementNode | null {
  let node: LexicalNode | null = block;
  while (node !== null) {
    let previous: LexicalNode | null = node.getPreviousSibling();
    while (previous === null) {
      node = node.getParent();
      if (node === null || $isRootNode(node)) return null;
      previous = node.getPreviousSibling();
    }
    let last: LexicalNode = previous;
    while ($isElementNode(last) && !last.isInline()) {
      const child = last.getLastChild();
      if (child === null || !isBlock(child)) return last;
      last = child;
    }
    node = last;
  }
  return null;
}

/**
 * A triple-click selects a paragraph, and Chromium ends that selection at the start of the block
 * after it: what looks like one paragraph selected also held the next block's start, so typing over
 * it joined the next heading, list item or page's first paragraph into it (the heading, the item or
 * the page break gone), and a format or a quote reached the next block too. After a triple-click
 * (and a drag from it, by paragraphs) a selection that ends at the very start of a block ends
 * instead at the end of the text before it, as Word and Google Docs select.
 */
export function TripleClickPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let tripled = false;
    // Whether the mouse button is up again: the first report after it is the last the click makes.
    let released = true;
    const onMouseUp = () => {
      released = true;
    };
    // On the document: a drag from the paragraph can end outside the body.
    document.addEventListener('mouseup', onMouseUp, true);
    return mergeRegister(
      () => document.removeEventListener('mouseup', onMouseUp, true),
      editor.registerRootListener((root) => {
        if (!root) return;
        const onMouseDown = (event: MouseEvent) => {
          tripled = event.detail >= 3;
          released = false;
        };
        // Keys move or extend the selection by their own rules.
        const onKeyDown = () => {
          tripled = false;
        };
        root.addEventListener('mousedown', onMouseDown, true);
        root.addEventListener('keydown', onKeyDown, true);
        return () => {
          root.removeEventListener('mousedown', onMouseDown, true);
          root.removeEventListener('keydown', onKeyDown, true);
        };
      }),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          if (!tripled) return false;
          // Any later report (a jump from the toolbar or a panel) is not the triple-click's.
          if (released) tripled = false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || selection.isCollapsed() || selection.isBackward())
            return false;
          const { anchor, focus } = selection;
          const focusBlock = blockOf(focus.getNode());
          if (
            focusBlock === null ||
            focusBlock === blockOf(anchor.getNode()) ||
            !atBlockStart(focus, focusBlock)
          )
            return false;
          const end = textBlockBefore(focusBlock);
          if (end === null) return false;
          const last = end.getLastDescendant();
          if ($isTextNode(last)) focus.set(last.getKey(), last.getTextContentSize(), 'text');
          else focus.set(end.getKey(), end.getChildrenSize(), 'element');
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);
  return null;
}
