import type { ReactNode } from 'react';
import { keepFocusInDialog, modalKeyDown } from './modalKeys';

/**
 * A modal question that stops what the user was doing (leaving with unsaved text, closing during an
 * import): its title and the words saying why name it for a screen reader, the focus stays inside,
 * and Escape does `onEscape` (staying, as the first choice does).
 */
export function AlertDialog(props: {
  titleId: string;
  whyId: string;
  onEscape: () => void;
  children: ReactNode;
}) {
  return (
    <div className="rx-modal-backdrop" onMouseDown={keepFocusInDialog}>
      <div
        className="rx-modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={props.titleId}
        aria-describedby={props.whyId}
        onKeyDown={(event) => modalKeyDown(event, props.onEscape)}
      >
        {props.children}
      </div>
    </div>
  );
}
