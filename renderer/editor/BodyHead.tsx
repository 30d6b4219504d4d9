import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

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
