import { useCallback, useState } from 'react';

export type Said = { text: string; n: number } | null;

/** What to say, and `say` to say it; the same words said twice are heard twice, and '' empties the region. */
export function useSaid(): [Said, (text: string) => void] {
  const [said, setSaid] = useState<Said>(null);
  const say = useCallback((text: string) => setSaid((before) => ({ text, n: (before?.n ?? 0) + 1 })), []);
  return [said, say];
}

/**
 * A polite live region that is read, not shown: for what the screen already shows in another way
 * (a selected block's frame, a save state that changes at every pause).
 */
export function LiveAnnouncement({ said }: { said: Said }) {
  return (
    <span className="rx-visually-hidden" aria-live="polite">
      {/* A new element each time, so the same words said twice are heard twice. */}
      {said && said.text !== '' && <span key={said.n}>{said.text}</span>}
    </span>
  );
}
