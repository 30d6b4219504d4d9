import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORIC_TAG, mergeRegister, PASTE_TAG } from 'lexical';
import { bringCaretInSight } from '../inSight';
import { afterJump, laysOutScreensAround } from './BlockWindowPlugin';

/** Keys that move the caret a line or more, or open a new line under it. */
const MOVING_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'Enter',
]);
/**
 * Keys that jump the caret out of sight: to the start or end of the article, or a screen away. Blocks
 * out of sight are not laid out (editor.css, content-visibility), and Chromium's caret stops short of
 * them: Ctrl+End landed at the start of the last paragraph, and Ctrl+Shift+End left it out.
 */
function jumpsFar(event: KeyboardEvent, root: HTMLElement): boolean {
  // A screen away: laid out already where a very long body lays out a few screens around the view.
  if (event.key === 'PageUp' || event.key === 'PageDown') return !laysOutScreensAround(root);
  if (event.key === 'Home' || event.key === 'End') return event.ctrlKey || event.metaKey;
  // Cmd+Up and Cmd+Down on a Mac.
  return (event.key === 'ArrowUp' || event.key === 'ArrowDown') && event.metaKey;
}
/** Frames after a far jump before the layout is where it will be drawn: one to draw, one to settle. */
const SETTLING_FRAMES = 2;

/**
 * Keeps the caret clear of the sticky toolbar above and the status line below when the keys move it.
 * The browser scrolls a caret into the window, not out from under bars that stick to the window's
 * edges, so a caret moved line by line near the foot went under the status line. After a key, a
 * paste, an undo or a redo (several paragraphs pasted at the end, or an undo far away, left the line
 * being written under the status line); a click already puts the caret where the pointer is, in sight.
 */
export function CaretInSightPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        // Frames left until a far jump's layout has settled: until then what is measured is not where
        // things will be drawn (below), and the caret is brought in sight once it has.
        let settling = 0;
        const whenSettled = () =>
          requestAnimationFrame(() => {
            settling -= 1;
            if (settling > 0) whenSettled();
            // Another far key is being handled (every block laid out for it): its own look follows.
            else if (!('laidOut' in root.dataset)) bringCaretInSight(root);
          });
        const onKeyDown = (event: KeyboardEvent) => {
          if (!MOVING_KEYS.has(event.key)) return;
          // Every block is laid out for the browser's move, which comes after this listener.
          const far = jumpsFar(event, root);
          if (far) root.dataset.laidOut = '';
          // From a selection (Ctrl+A, Ctrl+Shift+End), Chromium's jump over blocks that were skipped
          // stopped at the start of the last paragraph even with them laid out: Ctrl+A, Ctrl+End and
          // Enter put the new words in front of it. A jump that does not extend starts from a caret.
          const selection = root.ownerDocument.getSelection();
          if (far && !event.shiftKey && selection && !selection.isCollapsed && selection.focusNode)
            selection.collapse(selection.focusNode, selection.focusOffset);
          // After the browser and the editor have moved the caret, before the frame is drawn (after a far
          // jump, once the layout has settled: below).
          requestAnimationFrame(() => {
            if (far) {
              // A very long body lays out only part of itself: that part now is where the caret went.
              afterJump(root, () => delete root.dataset.laidOut);
              // Blocks laid out only for the jump, never drawn, have no size remembered: out of layout
              // again they shrink to a line until the next frames lay out those in sight. A caret
              // measured meanwhile (a key in the same frame: Ctrl+End then Enter) seemed in sight and
              // was left under the status line.
              if (settling === 0) whenSettled();
              settling = SETTLING_FRAMES;
            } else if (settling === 0) bringCaretInSight(root);
          });
        };
        root.addEventListener('keydown', onKeyDown);
        // A paste, an undo or a redo puts the caret where the words went or came back, blocks laid
        // out for it: looked at once they are drawn, as after a far jump.
        const unregister = editor.registerUpdateListener(({ tags }) => {
          if (!tags.has(PASTE_TAG) && !tags.has(HISTORIC_TAG)) return;
          if (!root.contains(root.ownerDocument.activeElement)) return;
          if (settling === 0) whenSettled();
          settling = SETTLING_FRAMES;
        });
        return mergeRegister(unregister, () => root.removeEventListener('keydown', onKeyDown));
      }),
    [editor],
  );
  return null;
}
