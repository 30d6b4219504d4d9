import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  BLUR_COMMAND,
  $getPreviousSelection,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  HISTORY_MERGE_TAG,
  INPUT_COMMAND,
  mergeRegister,
} from 'lexical';

/**
 * The tag of an update that starts a run of typing: the first letter typed over selected words (the
 * words go, the letter comes), or a paragraph made for the letter about to be typed (after a
 * selected photo or page break, BlockSelectionPlugin).
 */
export const TYPING_STARTS_TAG = 'rx-typing-starts';

/** As long as Lexical's history (HistoryPlugin's default) joins letters typed one after another. */
const TYPING_PAUSE_MS = 1000;

/**
 * Typing over selected words, or after a selected block, is one undo step with what it started, as
 * in a word processor. Lexical's history would keep the first letter (which took the words away or
 * made the paragraph) as its own step: undo took "ersatz" back to "e" and only a second undo brought
 * the words back. Here the letters typed on from the caret that update left join its step — typed
 * at once, as Lexical joins letters: after a pause, or once the body lost the focus, they are a step
 * of their own. A spell-check replacement, a drop or a paste starts nothing.
 */
export function TypingUndoPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    /** Where the caret was left by the update that started the typing, while the typing goes on there. */
    let startedAt: { key: string; offset: number; time: number } | null = null;
    const $joinTyping = () => {
      const before = $getPreviousSelection();
      if (
        startedAt !== null &&
        Date.now() - startedAt.time < TYPING_PAUSE_MS &&
        $isRangeSelection(before) &&
        before.isCollapsed() &&
        before.anchor.key === startedAt.key &&
        before.anchor.offset === startedAt.offset
      )
        $addUpdateTag(HISTORY_MERGE_TAG);
      startedAt = null;
    };
    return mergeRegister(
      editor.registerCommand(
        CONTROLLED_TEXT_INSERTION_COMMAND,
        (typed) => {
          // Typed letters come as a string; a spell-check replacement, a drop or a yank as its event.
          if (typeof typed !== 'string') {
            startedAt = null;
            return false;
          }
          const selection = $getSelection();
          if ($isRangeSelection(selection) && !selection.isCollapsed()) $addUpdateTag(TYPING_STARTS_TAG);
          else $joinTyping();
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      // The browser types most letters itself; Lexical takes them in with this command.
      editor.registerCommand(
        INPUT_COMMAND,
        (event) => {
          if (event instanceof InputEvent && event.inputType === 'insertText') $joinTyping();
          else startedAt = null;
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          startedAt = null;
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerUpdateListener(({ editorState, tags }) => {
        if (!tags.has(TYPING_STARTS_TAG)) {
          // Only the letters typed next at that caret join; a caret moved elsewhere ends it.
          if (startedAt !== null)
            editorState.read(() => {
              const selection = $getSelection();
              const still =
                $isRangeSelection(selection) &&
                selection.isCollapsed() &&
                selection.anchor.key === startedAt?.key &&
                selection.anchor.offset === startedAt.offset;
              if (!still) startedAt = null;
            });
          return;
        }
        editorState.read(() => {
          const selection = $getSelection();
          startedAt =
            $isRangeSelection(selection) && selection.isCollapsed()
              ? { key: selection.anchor.key, offset: selection.anchor.offset, time: Date.now() }
              : null;
        });
      }),
    );
  }, [editor]);
  return null;
}
