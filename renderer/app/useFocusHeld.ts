import { useLayoutEffect, useRef, type RefObject } from 'react';

const MODAL = '[aria-modal="true"]';

/**
 * Keeps the focus in an open modal dialog (the one holding `inside`) for as long as it is open. The
 * body's editor takes the focus whenever it commits an update that moves its selection — even with
 * the focus in a dialog over it (a picker opened from the insert menu, whose menu looks again a moment
 * later) — and Escape or typing then went to the text behind the dialog, which stayed open.
 *
 * Focus taken out of the dialog comes back at the next frame if the dialog is still open then: a
 * dialog closing gives the body the focus itself (its choice, Cancel, Escape), sometimes from a
 * promise (a search or an import answering), and is gone by that frame. Until then a key pressed
 * outside brings the focus back at once, and Escape does what it does in the dialog (`onEscape`).
 * The focus may go to a modal opened over this one (after it in the page), never to one under it.
 */
export function useFocusHeld(inside: RefObject<HTMLElement | null>, onEscape: () => void): void {
  const escape = useRef(onEscape);
  useLayoutEffect(() => {
    escape.current = onEscape;
  });

  useLayoutEffect(() => {
    const dialog = inside.current?.closest<HTMLElement>(MODAL);
    if (!dialog) return;
    const page = dialog.ownerDocument;
    let last: HTMLElement | null = null;
    let frame = 0;
    const allowed = (target: EventTarget | null): boolean => {
      if (!(target instanceof Element)) return false;
      if (dialog.contains(target)) return true;
      const modal = target.closest(MODAL);
      return (
        modal !== null && (dialog.compareDocumentPosition(modal) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
      );
    };
    const settle = () => {
      cancelAnimationFrame(frame);
      frame = 0;
    };
    const back = () => {
      settle();
      (last?.isConnected && dialog.contains(last) ? last : inside.current)?.focus({ preventScroll: true });
    };
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && dialog.contains(target)) {
        last = target;
        settle();
      } else if (!allowed(target) && frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (!allowed(page.activeElement)) back();
        });
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (frame === 0 || allowed(event.target)) return;
      back();
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      escape.current();
    };
    page.addEventListener('focusin', onFocusIn, true);
    page.addEventListener('keydown', onKeyDown, true);
    return () => {
      settle();
      page.removeEventListener('focusin', onFocusIn, true);
      page.removeEventListener('keydown', onKeyDown, true);
    };
  }, [inside]);
}
