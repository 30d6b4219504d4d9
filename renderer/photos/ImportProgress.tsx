import { useState, useSyncExternalStore } from 'react';
import { StatusNotice } from '../app/StatusNotice';
import { useI18n } from '../i18n/I18n';
import { importUnderWay, type PhotoImportRun } from './importRun';

/**
 * A batch import's progress: a bar with the count, each refused file in plain words, and Cancel. A
 * screen reader hears the outcome once the import has ended (the count and every refusal), not each file.
 */
export function ImportProgress({ run, onDismiss }: { run: PhotoImportRun; onDismiss: () => void }) {
  const { t, say } = useI18n();
  const snapshot = useSyncExternalStore(run.subscribe, () => run.snapshot);
  const failures = snapshot.files.filter((file) => file.state === 'failed');
  const count = (state: string) => snapshot.files.filter((file) => file.state === state).length;
  const imported = count('imported');
  const duplicates = count('duplicate');
  const busy = snapshot.state === 'starting' || snapshot.state === 'running';
  const underWay = importUnderWay(snapshot);
  // Cancel pressed after the last file was done: nothing was cancelled, so the import simply finished.
  const cancelled = snapshot.state === 'cancelled' && (count('cancelled') > 0 || underWay);
  const outcome = [
    busy
      ? t('photos.import.count', { done: snapshot.done, total: snapshot.total })
      : cancelled && count('working') > 0
        ? t('photos.import.cancelling', { n: imported })
        : cancelled
          ? t('photos.import.cancelled', { n: imported })
          : t('photos.import.finished', { n: imported, failed: failures.length }),
    !busy && duplicates > 0 ? ` · ${t('photos.import.duplicates', { n: duplicates })}` : '',
  ].join('');
  const refusals = failures.map((file) => (file.error ? say(file.error) : file.name));
  const ended = !busy && !underWay;
  // Said when it ends here: back on a desk still showing an ended import, it is not said again.
  const [endsHere] = useState(!ended);
  return (
    <div className="rx-import" role="group" aria-label={t('photos.import.progress')}>
      <progress
        max={Math.max(snapshot.total, 1)}
        value={snapshot.done}
        aria-label={t('photos.import.progress')}
      />
      <p className="rx-import-count">{outcome}</p>
      <StatusNotice
        className="rx-visually-hidden"
        text={ended && endsHere ? [`${outcome}.`, ...refusals].join(' ') : ''}
      />
      {snapshot.error && (
        <p className="rx-error" role="alert">
          {say(snapshot.error)}
        </p>
      )}
      {failures.length > 0 && (
        <ul className="rx-import-errors" aria-label={t('photos.import.errors')}>
          {failures.map((file, index) => (
            <li key={`${file.name}-${index}`}>{refusals[index]}</li>
          ))}
        </ul>
      )}
      {busy ? (
        <button type="button" className="rx-secondary" onClick={() => void run.cancel()}>
          {t('photos.import.cancel')}
        </button>
      ) : underWay ? null : (
        <button type="button" className="rx-secondary" onClick={onDismiss}>
          {t('notice.dismiss')}
        </button>
      )}
    </div>
  );
}
