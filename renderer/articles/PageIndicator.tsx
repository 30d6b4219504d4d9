import { useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { PageTracker } from '../editor/pages/PageTracker';
import { useI18n } from '../i18n/I18n';

/**
 * Whether a key pressed on the closed navigator opens its list (Chromium, Windows and Linux: Space,
 * F4, Alt+↑/↓, and Enter when no page is waiting to be gone to).
 */
const opensList = (event: KeyboardEvent<HTMLSelectElement>, enterOpens: boolean): boolean =>
  event.key === ' ' ||
  event.key === 'F4' ||
  (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) ||
  (event.key === 'Enter' && enterOpens);

/**
 * The status line's pages: `Page X of Y` for the caret's page, that page's words (with a hint under
 * 100 words) and the page navigator, which moves the caret to the page chosen.
 */
export function PageIndicator({ tracker }: { tracker: PageTracker }) {
  const { t } = useI18n();
  const { pages, current } = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
  const page = pages[current - 1] ?? pages[0]!;
  const chosenByPointer = useRef(false);
  const listOpened = useRef(false);
  const [shown, setShown] = useState<number | null>(null);
  return (
    <span className="rx-pages-status">
      {/* Said by screen readers when the caret reaches another page, or the page becomes short or ends
          on a photo or heading (the word count, which changes with every word typed, is read only when
          asked for). */}
      <span className="rx-page-indicator" aria-live="polite" aria-atomic="true">
        {t('pages.indicator', { x: current, y: pages.length })}
      </span>
      {pages.length > 1 && <span className="rx-page-words">{t('pages.pageWords', { n: page.words })}</span>}
      <span className="rx-page-hint" aria-live="polite">
        {[
          pages.length > 1 && page.short ? t('pages.shortHint') : '',
          page.endsOn === 'photo' ? t('pages.endsOnPhotoHint') : '',
          page.endsOn === 'heading' ? t('pages.endsOnHeadingHint') : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {pages.length > 1 && (
        <>
          <select
            className="rx-page-navigator"
            aria-label={t('pages.navigator')}
            value={shown ?? current}
            // Chosen in the list (the mouse, or the keys once the list is open): off to that page.
            // Arrowed through with the list closed: each page is shown while the focus stays here,
            // and Enter takes the caret there.
            onPointerDown={() => (chosenByPointer.current = true)}
            onKeyDown={(event) => {
              chosenByPointer.current = false;
              // The list has the keys while it is open: the next change is a page chosen in it.
              listOpened.current = opensList(event, shown === null);
              if (event.key !== 'Enter' || shown === null) return;
              event.preventDefault();
              tracker.jumpTo(shown);
              setShown(null);
            }}
            onBlur={() => setShown(null)}
            onChange={(event) => {
              const chosen = Number(event.target.value);
              const inList = chosenByPointer.current || listOpened.current;
              listOpened.current = false;
              tracker.jumpTo(chosen, inList);
              setShown(inList ? null : chosen);
            }}
          >
            {pages.map((each) => (
              <option key={each.number} value={each.number}>
                {t('pages.option', { n: each.number, words: each.words })}
              </option>
            ))}
          </select>
        </>
      )}
    </span>
  );
}
