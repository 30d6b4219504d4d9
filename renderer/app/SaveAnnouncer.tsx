import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18n';
import { LiveAnnouncement, useSaid } from './LiveAnnouncement';

/**
 * Says a save state to screen readers only when it matters: a save that failed (once per new
 * reason), the first save that worked after a failure, and the answer to each explicit save (Ctrl+S,
 * counted by `asked`), whether it saved or failed. The visible save state beside it keeps changing with every autosave, but is
 * not a live region: "Unsaved changes, Saving…, Saved" at every pause in typing would talk over the
 * words being written.
 */
export function SaveAnnouncer({
  kind,
  failure,
  asked = 0,
}: {
  kind: 'saved' | 'failed' | 'other';
  /** The failure in words, while `kind` is failed. */
  failure: string;
  /** How many explicit saves (Ctrl+S) have been answered, saved or not. */
  asked?: number;
}) {
  const { t } = useI18n();
  const [said, say] = useSaid();
  /** The failure last said (until a save works again), and the explicit saves already answered. */
  const last = useRef<{ failure: string | null; asked: number }>({ failure: null, asked });
  useEffect(() => {
    const askedNow = asked !== last.current.asked;
    last.current.asked = asked;
    if (kind === 'failed') {
      // Asked again (Ctrl+S) while the same failure lasts: it is said again, as the answer.
      if (last.current.failure !== failure || askedNow) say(failure);
      last.current.failure = failure;
      return;
    }
    const recovered = kind === 'saved' && last.current.failure !== null;
    if (kind === 'saved') last.current.failure = null;
    if (recovered || (askedNow && kind === 'saved')) say(t('save.saved'));
  }, [kind, failure, asked, t, say]);
  return <LiveAnnouncement said={said} />;
}
