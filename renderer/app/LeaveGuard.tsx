import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { CopyText, noSaveWorks } from './CopyText';
import { AlertDialog } from './AlertDialog';
import { useInitialFocus } from './useInitialFocus';
import type { HeldLeave } from './useRoute';
import { headlineShown } from '../articles/headlineShown';

/**
 * Asks before an article whose latest changes could not be saved is left (or the window closed): try
 * the save again, stay with the text, or leave without it. Staying is the first choice and what Escape
 * does. Where a retry cannot work, it offers what can: an article deleted elsewhere is kept as a new
 * article; a tab whose access key went stale (Redaksi restarted), or an article another window changed,
 * copies its text to the clipboard.
 */
export function LeaveGuard({
  held,
  onRetry,
  onStay,
  onLeave,
}: {
  held: HeldLeave;
  onRetry: () => void;
  onStay: () => void;
  onLeave: () => void;
}) {
  const { t, say } = useI18n();
  const closing = held.to === 'window';
  const stay = useRef<HTMLButtonElement>(null);
  // What the last action is doing or did, said aloud; a held move asked again (a retry that failed
  // again) brings a new answer, and the line goes with it.
  const [said, setSaid] = useState<{ on: HeldLeave; text: string } | null>(null);
  const line = said?.on === held ? said : null;
  const tell = (text: string) => setSaid({ on: held, text });
  // One Save as new at a time: a second click while it is on its way would make a second article.
  const keeping = useRef(false);
  // An article deleted elsewhere cannot be saved again: its text can be kept as a new article.
  const gone = held.unsaved.filter((article) => article.saveAsNew);
  // A tab whose access key went stale with a restart cannot save at all, nor an article refused over
  // another window's change (a retry sends nothing): its text can be copied.
  const stale = held.unsaved.length > 0 && held.unsaved.every((article) => noSaveWorks(article.error));
  const keepAsNew = async () => {
    if (keeping.current) return;
    keeping.current = true;
    tell(t('save.asNew.saving'));
    for (const article of gone) {
      const kept = await article.saveAsNew!();
      if (!kept.ok) {
        keeping.current = false;
        return tell(t('save.asNew.failed', { message: say(kept.error) }));
      }
    }
    keeping.current = false;
    // Nothing is left unsaved: the move goes ahead.
    onRetry();
  };
  useInitialFocus(stay, onStay);
  // Back where the editor was writing: the field or body that had the focus, or — when the question
  // came from outside the article (a nav button, a link) — the body, where the caret still is.
  const before = useRef(document.activeElement);
  useEffect(() => {
    const element = before.current;
    return () => {
      const writing =
        element instanceof HTMLElement && element.isConnected && element.closest('.rx-article')
          ? element
          : document.querySelector<HTMLElement>('.rx-article [contenteditable="true"]');
      (writing ?? (element instanceof HTMLElement ? element : null))?.focus();
    };
  }, []);

  return (
    <AlertDialog titleId="rx-leave-title" whyId="rx-leave-why" onEscape={onStay}>
      <h2 id="rx-leave-title">{t(closing ? 'leave.closeTitle' : 'leave.title')}</h2>
      <div id="rx-leave-why">
        {held.unsaved.map((article, index) => (
          <p key={index}>
            {t('leave.why', {
              headline: headlineShown(article.headline, t),
              reason: article.saveAsNew
                ? t('leave.deletedElsewhere')
                : article.error
                  ? say(article.error)
                  : t('leave.noReason'),
            })}
          </p>
        ))}
        <p>{t('leave.kept')}</p>
      </div>
      <p aria-live="polite">{line?.text ?? ''}</p>
      <div className="rx-modal-actions">
        <button type="button" className="rx-secondary" onClick={onLeave}>
          {t(closing ? 'leave.close' : 'leave.discard')}
        </button>
        {gone.length > 0 ? (
          <button type="button" className="rx-secondary" onClick={() => void keepAsNew()}>
            {t(closing ? 'leave.asNewClose' : 'leave.asNew')}
          </button>
        ) : stale ? (
          <CopyText text={() => held.unsaved.map((article) => article.text()).join('\n\n')} />
        ) : (
          <button
            type="button"
            className="rx-secondary"
            onClick={() => {
              tell(t('leave.trying'));
              onRetry();
            }}
          >
            {t('leave.retry')}
          </button>
        )}
        <button ref={stay} type="button" className="rx-primary" onClick={onStay}>
          {t('leave.stay')}
        </button>
      </div>
    </AlertDialog>
  );
}
