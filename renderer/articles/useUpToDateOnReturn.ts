import { useCallback, useEffect, useRef } from 'react';
import type { Article } from '../../shared/api/article';
import { api } from '../api/client';
import { onChangeElsewhere } from '../api/changesElsewhere';
import { useBackInView } from '../app/useBackInView';
import type { ArticleDraft } from './ArticleDraft';
import { deletedElsewhere } from './deletedElsewhere';
import { anyUnsaved } from './pendingSaves';

/**
 * Back in this window or tab, or told that another one changed an article, an open article with
 * nothing unsaved is read again: another window may have saved a newer revision (handed to `onNewer`,
 * to be shown as Reload article shows it) or deleted it (the draft says so at once, as a refused save
 * would). Anything unsaved here — typing waiting for its pause, a save on its way, a field's draft — is
 * left alone: its save meets the conflict itself. So is an article behind an open dialog (an export
 * being set up), which bringing it up to date would close: it is read again at the next chance.
 */
export function useUpToDateOnReturn(draft: ArticleDraft, onNewer: (article: Article) => void): void {
  const mounted = useRef(true);
  // Read only after being away (blurred or hidden): the focus and the page showing again come together,
  // and one read answers both; opening the article has just read it.
  // Opened out of use (brought up to date in a window told of another's change), it is away already.
  const away = useRef(document.visibilityState === 'hidden' || !document.hasFocus());
  useEffect(() => {
    mounted.current = true;
    const leave = () => {
      if (document.visibilityState === 'hidden' || !document.hasFocus()) away.current = true;
    };
    window.addEventListener('blur', leave);
    document.addEventListener('visibilitychange', leave);
    return () => {
      mounted.current = false;
      window.removeEventListener('blur', leave);
      document.removeEventListener('visibilitychange', leave);
    };
  }, []);
  // `told`: another window said it changed an article (this one may not have been left).
  const readAgain = useCallback(
    (told: boolean) => {
      const idle = () =>
        mounted.current &&
        draft.getSaveState().kind === 'saved' &&
        !anyUnsaved() &&
        !document.querySelector('[aria-modal="true"]');
      if ((!away.current && !told) || !idle()) return;
      // A window told while out of use reads again when it comes back too (a change made meanwhile by
      // the service's other callers — the command line — is not told).
      if (document.hasFocus() && document.visibilityState === 'visible') away.current = false;
      const revision = draft.savedRevision;
      // Typed in, or saved from here, while a read was on its way: the save path has it.
      const still = () => idle() && draft.savedRevision === revision;
      // The revision alone first: the body (megabytes for a long article) is read only when newer.
      void (async () => {
        const stored = await api('articles.revision', { id: draft.id });
        if (!still()) return;
        if (!stored.ok) {
          if (deletedElsewhere(stored.error, draft.id)) draft.goneElsewhere(stored.error);
          // Any other refusal (the service away, a stale access key) is for the next save to say.
          return;
        }
        if (stored.value.revision <= revision) return;
        const newer = await api('articles.get', { id: draft.id });
        if (!still()) return;
        if (newer.ok) onNewer(newer.value);
        else if (deletedElsewhere(newer.error, draft.id)) draft.goneElsewhere(newer.error);
      })();
    },
    [draft, onNewer],
  );
  useBackInView(useCallback(() => readAgain(false), [readAgain]));
  // Told at once of another window's change: read whether or not this one was left.
  useEffect(() => onChangeElsewhere(draft.id, () => readAgain(true)), [draft.id, readAgain]);
}
