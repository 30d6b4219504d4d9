import type { ReactNode } from 'react';

/**
 * A question asked in place of the button that raised it, for what cannot be undone: the safe answer
 * has the focus (Enter pressed twice by habit keeps things as they are), and Escape answers it too.
 * The caller puts the focus back on its own button once `onKeep` has run.
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
  return (
    <Box
      role="alertdialog"
      aria-label={props.label}
      className="rx-confirm"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        props.onKeep();
      }}
    >
      <Question>{props.question}</Question>
      <button type="button" className="rx-danger" onClick={props.onYes}>
        {props.yes}
      </button>
      <button type="button" className="rx-secondary" onClick={props.onKeep} autoFocus>
        {props.keep}
      </button>
    </Box>
  );
}
