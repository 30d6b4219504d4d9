import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { registerUndo } from '../../app/undoTargets';

/**
 * Makes the body's history the one the Edit menu's Undo and Redo reach while the body has the focus
 * (app/undoTargets.ts), instead of the browser's page-wide undo, which reaches whatever was typed last.
 */
export function OwnUndoPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let unregister = () => {};
    const stopRoot = editor.registerRootListener((root) => {
      unregister();
      unregister = root
        ? registerUndo(root, (step) =>
            editor.dispatchCommand(step === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined),
          )
        : () => {};
    });
    return () => {
      stopRoot();
      unregister();
    };
  }, [editor]);
  return null;
}
