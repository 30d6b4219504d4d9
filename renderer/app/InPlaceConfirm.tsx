import { useId, type ReactNode } from 'react';

/**
 * A question asked in place of the button that raised it, for what cannot be undone: the safe answer
 * has the focus (Enter pressed twice by habit keeps things as they are), and Escape answers it too.
 * Tab and Shift+Tab go round its two buttons until it is answered, and the question is the dialog's
 * description, read with its name. The caller puts the focus back on its own button once `onKeep`
 * has run.
 */
export function InPlaceConfirm(props: {
  label: string;
  question: ReactNode;
  yes: string;
  keep: string;
  onYes: () => void;
  onKeep: () => void;
  /** A span inside a line of text (the status line), else a block. */
  inline?: boolean;
}) {
  const Box = props.inline ? 'span' : 'div';
  const Question = props.inline ? 'span' : 'p';
  const questionId = useId();
  return (
    <Box
      role="alertdialog"
      aria-label={props.label}
      aria-describedby={questionId}
      className="rx-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Tab') {
          const buttons = [...event.currentTarget.querySelectorAll('button')];
          const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
          const next = at + (event.shiftKey ? -1 : 1);
          if (at === -1 || (next >= 0 && next < buttons.length)) return;
          event.preventDefault();
          buttons.at(next < 0 ? -1 : 0)?.focus();
          return;
        }
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        props.onKeep();
      }}
    >
      <Question id={questionId}>{props.question}</Question>
      <button type="button" className="rx-danger" onClick={props.onYes}>
        {props.yes}
      </button>
      <button type="button" className="rx-secondary" onClick={props.onKeep} autoFocus>
        {props.keep}
      </button>
    </Box>
  );
}
