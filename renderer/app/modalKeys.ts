import type { KeyboardEvent, MouseEvent } from 'react';

/** What Tab can reach inside a dialog (an iframe counts: Tab goes into the page it shows). */
const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

function tabbables(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element.getClientRects().length > 0 && !element.closest('[inert]'),
  );
}

/**
 * A modal dialog's backdrop (its onMouseDown): a click beside the dialog leaves the focus in it, so
 * Tab, Escape and typing stay with the dialog rather than the page behind.
 */
export function keepFocusInDialog(event: MouseEvent<HTMLElement>): void {
  if (event.target === event.currentTarget) event.preventDefault();
}

/**
 * A modal dialog's keys (the dialog's onKeyDown): Escape closes it, and Tab and Shift+Tab go round
 * inside it instead of on to the page behind, which `aria-modal` tells screen readers is out of reach.
 */
export function modalKeyDown(event: KeyboardEvent<HTMLElement>, onClose: () => void): void {
  if (event.key === 'Escape') {
    onClose();
    return;
  }
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const inside = tabbables(event.currentTarget);
  const first = inside[0];
  const last = inside.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
