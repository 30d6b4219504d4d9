import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isListItemNode, type ListItemNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  type LexicalNode,
} from 'lexical';

/** How deep a list may nest: an item and two levels under it, as far as an article's list goes. */
export const MAX_LIST_INDENT = 2;

const itemOf = (node: LexicalNode): ListItemNode | null =>
  $findMatchingParent(node, (parent) => $isListItemNode(parent)) as ListItemNode | null;

/**
 * Tab in a list nests the items the selection touches one level deeper (under the item before), and
 * Shift+Tab brings them back out, as in Word or Google Docs. Where neither can happen — outside a
 * list, at the deepest level, on a list's first item, at the top level — Tab keeps its usual meaning
 * and moves the focus on,
 * so a keyboard user is never held inside the body.
 */
export function ListIndentPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event: KeyboardEvent) => {
          if (event.ctrlKey || event.metaKey || event.altKey) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const items = new Set<ListItemNode>();
          for (const node of [
            selection.anchor.getNode(),
            selection.focus.getNode(),
            ...selection.getNodes(),
          ]) {
            const item = itemOf(node);
            if (item === null) return false;
            items.add(item);
          }
          const depths = [...items].map((item) => item.getIndent());
          // An item nests under the one before it: the first item of a list has none.
          const possible = event.shiftKey
            ? depths.some((depth) => depth > 0)
            : depths.every((depth) => depth < MAX_LIST_INDENT) &&
              [...items].every((item) => $isListItemNode(item.getPreviousSibling()));
          if (!possible) return false;
          event.preventDefault();
          return editor.dispatchCommand(
            event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND,
            undefined,
          );
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
