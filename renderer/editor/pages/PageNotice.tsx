import { useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18n';
import { usePageTracker } from './PageTracker';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { focusBody } from '../focusBody';

/** Why a page break was refused or removed, in plain words, announced as an alert until dismissed. */
export function PageNotice() {
  const { t } = useI18n();
  const tracker = usePageTracker();
  const [editor] = useLexicalComposerContext();
  const notice = useSyncExternalStore(tracker.subscribe, tracker.getNotice);
  if (!notice) return null;
  return (
    <div key={notice.id} className="rx-page-notice" role="alert">
      <p>{notice.message}</p>
      <button
        type="button"
        className="rx-secondary"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          tracker.dismiss();
          // Back to the text the notice was about (the button goes with it).
          focusBody(editor);
        }}
      >
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
