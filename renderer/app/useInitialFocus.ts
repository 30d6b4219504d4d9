import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useFocusHeld } from './useFocusHeld';

const DIALOG = '[role="dialog"], [role="alertdialog"]';

/** Whether the focus is in the dialog holding `field`. */
const focusIn = (field: HTMLElement | null) =>
  Boolean(field?.closest(DIALOG)?.contains(field.ownerDocument.activeElement));

/**
 * Puts focus in a dialog's first field when it opens, and once more a frame later: a dialog opened
 * from inside an editor update (the insert menu) would otherwise lose it to the editor, which restores
 * its own selection after the update, and Escape or typing would go to the text behind the dialog.
 *
 * Until then, a key pressed outside the dialog brings the focus there, and Escape does what it does
 * in the dialog (`onEscape`: closes it, or stays): an Escape typed as soon as the dialog showed, while
 * the editor still had the focus, reached the editor behind it, and the dialog stayed open.
 *
 * A modal dialog then keeps the focus for as long as it is open (useFocusHeld).
 */
export function useInitialFocus(field: RefObject<HTMLElement | null>, onEscape: () => void): void {
  const escape = useRef(onEscape);
  useLayoutEffect(() => {
    escape.current = onEscape;
  });

  // From the moment the dialog is in the page (a layout effect: before any key can be handled) to the
  // next frame, when the focus is put in the dialog again if the editor took it back.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!field.current || focusIn(field.current)) return;
      field.current.focus();
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      escape.current();
    };
    document.addEventListener('keydown', onKeyDown, true);
    const frame = requestAnimationFrame(() => {
      document.removeEventListener('keydown', onKeyDown, true);
      if (field.current && !focusIn(field.current)) field.current.focus();
    });
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [field]);

  useEffect(() => {
    field.current?.focus();
  }, [field]);

  useFocusHeld(field, onEscape);
}
