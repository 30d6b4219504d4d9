import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_NORMAL,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { $toggleBlock, OPEN_LINK_EDITOR_COMMAND, TOGGLE_BLOCK_COMMAND, toggleList } from '../commands';

/**
 * Shortcuts beyond Lexical's own (Ctrl/Cmd+B, I, U, Z, Shift+Z, Y): K for a link, Shift+X for
 * strikethrough, Alt+2 / Alt+3 / Alt+0 for heading levels and paragraph, Shift+7 / Shift+8 for
 * numbered and bulleted lists (again: back to paragraphs) — the keys Google Docs and Word users already know.
 * It also carries out TOGGLE_BLOCK_COMMAND, which those keys and the toolbar's buttons send.
 */
export function ShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          TOGGLE_BLOCK_COMMAND,
          (kind) => {
            editor.update(() => $toggleBlock(kind));
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event: KeyboardEvent) => {
            const mod = event.ctrlKey || event.metaKey;
            if (!mod) return false;
            const key = event.key.toLowerCase();
            const run = (action: () => void): true => {
              event.preventDefault();
              action();
              return true;
            };
            if (!event.shiftKey && !event.altKey && key === 'k')
              return run(() => editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined));
            if (event.shiftKey && key === 'x')
              return run(() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough'));
            if (event.altKey && !event.shiftKey && ['Digit2', 'Digit3', 'Digit0'].includes(event.code)) {
              const kind = event.code === 'Digit2' ? 'h2' : event.code === 'Digit3' ? 'h3' : 'paragraph';
              return run(() => editor.dispatchCommand(TOGGLE_BLOCK_COMMAND, kind));
            }
            if (event.shiftKey && event.code === 'Digit7') return run(() => toggleList(editor, 'number'));
            if (event.shiftKey && event.code === 'Digit8') return run(() => toggleList(editor, 'bullet'));
            return false;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );
  return null;
}
