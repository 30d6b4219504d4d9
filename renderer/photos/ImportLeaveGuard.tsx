import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { AlertDialog } from '../app/AlertDialog';
import { useInitialFocus } from '../app/useInitialFocus';
import { filesStillToSend, onSendingChange, stopSending } from './importRun';

/**
 * The desktop app's question: keep importing (first, and what Escape does), or stop the import. The
 * page cannot tell a close from a reload, so it does neither itself: stopped, the window is closed or
 * reloaded again without a question.
 */
function LeaveDuringImport({
  files,
  onStay,
  onStop,
}: {
  files: number;
  onStay: () => void;
  onStop: () => void;
}) {
  const { t } = useI18n();
  const stay = useRef<HTMLButtonElement>(null);
  useInitialFocus(stay, onStay);
  return (
    <AlertDialog titleId="rx-import-leave-title" whyId="rx-import-leave-why" onEscape={onStay}>
      <h2 id="rx-import-leave-title">{t('import.leave.title')}</h2>
      <p id="rx-import-leave-why">{t('import.leave.why', { n: files })}</p>
      <div className="rx-modal-actions">
        <button type="button" className="rx-secondary" onClick={onStop}>
          {t('import.leave.stop')}
        </button>
        <button ref={stay} type="button" className="rx-primary" onClick={onStay}>
          {t('import.leave.stay')}
        </button>
      </div>
    </AlertDialog>
  );
}

/**
 * Closing or reloading the window while an import still sends its files would leave those files out
 * of the library without a word (the page reads them from the disk, and goes with them). A browser
 * asks with its own prompt; the desktop app, whose close or reload the page can only hold, asks here.
 * The question goes by itself once the files are sent.
 */
export function ImportLeaveGuard() {
  const [asking, setAsking] = useState(0);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const files = filesStillToSend();
      if (files === 0) return;
      event.preventDefault();
      if (window.redaksi) setAsking(files);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    const unsubscribe = onSendingChange(() => {
      if (filesStillToSend() === 0) setAsking(0);
    });
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      unsubscribe();
    };
  }, []);
  if (asking === 0) return null;
  return (
    <LeaveDuringImport
      files={asking}
      onStay={() => setAsking(0)}
      onStop={() => {
        setAsking(0);
        void stopSending();
      }}
    />
  );
}
