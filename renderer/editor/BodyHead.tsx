import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { COMMAND_PRIORITY_EDITOR, createCommand, type LexicalEditor } from 'lexical';

/**
 * The body's head: the toolbar and, under it, the boxes a command opens (the link box, the tag
 * picker). It stays at the top of the window while a long article scrolls, so a box opened far down
 * the article opens where the editor is looking instead of scrolling the page to the body's top.
 */
export const BodyHeadContext = createContext<HTMLElement | null>(null);

/** Shows `children` in the body's head (where there is one; in place otherwise). */
export function InBodyHead({ children }: { children: ReactNode }) {
  const head = useContext(BodyHeadContext);
  return head ? createPortal(children, head) : children;
}

/** The boxes the head shows under the toolbar, one at a time. */
export type HeadBox = 'link' | 'tag';

/** Told by a head box as it opens: any other one closes, so two never stack. */
export const HEAD_BOX_OPENED_COMMAND = createCommand<HeadBox>('HEAD_BOX_OPENED_COMMAND');

/**
 * Closes the head's `box` with `shut` (which leaves the focus, and the body's selection, where they
 * are) when another box opens, and on Escape in the body's text while it is open: the writer who went
 * back to the text need not go back into the box to close it. An Escape something nearer used (the
 * insert menu's) is that one's.
 */
export function useHeadBoxClosing(editor: LexicalEditor, box: HeadBox, open: boolean, shut: () => void) {
  useEffect(
    () =>
      editor.registerCommand(
        HEAD_BOX_OPENED_COMMAND,
        (opened) => {
          if (opened !== box) shut();
          return false;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, box, shut],
  );
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // The text itself, not a photo's own fields in it (their Escape goes back to the photo).
      if (event.target !== editor.getRootElement()) return;
      shut();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, open, shut]);
}
