import { useLayoutEffect, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18n';
import { usePageTracker } from './PageTracker';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { focusBody } from '../focusBody';
import { bringCaretInSight } from '../inSight';

/** Why a page break was refused or removed, in plain words, announced as an alert until dismissed. */
export function PageNotice() {
  const { t } = useI18n();
  const tracker = usePageTracker();
  const [editor] = useLexicalComposerContext();
  const notice = useSyncExternalStore(tracker.subscribe, tracker.getNotice);
  const noticeId = notice?.id;
  // The notice is drawn over the foot of the window: the line being written is moved up clear of it.
  useLayoutEffect(() => {
    const root = editor.getRootElement();
    if (noticeId !== undefined && root) bringCaretInSight(root);
  }, [editor, noticeId]);
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
