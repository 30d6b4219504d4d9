import {
  captionHints,
  creditHints,
  type CaptionHint,
  type CreditHint,
} from '../../shared/text/caption-style';
import { usePublication } from '../app/Publication';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/en';

const MESSAGES: Record<CaptionHint | CreditHint, MessageKey> = {
  'caption-missing': 'hint.caption.missing',
  'caption-title': 'hint.caption.title',
  'caption-sentence': 'hint.caption.sentence',
  'caption-end': 'hint.caption.end',
  'caption-has-credit': 'hint.caption.credit',
  'credit-missing': 'hint.credit.missing',
  'credit-case': 'hint.credit.case',
  'credit-brackets': 'hint.credit.brackets',
  'credit-label': 'hint.credit.label',
  'credit-shape': 'hint.credit.shape',
};

/** House-style hints beside a Caption or Credit field: advice, never a blocker. */
export function StyleHints({
  id,
  kind,
  caption,
  credit,
}: {
  id: string;
  kind: 'caption' | 'credit';
  caption: string;
  credit: string;
}) {
  const { t } = useI18n();
  const { captionStyle } = usePublication();
  const hints = kind === 'caption' ? captionHints(caption, credit, captionStyle) : creditHints(credit);
  // The field points at this id whatever it says: with no advice, an empty element (not a dangling reference).
  if (hints.length === 0) return <span id={id} hidden />;
  return (
    <ul id={id} className="rx-hints">
      {hints.map((hint) => (
        <li key={hint}>{t(MESSAGES[hint])}</li>
      ))}
    </ul>
  );
}
