import type { Wording } from '../../shared/api/wording';
import { useI18n } from '../i18n/I18n';

export interface Notice {
  code: string;
  message: string;
  wording?: Wording;
}

/** Messages the user must read (a damaged file moved aside, an error); each can be dismissed. */
export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (index: number) => void }) {
  const { t, say } = useI18n();
  if (notices.length === 0) return null;
  return (
    <div className="rx-notices">
      {notices.map((notice, index) => (
        <div key={`${notice.code}-${index}`} className="rx-notice" role="alert">
          <p>{say(notice)}</p>
          <button type="button" className="rx-secondary" onClick={() => onDismiss(index)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
