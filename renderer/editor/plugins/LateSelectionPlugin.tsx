import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  COMMAND_PRIORITY_CRITICAL,
  mergeRegister,
  SELECTION_CHANGE_COMMAND,
  SKIP_SELECTION_FOCUS_TAG,
} from 'lexical';

/**
 * The browser reports a click's caret (`selectionchange`) in a task of its own, after the click: a
 * key pressed at once can come first. Tab or Shift+Tab then moves the focus out of the body (to the
 * toolbar, say) with the caret left in it, and Lexical, reading the report, found its caret in the
 * DOM but the focus elsewhere and gave the body the focus back. Such a late report still sets the
 * editor's caret (Tab back returns to it) but leaves the focus where the keys put it.
 */
export function LateSelectionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let reportAfterFocusLeft = false;
    let reset = 0;
    // The window's capture listener comes before Lexical's on the document. The mark holds for this
    // report only (a selection the editor's own code sets later must focus the body as before).
    const before = () => {
      const root = editor.getRootElement();
      reportAfterFocusLeft = root !== null && !root.contains(root.ownerDocument.activeElement);
      window.clearTimeout(reset);
      reset = window.setTimeout(() => (reportAfterFocusLeft = false));
    };
    window.addEventListener('selectionchange', before, true);
    return mergeRegister(
      () => window.removeEventListener('selectionchange', before, true),
      () => window.clearTimeout(reset),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          if (reportAfterFocusLeft) $addUpdateTag(SKIP_SELECTION_FOCUS_TAG);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);
  return null;
}
