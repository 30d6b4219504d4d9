import { useSyncExternalStore } from 'react';
import type { NodeKey } from 'lexical';
import { useI18n } from '../../i18n/I18n';
import { useBlockSelection } from './useBlockSelection';
import { usePageTracker } from '../pages/PageTracker';

/**
 * A page break in the body: a separator naming the page it starts, with that page's words (and a hint
 * when it is short). Click selects it; Backspace or Delete then removes it (Lexical's node selection).
 */
export function PageBreakView({ nodeKey }: { nodeKey: NodeKey }) {
  const { t } = useI18n();
  const tracker = usePageTracker();
  const { pages } = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
  const page = pages.find((each) => each.breakKey === nodeKey);
  const [selected] = useBlockSelection(nodeKey);

  const label = page ? t('pages.break.label', { n: page.number }) : t('pages.break.pending');
  return (
    <div
      role="separator"
      aria-label={label}
      className={selected ? 'rx-page-break-view rx-selected' : 'rx-page-break-view'}
      data-page={page?.number}
    >
      <span className="rx-page-break-name">{page ? t('pages.break.page', { n: page.number }) : '…'}</span>
      {page && <span className="rx-page-break-words">{t('pages.pageWords', { n: page.words })}</span>}
      {page?.short && <span className="rx-page-break-hint">{t('pages.shortHint')}</span>}
    </div>
  );
}
