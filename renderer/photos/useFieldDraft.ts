import { useCallback, useEffect, useRef, useState } from 'react';

const PAUSE_MS = 500;

/**
 * A text field edited locally and committed after a pause in typing and when it loses focus, so one
 * burst of typing is one change (one undo step, one save). A new value from outside (an undo, another
 * photo) replaces the draft.
 */
export function useFieldDraft(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ draft, value, commit });
  useEffect(() => {
    latest.current = { draft, value, commit };
  });

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const { draft: current, value: stored, commit: send } = latest.current;
    if (current !== stored) send(current);
  }, []);

  const change = useCallback(
    (next: string) => {
      setDraft(next);
      latest.current = { ...latest.current, draft: next };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, PAUSE_MS);
    },
    [flush],
  );

  useEffect(() => () => flush(), [flush]);
  return { draft, change, flush };
}
