import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  mergeRegister,
  SELECTION_CHANGE_COMMAND,
  SKIP_SELECTION_FOCUS_TAG,
  type LexicalEditor,
} from 'lexical';

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Process', 'Dead']);

/**
 * Keys the editor acts on at keydown from its own record of the caret: Enter, Backspace, Delete, Tab,
 * the arrows, the shortcuts. A letter typed goes in by the browser's input event, which reads the
 * caret where the browser has it.
 */
function readsRecordedCaret(event: KeyboardEvent): boolean {
  if (event.isComposing || MODIFIER_KEYS.has(event.key)) return false;
  return event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey;
}

/**
 * Whether the browser's caret in the body is not where the editor last recorded it — or, with
 * `clickOwed`, whether the editor records a caret at all (a click's report still to come).
 */
function recordBehind(editor: LexicalEditor, root: HTMLElement, clickOwed: boolean): boolean {
  const seen = root.ownerDocument.getSelection();
  if (!seen?.anchorNode || !seen.focusNode) return false;
  if (!root.contains(seen.anchorNode) || !root.contains(seen.focusNode)) return false;
  return editor.read(() => {
    const recorded = $getSelection();
    // A photo or a page break picked as a block has no caret for the browser to move.
    if (!$isRangeSelection(recorded)) return false;
    if (clickOwed) return true;
    const now = $createRangeSelectionFromDom(seen, editor);
    return now !== null && !(now.anchor.is(recorded.anchor) && now.focus.is(recorded.focus));
  });
}

/**
 * The browser reports a caret it moved (`selectionchange`) in a task of its own, after the key or
 * click that moved it, and a busy page runs the next key first: keys come before other tasks.
 *
 * - A key the editor acts on at once could act on the caret as it was: Ctrl+A, Ctrl+End and Enter
 *   typed quickly replaced the whole story with an empty line, as Ctrl+A had left it selected.
 *   Before such a key, a caret the report has not reached yet is handed to the editor there and then,
 *   by the same report the browser owes (Lexical reads it as it reads the browser's own).
 * - Tab or Shift+Tab pressed at once after a click moved the focus out of the body (to the toolbar,
 *   say) with the caret left in it, and Lexical, reading the report, found its caret in the DOM but
 *   the focus elsewhere and gave the body the focus back. Such a late report still sets the editor's
 *   caret (Tab back returns to it) but leaves the focus where the keys put it.
 * - Lexical takes the first report after a mouse press for the click's, and puts its caret wherever
 *   the browser's is then. A click, End and Delete beside a photo handled before that report: Delete
 *   selected the photo (the browser's caret goes to the body's start), the click's late report then
 *   took the selection off it and put the caret at the top of the article. A key pressed while a
 *   click's report is owed is preceded by it too, even with the editor's caret already right.
 */
export function LateSelectionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let reportAfterFocusLeft = false;
    let clickOwed = false;
    let reset = 0;
    // A capture listener on the document comes before Lexical's there. The mark holds for this
    // report only (a selection the editor's own code sets later must focus the body as before).
    const before = () => {
      clickOwed = false;
      const root = editor.getRootElement();
      reportAfterFocusLeft = root !== null && !root.contains(root.ownerDocument.activeElement);
      window.clearTimeout(reset);
      reset = window.setTimeout(() => (reportAfterFocusLeft = false));
    };
    document.addEventListener('selectionchange', before, true);
    return mergeRegister(
      () => document.removeEventListener('selectionchange', before, true),
      () => window.clearTimeout(reset),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          if (reportAfterFocusLeft) $addUpdateTag(SKIP_SELECTION_FOCUS_TAG);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerRootListener((root) => {
        if (!root) return;
        // Capturing on the body itself comes before Lexical's own keydown listener there.
        const onKeyDown = (event: KeyboardEvent) => {
          if (event.target !== root || !readsRecordedCaret(event)) return;
          if (recordBehind(editor, root, clickOwed))
            root.ownerDocument.dispatchEvent(new Event('selectionchange'));
        };
        // As Lexical marks a press: the main button of a mouse (a touch or a pen sets no caret).
        const onPointerDown = (event: PointerEvent) => {
          if (event.button === 0 && event.pointerType === 'mouse') clickOwed = true;
        };
        root.addEventListener('keydown', onKeyDown, true);
        root.addEventListener('pointerdown', onPointerDown, true);
        return () => {
          root.removeEventListener('keydown', onKeyDown, true);
          root.removeEventListener('pointerdown', onPointerDown, true);
        };
      }),
    );
  }, [editor]);
  return null;
}
