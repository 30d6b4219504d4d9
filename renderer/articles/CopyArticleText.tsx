import { useState } from 'react';
import { useI18n } from '../i18n/I18n';
import type { ArticleDraft } from './ArticleDraft';

/**
 * Copy the text, offered when no save can work from this tab (its access key went stale with a
 * restart): the headline, lead and body go to the clipboard, to paste into the tab at the new address.
 */
export function CopyArticleText({ draft }: { draft: ArticleDraft }) {
  const { t } = useI18n();
  const [said, setSaid] = useState('');
  const copy = () => {
    setSaid('');
    navigator.clipboard.writeText(draft.plainText()).then(
      () => setSaid(t('leave.copied')),
      () => setSaid(t('leave.copyFailed')),
    );
  };
  return (
    <>
      <button type="button" className="rx-secondary" onClick={copy}>
        {t('leave.copy')}
      </button>
      <span role="status">{said}</span>
    </>
  );
}
