import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createNodeSelection,
  $getSelection,
  $isNodeSelection,
  $setSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  type NodeKey,
} from 'lexical';
import { isSelectedBlock, watchSelected } from './selectedBlocks';

/**
 * A block node (photo, page break) that a click selects as a whole, Shift+click adding to the
 * selection; Backspace/Delete then remove it through Lexical's own node-selection handling.
 * Returns whether the block is selected (read once per update for every block: selectedBlocks).
 */
export function useBlockSelection(nodeKey: NodeKey): boolean {
  const [editor] = useLexicalComposerContext();
  const selected = useSyncExternalStore(
    useCallback((told: () => void) => watchSelected(editor, nodeKey, told), [editor, nodeKey]),
    () => isSelectedBlock(editor, nodeKey),
  );
  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const element = editor.getElementByKey(nodeKey);
          if (!element || !(event.target instanceof Node) || !element.contains(event.target)) return false;
          editor.update(() => {
            // Shift+click adds to the blocks selected; a click selects this one alone.
            const current = $getSelection();
            const selection = event.shiftKey && $isNodeSelection(current) ? current : $createNodeSelection();
            selection.add(nodeKey);
            if (selection !== current) $setSelection(selection);
          });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, nodeKey],
  );
  return selected;
}
