import { useCallback, useEffect, useRef, useState } from 'react';
import { draftWaiting } from '../app/fieldDrafts';

const PAUSE_MS = 500;

/**
 * A text field edited locally and committed after a pause in typing and when it loses focus, so one
 * burst of typing is one change (one undo step, one save). A new value from outside (an undo, another
 * photo) replaces the draft; the value this field itself committed, coming back while the user types
 * on (a save still in flight at the pause) — trimmed by the store or not — does not: what was typed since stays, and is committed at
 * the next pause.
 */
export function useFieldDraft(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // What this field committed and has not seen come back yet, oldest first (saves answer in order).
  const [sent, setSent] = useState<readonly string[]>([]);
  if (value !== shown) {
    setShown(value);
    // The store trims what it keeps: "Police " comes back as "Police", and is still this field's echo.
    const echo = sent.findIndex((text) => text === value || text.trim() === value);
    setSent(echo === -1 ? [] : sent.slice(echo + 1));
    if (echo === -1) setDraft(value);
  }
  const timer = useRef<number | undefined>(undefined);
  // Registered while a draft waits for its pause, so saving now or leaving commits it first.
  const held = useRef<(() => void) | null>(null);
  const latest = useRef({ draft, value, commit, sent });
  useEffect(() => {
    latest.current = { draft, value, commit, sent };
  });

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    held.current?.();
    held.current = null;
    const { draft: current, value: stored, commit: send, sent: waiting } = latest.current;
    // Compared with what the store will hold once the saves on their way are in.
    if (current === (waiting.at(-1) ?? stored)) return;
    const next = [...waiting, current];
    latest.current = { ...latest.current, sent: next };
    setSent(next);
    send(current);
  }, []);

  const change = useCallback(
    (next: string) => {
      setDraft(next);
      latest.current = { ...latest.current, draft: next };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, PAUSE_MS);
      held.current ??= draftWaiting(flush);
    },
    [flush],
  );

  useEffect(() => () => flush(), [flush]);
  return { draft, change, flush };
}
