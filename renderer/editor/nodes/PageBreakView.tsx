import { useSyncExternalStore } from 'react';
import type { NodeKey } from 'lexical';
import { useI18n } from '../../i18n/I18n';
import { useBlockSelection } from './useBlockSelection';
import { usePageTracker } from '../pages/PageTracker';

/**
 * A page break in the body: a separator naming the page it starts, with that page's words, and a hint
 * when that page is short (or page 1, above the first break) or the page above ends on a photo or heading. Click selects it; Backspace or Delete then removes it (Lexical's node selection).
 */
export function PageBreakView({ nodeKey }: { nodeKey: NodeKey }) {
  const { t } = useI18n();
  const tracker = usePageTracker();
  const { pages } = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
  const page = pages.find((each) => each.breakKey === nodeKey);
  const selected = useBlockSelection(nodeKey);

  const label = page ? t('pages.break.label', { n: page.number }) : t('pages.break.pending');
  const above = page ? pages[page.number - 2] : undefined;
  const hints = [
    page?.short ? t('pages.shortHint') : null,
    // Page 1 has no break of its own to carry its hint: the break below it carries it.
    above?.number === 1 && above.short ? t('pages.firstShortHint') : null,
    above?.endsOn === 'photo' ? t('pages.aboveEndsOnPhoto') : null,
    above?.endsOn === 'heading' ? t('pages.aboveEndsOnHeading') : null,
  ].filter((hint) => hint !== null);
  return (
    <div
      role="separator"
      aria-label={label}
      aria-description={hints.length > 0 ? hints.join('. ') : undefined}
      className={selected ? 'rx-page-break-view rx-selected' : 'rx-page-break-view'}
      data-page={page?.number}
    >
      <span className="rx-page-break-name">{page ? t('pages.break.page', { n: page.number }) : '…'}</span>
      {page && <span className="rx-page-break-words">{t('pages.pageWords', { n: page.words })}</span>}
      {hints.map((hint) => (
        <span key={hint} className="rx-page-break-hint">
          {hint}
        </span>
      ))}
    </div>
  );
}
