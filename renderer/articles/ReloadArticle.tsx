import { useRef, useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { InPlaceConfirm } from '../app/InPlaceConfirm';

/**
 * Reload article, after a save the store refused (changed in another window, or deleted): it replaces
 * what was typed here since the last save, so it asks first, with the focus on keeping the text.
 */
export function ReloadArticle({ onReload }: { onReload: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (!asking)
    return (
      <button ref={button} type="button" className="rx-secondary" onClick={() => setAsking(true)}>
        {t('save.reload')}
      </button>
    );
  const keep = () => {
    setAsking(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <InPlaceConfirm
      inline
      label={t('save.reload')}
      question={t('save.reload.confirm')}
      yes={t('save.reload.yes')}
      keep={t('save.reload.no')}
      onYes={onReload}
      onKeep={keep}
    />
  );
}
