import { useEffect, type RefObject } from 'react';

/**
 * Puts focus in a dialog's first field when it opens, and once more a frame later: a dialog opened
 * from inside an editor update (the insert menu) would otherwise lose it to the editor, which restores
 * its own selection after the update, and Escape or typing would go to the text behind the dialog.
 */
export function useInitialFocus(field: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    field.current?.focus();
    const frame = requestAnimationFrame(() => {
      const dialog = field.current?.closest('[role="dialog"], [role="alertdialog"]');
      if (field.current && !dialog?.contains(document.activeElement)) field.current.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [field]);
}
