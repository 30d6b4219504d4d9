import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  mergeRegister,
  SELECTION_CHANGE_COMMAND,
} from 'lexical';
import { $withoutEmptyEnd } from '../blocks';

/**
 * A triple-click selects a paragraph, and Chromium ends that selection at the start of the block
 * after it: what looks like one paragraph selected also held the next block's start, so typing over
 * it joined the next heading, list item or page's first paragraph into it (the heading, the item or
 * the page break gone), and a format or a quote reached the next block too. After a triple-click
 * (and a drag from it, by paragraphs) a selection whose end selects nothing ends instead at the end
 * of the last text selected, as Word and Google Docs select ($withoutEmptyEnd, as the tag picker).
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
          if (!$isRangeSelection(selection)) return false;
          // The end moved back to the end of the last text selected (the tag picker's rule too).
          const trimmed = $withoutEmptyEnd(selection);
          if (trimmed !== selection) $setSelection(trimmed);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);
  return null;
}
