import { useLayoutEffect, type RefObject } from 'react';

const MODAL = '[aria-modal="true"]';

/**
 * Keeps the focus in an open modal dialog (the one holding `inside`) for as long as it is open. The
 * body's editor takes the focus whenever it commits an update that moves its selection — even with
 * the focus in a dialog over it (a picker opened from the insert menu, whose menu looks again a moment
 * later) — and Escape or typing then went to the text behind the dialog, which stayed open.
 *
 * The focus goes back to where it was in the dialog once the task that moved it is over: the ways a
 * dialog closes (Escape, Cancel, a choice) give the focus to the body themselves, and the dialog is
 * gone by then. A modal opened over this one keeps its own focus.
 */
export function useFocusHeld(inside: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const dialog = inside.current?.closest<HTMLElement>(MODAL);
    if (!dialog) return;
    let last: HTMLElement | null = null;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && dialog.contains(target)) {
        last = target;
        return;
      }
      queueMicrotask(() => {
        const active = dialog.ownerDocument.activeElement;
        if (!dialog.isConnected || active?.closest(MODAL)) return;
        const back = last?.isConnected && dialog.contains(last) ? last : inside.current;
        back?.focus({ preventScroll: true });
      });
    };
    dialog.ownerDocument.addEventListener('focusin', onFocusIn, true);
    return () => dialog.ownerDocument.removeEventListener('focusin', onFocusIn, true);
  }, [inside]);
}
