import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useInitialFocus } from '../app/useInitialFocus';
import { focusIsLost } from '../app/focusLost';
import { PHOTO_QUERY_LIMIT, type Photo } from '../../shared/api/photo';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';
import { ImportButton } from './ImportButton';
import { importedPhotoIds, PhotoImportRun, useImportRunning } from './importRun';
import { ImportProgress } from './ImportProgress';
import { photoLabel, rowLength } from './PhotoGrid';
import { PhotoImage } from './PhotoImage';
import { tileFit } from './tile';
import { rememberPhotos } from './useLibraryPhoto';
import { modalKeyDown } from '../app/modalKeys';

/**
 * Arrows move between the picker's photos as on the photo desk (Up and Down a row, Home and End to
 * the first and last); Up from the first row goes back to the search, as in the article list. Tab
 * still goes through them one by one, and Enter or Space picks one.
 */
function moveInGrid(event: KeyboardEvent<HTMLUListElement>, search: HTMLInputElement | null): void {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  const across = rowLength(buttons);
  if (event.key === 'ArrowUp' && at < across && search && !hasModifier(event)) {
    event.preventDefault();
    return search.focus();
  }
  const target: Record<string, number> = {
    ArrowRight: at + 1,
    ArrowLeft: at - 1,
    ArrowDown: at + across,
    ArrowUp: at - across,
    Home: 0,
    End: buttons.length - 1,
  };
  if (!(event.key in target) || hasModifier(event)) return;
  event.preventDefault();
  buttons[Math.min(buttons.length - 1, Math.max(0, target[event.key]!))]?.focus();
}

const hasModifier = (event: KeyboardEvent) =>
  event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;

/** The photos a picker shows at once; the search finds any other. */
const PICKER_SHOWN = 200;
/** The library's records of photos just imported, in file order (a photo that vanished is left out). */
export async function photosById(ids: string[]): Promise<Photo[]> {
  const results = await Promise.all(ids.map((id) => api('photos.get', { id })));
  const photos = results.flatMap((result) => (result.ok ? [result.value] : []));
  rememberPhotos(photos);
  return photos;
}

function ImportOutcome({ run, onChoose }: { run: PhotoImportRun; onChoose: (photos: Photo[]) => void }) {
  const { t } = useI18n();
  const snapshot = useSyncExternalStore(run.subscribe, () => run.snapshot);
  const ids = importedPhotoIds(snapshot);
  if (snapshot.state !== 'finished' && snapshot.state !== 'cancelled') return null;
  if (ids.length === 0) return null;
  return (
    <button type="button" onClick={() => void photosById(ids).then(onChoose)}>
      {t('picker.useImported', { n: ids.length })}
    </button>
  );
}

/**
 * Choose photos for an article: import files (several at once) or pick one from the library. An
 * import without refusals is used at once; with refusals the errors stay on screen until dismissed.
 */
export function PhotoPicker(props: {
  title: string;
  onChoose: (photos: Photo[]) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { onChoose } = props;
  const [query, setQuery] = useState('');
  const [photos, setPhotos] = useState<Photo[]>([]);
  // The search the library last answered: until it answers the one typed, an empty grid says nothing
  // (not "No photos yet" over a library still being read).
  const [answered, setAnswered] = useState<string | null>(null);
  const [run, setRun] = useState<PhotoImportRun | null>(null);
  // Counts the imports finished here: the library is read again after each, so the photos an import
  // with refusals brought in are there to pick.
  const [imported, setImported] = useState(0);
  const importing = useImportRunning(run);
  const search = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLUListElement>(null);
  // Down or Enter in the search before the library answered it: the first photo of the answer.
  const toFirst = useRef(false);
  // Closing the picker mid-import means "do not insert": the photos still reach the library.
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    // Closed (by a choice, Cancel or Escape) with nothing else taking the focus: it goes back to
    // whatever opened the picker, not to the page.
    const opener = document.activeElement;
    return () => {
      open.current = false;
      if (focusIsLost() && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  useInitialFocus(search, props.onClose);
  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      void api('photos.list', { ...(query.trim() ? { query } : {}), limit: PICKER_SHOWN }).then((result) => {
        if (!current || !result.ok) return;
        setPhotos(result.value);
        setAnswered(query);
      });
    }, 150);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, imported]);

  /** The first photo takes the focus (the search keeps it while there is none). */
  function focusFirst() {
    toFirst.current = false;
    grid.current?.querySelector('button')?.focus();
  }
  // Once the answer is on screen: the photos it replaced are gone and the focus with them.
  useEffect(() => {
    if (toFirst.current) focusFirst();
  }, [photos]);

  const startImport = (files: File[]) => {
    const next = new PhotoImportRun(api, files);
    setRun(next);
    void next.run().then(async (ids) => {
      if (open.current && ids.length > 0) setImported((count) => count + 1);
      const refused = next.snapshot.files.some((file) => file.state === 'failed');
      if (!open.current || refused || next.snapshot.state !== 'finished' || ids.length === 0) return;
      const photos = await photosById(ids);
      if (open.current) onChoose(photos);
    });
  };

  const choose = (photo: Photo) => {
    rememberPhotos([photo]);
    onChoose([photo]);
  };

  return (
    <div
      className="rx-modal-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && props.onClose()}
    >
      <div
        className="rx-modal rx-photo-picker"
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        onKeyDown={(event) => modalKeyDown(event, props.onClose)}
      >
        <h2>{props.title}</h2>
        <div className="rx-picker-import">
          <ImportButton label={t('picker.import')} onFiles={startImport} disabled={importing} />
        </div>
        {run && <ImportProgress run={run} onDismiss={() => setRun(null)} />}
        {run && <ImportOutcome run={run} onChoose={onChoose} />}
        <input
          ref={search}
          type="search"
          maxLength={PHOTO_QUERY_LIMIT}
          aria-label={t('photos.search')}
          placeholder={t('photos.search')}
          value={query}
          onChange={(event) => {
            toFirst.current = false;
            setQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            if (hasModifier(event) || (event.key !== 'ArrowDown' && event.key !== 'Enter')) return;
            event.preventDefault();
            if (answered === query) focusFirst();
            else toFirst.current = true;
          }}
        />
        <ul
          ref={grid}
          className="rx-picker-grid"
          aria-label={t('photos.grid')}
          onKeyDown={(event) => moveInGrid(event, search.current)}
        >
          {photos.map((photo) => (
            <li key={photo.id}>
              <button
                type="button"
                aria-label={photoLabel(photo)}
                title={photoLabel(photo)}
                onClick={() => choose(photo)}
              >
                <PhotoImage
                  sha256={photo.sha256}
                  width={240}
                  alt=""
                  size={photo}
                  className={tileFit(photo)}
                />
              </button>
            </li>
          ))}
        </ul>
        {photos.length === 0 && answered === query && (
          <p className="rx-hint">{query ? t('photos.noMatch') : t('picker.empty')}</p>
        )}
        {photos.length >= PICKER_SHOWN && (
          <p className="rx-hint">{t('picker.showing', { n: PICKER_SHOWN })}</p>
        )}
        <div className="rx-modal-actions">
          <button type="button" className="rx-secondary" onClick={props.onClose}>
            {t('link.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
