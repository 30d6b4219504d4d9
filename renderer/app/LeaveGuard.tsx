import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { keepFocusInDialog, modalKeyDown } from './modalKeys';
import { useInitialFocus } from './useInitialFocus';
import type { HeldLeave } from './useRoute';

/**
 * Asks before an article whose latest changes could not be saved is left (or the window closed): try the save again,
 * stay with the text, or leave without it. Staying is the first choice and what Escape does.
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
  // A retry that fails again brings a new answer: the "trying" line goes with it.
  const [triedOn, setTriedOn] = useState<HeldLeave | null>(null);
  const trying = triedOn === held;
  useInitialFocus(stay);
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
    <div className="rx-modal-backdrop" onMouseDown={keepFocusInDialog}>
      <div
        className="rx-modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="rx-leave-title"
        aria-describedby="rx-leave-why"
        onKeyDown={(event) => modalKeyDown(event, onStay)}
      >
        <h2 id="rx-leave-title">{t(closing ? 'leave.closeTitle' : 'leave.title')}</h2>
        <div id="rx-leave-why">
          {held.unsaved.map((article, index) => (
            <p key={index}>
              {t('leave.why', {
                headline: article.headline.trim() || t('list.untitled'),
                reason: article.error ? say(article.error) : t('leave.noReason'),
              })}
            </p>
          ))}
          <p>{t('leave.kept')}</p>
        </div>
        <p aria-live="polite">{trying ? t('leave.trying') : ''}</p>
        <div className="rx-modal-actions">
          <button type="button" className="rx-secondary" onClick={onLeave}>
            {t(closing ? 'leave.close' : 'leave.discard')}
          </button>
          <button
            type="button"
            className="rx-secondary"
            onClick={() => {
              setTriedOn(held);
              onRetry();
            }}
          >
            {t('leave.retry')}
          </button>
          <button ref={stay} type="button" className="rx-primary" onClick={onStay}>
            {t('leave.stay')}
          </button>
        </div>
      </div>
    </div>
  );
}
