import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { Photo } from '../../shared/api/photo';
import { api } from '../api/client';
import { focusIsLost } from '../app/focusLost';
import { useI18n } from '../i18n/I18n';
import { BulkEdit } from './BulkEdit';
import { ImportButton } from './ImportButton';
import { PhotoImportRun, useImportRunning } from './importRun';
import { ImportProgress } from './ImportProgress';
import { PhotoDetails } from './PhotoDetails';
import { NO_FILTERS, PhotoFilters, toListInput, type DeskFilters } from './PhotoFilters';
import { PhotoGrid, type GridSelection } from './PhotoGrid';

const SEARCH_DELAY_MS = 200;
/** Photos the grid shows at first, and adds with each "Show more". */
const GRID_PAGE = 500;

/** Focuses an element that the next renders will show (the Caption field once the photo has loaded). */
function focusWhenShown(element: () => HTMLElement | null, tries = 40): void {
  const target = element();
  if (target) target.focus();
  else if (tries > 0) window.setTimeout(() => focusWhenShown(element, tries - 1), 25);
}

/**
 * The desk's import, kept while the desk is left for another view and back: the files go on
 * importing meanwhile, and their progress, Cancel and refusals are there on return.
 */
let deskImport: PhotoImportRun | null = null;

/** The photo desk: every photo in a grid, filters and search, one photo's details or a bulk edit, imports. */
export function PhotoDesk({ onOpenArticle }: { onOpenArticle: (id: string) => void }) {
  const { t, say } = useI18n();
  const [filters, setFilters] = useState<DeskFilters>(NO_FILTERS);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [loaded, setLoaded] = useState(0);
  const [shown, setShown] = useState(GRID_PAGE);
  // What the bulk form or a delete did, said until another photo is chosen (for the selection it
  // left); counted, so the same words said twice (two photos of one caption deleted) are heard twice.
  const [done, setDone] = useState<{ text: string; on: GridSelection; n: number } | null>(null);
  const tell = (text: string, on: GridSelection) =>
    setDone((before) => ({ text, on, n: (before?.n ?? 0) + 1 }));
  const [selection, setSelection] = useState<GridSelection>({ focus: null, selected: new Set() });
  const [run, setRunState] = useState<PhotoImportRun | null>(() => deskImport);
  const setRun = useCallback((next: PhotoImportRun | null) => {
    deskImport = next;
    setRunState(next);
  }, []);
  const importing = useImportRunning(run);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  // Whether the library has answered once: until then an empty grid says nothing (not "No photos yet").
  const [listed, setListed] = useState(false);
  const caption = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const grid = useRef<HTMLDivElement>(null);

  const reload = useCallback(() => setLoaded((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      void api('photos.list', { ...toListInput(filters), limit: shown }).then((result) => {
        if (!current) return;
        if (!result.ok) return setError(result.error);
        setError(null);
        setListed(true);
        setPhotos(result.value);
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [filters, loaded, shown]);

  // The photos that had the focus left the list (a credit set under "No credit", the one photo a
  // search showed deleted), and the focus with them: the grid takes it, or the search when the grid
  // is empty — never the page.
  useEffect(() => {
    if (!focusIsLost() || !listed) return;
    (
      grid.current?.querySelector<HTMLElement>('[role="option"][tabindex="0"]') ??
      grid.current?.closest('section')?.querySelector<HTMLElement>('input[type="search"]')
    )?.focus();
  }, [photos, selection, listed]);

  // New photos appear in the grid as each one finishes importing.
  useEffect(() => {
    if (!run) return;
    let done = run.snapshot.done;
    return run.subscribe(() => {
      if (run.snapshot.done === done) return;
      done = run.snapshot.done;
      reload();
    });
  }, [run, reload]);

  const startImport = (files: File[]) => {
    const next = new PhotoImportRun(api, files);
    setRun(next);
    void next.run();
  };

  const replace = (changed: Photo[]) => {
    const byId = new Map(changed.map((photo) => [photo.id, photo]));
    setPhotos((list) => list.map((photo) => byId.get(photo.id) ?? photo));
  };

  const backToGrid = () => {
    const id = selection.focus;
    grid.current?.querySelector<HTMLElement>(`[data-photo-id="${id}"]`)?.focus();
  };

  const selected = [...selection.selected].filter((id) => photos.some((photo) => photo.id === id));
  return (
    <section className="rx-photo-desk" aria-label={t('nav.photos')}>
      <header className="rx-list-header">
        <h1>{t('nav.photos')}</h1>
        <ImportButton label={t('photos.import')} onFiles={startImport} disabled={importing} />
      </header>
      {run && <ImportProgress run={run} onDismiss={() => setRun(null)} />}
      <PhotoFilters filters={filters} onChange={setFilters} />
      {error && (
        <p className="rx-error" role="alert">
          {say(error)}
        </p>
      )}
      <div className="rx-photo-desk-body">
        <div ref={grid} className="rx-photo-desk-grid">
          <PhotoGrid
            photos={photos}
            listed={listed}
            filtered={JSON.stringify(filters) !== JSON.stringify(NO_FILTERS)}
            selection={selection}
            onSelect={setSelection}
            onOpen={(id) => {
              setSelection({ focus: id, selected: new Set([id]) });
              focusWhenShown(() => caption.current);
            }}
          />
          {photos.length >= shown && (
            <p className="rx-list-more">
              <span>{t('photos.showing', { n: photos.length })}</span>
              <button type="button" onClick={() => setShown((n) => n + GRID_PAGE)}>
                {t('list.more')}
              </button>
            </p>
          )}
        </div>
        <aside className="rx-photo-desk-side">
          {/* Said here, not in the bulk form or the details: a filter or a delete takes them away. */}
          <p role="status" className="rx-hint">
            {done?.on === selection && <span key={done.n}>{done.text}</span>}
          </p>
          {selected.length > 1 ? (
            <BulkEdit
              photos={photos.filter((photo) => selection.selected.has(photo.id))}
              // A credit set for all may take them out of a filter ("No credit"): the grid is asked again.
              onSaved={(changed, done) => {
                replace(changed);
                tell(done, selection);
                reload();
              }}
            />
          ) : selected.length === 1 ? (
            <PhotoDetails
              photoId={selected[0]!}
              onSaved={(photo) => replace([photo])}
              onOpenArticle={onOpenArticle}
              onDeleted={(id, said) => {
                // The photo beside the deleted one takes the focus, so the keyboard carries on in the grid.
                const at = photos.findIndex((photo) => photo.id === id);
                const next = at === -1 ? undefined : (photos[at + 1] ?? photos[at - 1]);
                const left: GridSelection = next
                  ? { focus: next.id, selected: new Set([next.id]) }
                  : { focus: null, selected: new Set() };
                setSelection(left);
                tell(said, left);
                setPhotos((list) => list.filter((photo) => photo.id !== id));
                if (next)
                  focusWhenShown(
                    () => grid.current?.querySelector<HTMLElement>(`[data-photo-id="${next.id}"]`) ?? null,
                  );
                reload();
              }}
              onBack={backToGrid}
              captionRef={caption}
            />
          ) : (
            <p className="rx-hint">{t('photos.pick')}</p>
          )}
        </aside>
      </div>
    </section>
  );
}
