import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createNodeSelection,
  $getNodeByKey,
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
 */
export function useBlockSelection(nodeKey: NodeKey) {
  const [editor] = useLexicalComposerContext();
  const selected = useSyncExternalStore(
    useCallback((told: () => void) => watchSelected(editor, nodeKey, told), [editor, nodeKey]),
    () => isSelectedBlock(editor, nodeKey),
  );
  // As Lexical's useLexicalNodeSelection does, with the selection read once for every block (selectedBlocks).
  const setSelected = useCallback(
    (select: boolean) =>
      editor.update(() => {
        const current = $getSelection();
        // Taking out a block the selection does not hold would only lose the caret.
        if (!select && !$isNodeSelection(current) && !$getNodeByKey(nodeKey)?.isSelected()) return;
        const selection = $isNodeSelection(current) ? current : $createNodeSelection();
        if (selection !== current) $setSelection(selection);
        if (select) selection.add(nodeKey);
        else selection.delete(nodeKey);
      }),
    [editor, nodeKey],
  );
  const clearSelection = useCallback(
    () =>
      editor.update(() => {
        const selection = $getSelection();
        if ($isNodeSelection(selection)) selection.clear();
      }),
    [editor],
  );
  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const element = editor.getElementByKey(nodeKey);
          if (!element || !(event.target instanceof Node) || !element.contains(event.target)) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, nodeKey, clearSelection, setSelected],
  );
  return [selected, setSelected, clearSelection] as const;
}
