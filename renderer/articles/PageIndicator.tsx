import { useSyncExternalStore } from 'react';
import type { PageTracker } from '../editor/pages/PageTracker';
import { useI18n } from '../i18n/I18n';

/**
 * The status line's pages: `Page X of Y` for the caret's page, that page's words (with a hint under
 * 100 words) and the page navigator, which moves the caret to the page chosen.
 */
export function PageIndicator({ tracker }: { tracker: PageTracker }) {
  const { t } = useI18n();
  const { pages, current } = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
  const page = pages[current - 1] ?? pages[0]!;
  return (
    <span className="rx-pages-status">
      <span className="rx-page-indicator">{t('pages.indicator', { x: current, y: pages.length })}</span>
      {pages.length > 1 && (
        <>
          <span className="rx-page-words">{t('pages.pageWords', { n: page.words })}</span>
          {page.short && <span className="rx-page-hint">{t('pages.shortHint')}</span>}
          <select
            className="rx-page-navigator"
            aria-label={t('pages.navigator')}
            value={current}
            onChange={(event) => tracker.jumpTo(Number(event.target.value))}
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
