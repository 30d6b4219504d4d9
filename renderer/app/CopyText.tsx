import { useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import { useI18n } from '../i18n/I18n';

/**
 * Whether no save can work from this tab: its access key went stale with a restart of Redaksi, so
 * every call is refused until the tab opens the new address.
 */
export const staleAccessKey = (error: ApiErrorShape | null): boolean => error?.code === 'UNAUTHORIZED';

/**
 * Whether saving again from here cannot work: a stale access key, or another window's change the
 * text was refused over (CONFLICT: the autosave stops there, and only Reload article, which replaces
 * the text, goes on). The text can still be copied, to keep it before reloading.
 */
export const noSaveWorks = (error: ApiErrorShape | null): boolean =>
  staleAccessKey(error) || error?.code === 'CONFLICT';

/**
 * Copy the text, offered where no save can work (a stale access key, a conflict): the article's
 * headline, lead and body go to the clipboard, to paste into the tab at the new address or back after
 * Reload article; it says where the text went.
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
