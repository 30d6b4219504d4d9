import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical';
import { BlockWindow } from '../blockWindow';

const windows = new WeakMap<Element, BlockWindow>();

/**
 * Lays out `block` (a top-level block or one inside it) at once if the body left it out, to scroll it
 * into view, say; then the window follows the selection and the scrolling as ever.
 */
export function layOutBlock(block: Element | null | undefined): void {
  let at = block;
  while (at?.parentElement && !windows.has(at.parentElement)) at = at.parentElement;
  const blockWindow = at?.parentElement ? windows.get(at.parentElement) : undefined;
  if (at && blockWindow) blockWindow.follow([at]);
}

/** After a far jump with every block laid out: `unlayOut` ends that, the window laid around the caret. */
export function afterJump(root: HTMLElement, unlayOut: () => void): void {
  const blockWindow = windows.get(root);
  if (blockWindow) blockWindow.afterJump(unlayOut);
  else unlayOut();
}

/**
 * Whether the body lays out a few screens around the view and nothing beyond: a key moving the caret
 * a screen (PageUp, PageDown) then finds its blocks laid out, without laying out the whole article.
 */
export function laysOutScreensAround(root: HTMLElement): boolean {
  return windows.get(root)?.laysOutWhole() ?? false;
}

/** Very long bodies are laid out only around what is in sight and selected (BlockWindow). */
export function BlockWindowPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        const blockWindow = new BlockWindow(root, editor);
        windows.set(root, blockWindow);
        const onScroll = () => blockWindow.scrolled();
        // The focus coming back (Shift+Tab, a dialog closed) brings the browser's caret back with it.
        const onFocus = () => blockWindow.focused();
        window.addEventListener('scroll', onScroll, { passive: true });
        window.addEventListener('resize', onScroll, { passive: true });
        root.addEventListener('focus', onFocus);
        const unregister = editor.registerUpdateListener(({ tags }) =>
          blockWindow.afterUpdate(!tags.has(SKIP_SCROLL_INTO_VIEW_TAG)),
        );
        blockWindow.afterUpdate(false);
        return () => {
          unregister();
          window.removeEventListener('scroll', onScroll);
          window.removeEventListener('resize', onScroll);
          root.removeEventListener('focus', onFocus);
          blockWindow.dispose();
          windows.delete(root);
        };
      }),
    [editor],
  );
  return null;
}
