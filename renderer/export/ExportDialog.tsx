import { useEffect, useId, useRef, useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import {
  ExportCheck,
  type ExportIssue,
  type ExportPreflight,
  type ExportResult,
} from '../../shared/api/export';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';
import { keepFocusInDialog, modalKeyDown } from '../app/modalKeys';
import { useInitialFocus } from '../app/useInitialFocus';
import type { PagePlace } from '../editor/pages/findPage';

/**
 * Where a finding is in the body: a page, or a photo block (numbered in reading order); `where` says
 * whether the page's start or its end (the photo or heading it ends on) is what to fix.
 */
export type BodyPlace = Pick<ExportIssue, 'page' | 'photo'> & { where: PagePlace };

const placeOf = (issue: ExportIssue): BodyPlace => ({
  page: issue.page,
  photo: issue.photo,
  where: issue.code === 'PAGE_ENDS_ON_BLOCK' ? 'end' : 'start',
});

function IssueList({
  title,
  issues,
  kind,
  onShow,
}: {
  title: string;
  issues: ExportIssue[];
  kind: 'error' | 'warning';
  onShow: ((place: BodyPlace) => void) | undefined;
}) {
  const { t, say } = useI18n();
  const listId = useId();
  if (issues.length === 0) return null;
  return (
    <div className={`rx-export-${kind}s`}>
      <p>{title}</p>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.code}:${issue.message}`}>
            <span id={`${listId}-${index}`}>{say(issue)}</span>
            {onShow && (issue.page !== undefined || issue.photo !== undefined) && (
              <button
                type="button"
                className="rx-link-button"
                aria-describedby={`${listId}-${index}`}
                onClick={() => onShow(placeOf(issue))}
              >
                {t('export.show')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The export dialog: preflight first (errors block, warnings must be accepted), then the folder,
 * an optional zip, and "Export package". The result names the folder written.
 */
export function ExportDialog({
  articleId,
  beforeExport,
  onClose,
  onShow,
}: {
  articleId: string;
  /** Saves what the editor holds; false when the latest changes could not be saved. */
  beforeExport: () => Promise<boolean>;
  onClose: () => void;
  /** Closes the dialog and takes the editor to a finding's place in the body. */
  onShow?: (place: BodyPlace) => void;
}) {
  const { t, say } = useI18n();
  const [checked, setChecked] = useState<ExportPreflight | null>(null);
  const [folder, setFolder] = useState('');
  const [zip, setZip] = useState(false);
  const [accepted, setAccepted] = useState(false);
  // The latest changes could not be saved (a conflict, the service away): the package holds the
  // stored article, which the editor is told and must accept, as the preview says it.
  const [unsaved, setUnsaved] = useState(false);
  const [keptUnsaved, setKeptUnsaved] = useState(false);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const folderId = useId();
  const blockedId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    void beforeExport()
      .then((saved) => {
        if (current) setUnsaved(!saved);
        return api('export.preflight', { id: articleId });
      })
      .then((answer) => {
        if (!current) return;
        if (answer.ok) {
          setChecked(answer.value);
          setFolder((value) => value || answer.value.suggestedFolder);
          setZip(answer.value.suggestedZip);
        } else setError(answer.error);
      });
    return () => {
      current = false;
    };
  }, [articleId, beforeExport]);

  useInitialFocus(dialog, onClose);

  // The warnings accepted are the ones shown: any the article gained since is shown and asked for.
  const warningsSeen = () => checked?.warnings.map((warning) => warning.message) ?? [];

  const run = async () => {
    setRunning(true);
    setError(null);
    // The outcome shown is this run's only: an earlier package's "written" and its download go.
    setResult(null);
    const answer = await api('export.run', {
      id: articleId,
      folder,
      zip,
      acceptWarnings: accepted,
      warningsSeen: warningsSeen(),
    });
    setRunning(false);
    if (answer.ok) return setResult(answer.value);
    setError(answer.error);
    // Refused by a preflight newer than the one shown (the article changed meanwhile): show that one,
    // and ask again for warnings the editor has not seen.
    const fresh = ExportCheck.safeParse(answer.error.details);
    if (answer.error.code === 'EXPORT_FAILED' && fresh.success) {
      setChecked((shown) => ({
        ...fresh.data,
        suggestedFolder: shown?.suggestedFolder ?? '',
        suggestedZip: shown?.suggestedZip ?? false,
      }));
      setAccepted(false);
    }
  };

  // Browser mode cannot open the folder it wrote: offer the same package as a download instead.
  const download = async () => {
    const answer = await api('export.zip', { id: articleId, warningsSeen: warningsSeen() });
    if (!answer.ok) return setError(answer.error);
    const bytes = Uint8Array.from(atob(answer.value.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = answer.value.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  // Why Export package cannot be pressed, said under it (a disabled button tells nothing by itself).
  const blockedBy = !checked
    ? null
    : checked.errors.length > 0
      ? t('export.blockedErrors')
      : checked.warnings.length > 0 && !accepted
        ? t('export.blockedWarnings')
        : unsaved && !keptUnsaved
          ? t('export.blockedUnsaved')
          : !folder.trim()
            ? t('export.blockedFolder')
            : null;
  const blocked = !checked || blockedBy !== null;
  return (
    <div className="rx-modal-backdrop" onMouseDown={keepFocusInDialog}>
      <div
        ref={dialog}
        className="rx-modal"
        role="dialog"
        aria-modal="true"
        aria-label={t('export.dialog')}
        tabIndex={-1}
        onKeyDown={(event) => modalKeyDown(event, onClose)}
      >
        <h2>{t('export.dialog')}</h2>
        {!checked && !error && <p>{t('export.checking')}</p>}
        {unsaved && (
          <>
            <p className="rx-error" role="alert">
              {t('export.unsaved')}
            </p>
            <label className="rx-check">
              <input
                type="checkbox"
                checked={keptUnsaved}
                onChange={(event) => setKeptUnsaved(event.target.checked)}
              />
              {t('export.acceptUnsaved')}
            </label>
          </>
        )}
        {checked && (
          <>
            <IssueList title={t('export.errors')} issues={checked.errors} kind="error" onShow={onShow} />
            <IssueList
              title={t('export.warnings')}
              issues={checked.warnings}
              kind="warning"
              onShow={onShow}
            />
            {checked.errors.length === 0 && checked.warnings.length === 0 && !unsaved && (
              <p>{t('export.ready')}</p>
            )}
            {checked.errors.length === 0 && checked.warnings.length > 0 && (
              <label className="rx-check">
                <input
                  type="checkbox"
                  checked={accepted}
                  onChange={(event) => setAccepted(event.target.checked)}
                />
                {t('export.acceptWarnings')}
              </label>
            )}
            <div className="rx-field">
              <label htmlFor={folderId}>{t('export.folder')}</label>
              <input
                id={folderId}
                value={folder}
                spellCheck={false}
                onChange={(event) => setFolder(event.target.value)}
              />
            </div>
            <label className="rx-check">
              <input type="checkbox" checked={zip} onChange={(event) => setZip(event.target.checked)} />
              {t('export.zip')}
            </label>
          </>
        )}
        {error && (
          <p className="rx-error" role="alert">
            {say(error)}
          </p>
        )}
        <div role="status" className="rx-export-done">
          {result && (
            <>
              <p>{t('export.done', { folder: result.folder })}</p>
              {result.zipFile && <p>{t('export.doneZip', { file: result.zipFile })}</p>}
              {result.zipRemoved && <p>{t('export.doneZipRemoved', { file: result.zipRemoved })}</p>}
              {result.zipNotRemoved && (
                <p className="rx-error">{t('export.doneZipNotRemoved', { file: result.zipNotRemoved })}</p>
              )}
              {window.redaksi?.revealFolder && (
                <button
                  type="button"
                  className="rx-secondary"
                  onClick={() => void window.redaksi?.revealFolder?.(result.folder)}
                >
                  {t('export.reveal')}
                </button>
              )}
              {!window.redaksi && (
                <button type="button" className="rx-secondary" onClick={() => void download()}>
                  {t('export.download')}
                </button>
              )}
            </>
          )}
        </div>
        <div className="rx-modal-actions">
          <button type="button" className="rx-secondary" onClick={onClose}>
            {t('export.close')}
          </button>
          <button
            type="button"
            className="rx-primary"
            disabled={blocked && !running}
            aria-describedby={blockedBy && !running ? blockedId : undefined}
            // aria-disabled while it runs: a disabled button would drop the focus out of the dialog
            // (and Escape with it).
            aria-disabled={running || undefined}
            onClick={() => !running && void run()}
          >
            {running ? t('export.running') : t('export.run')}
          </button>
        </div>
        {blockedBy && !running && (
          <p id={blockedId} className="rx-hint rx-export-blocked">
            {blockedBy}
          </p>
        )}
      </div>
    </div>
  );
}
