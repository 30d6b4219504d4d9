import { useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import { useI18n } from '../i18n/I18n';

/**
 * Whether no save can work from this tab: its access key went stale with a restart of Redaksi, so
 * every call is refused until the tab opens the new address.
 */
export const staleAccessKey = (error: ApiErrorShape | null): boolean => error?.code === 'UNAUTHORIZED';

/**
 * Copy the text, offered where no save can work (a stale access key): the article's headline, lead and
 * body go to the clipboard, to paste into the tab at the new address; it says where the text went.
 */
export function CopyText({ text }: { text: () => string }) {
  const { t } = useI18n();
  const [said, setSaid] = useState('');
  const copy = () => {
    setSaid('');
    navigator.clipboard.writeText(text()).then(
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
