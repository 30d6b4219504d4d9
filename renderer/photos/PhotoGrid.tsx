import { useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { Photo } from '../../shared/api/photo';
import { useI18n } from '../i18n/I18n';
import { PhotoImage } from './PhotoImage';
import { tileFit } from './tile';

export interface GridSelection {
  /** The photo with keyboard focus (the one the detail pane shows when only one is selected). */
  focus: string | null;
  selected: ReadonlySet<string>;
  /** Where a Shift-selected run starts: the photo last chosen on its own (the focus when unset). */
  anchor?: string | null;
}

/** How many of these items sit on the first row, read from the layout, for ArrowUp/ArrowDown. */
export function rowLength(items: HTMLElement[]): number {
  if (items.length === 0) return 1;
  const top = Math.round(items[0]!.getBoundingClientRect().top);
  return Math.max(1, items.filter((item) => Math.round(item.getBoundingClientRect().top) === top).length);
}

const columns = (list: HTMLElement | null): number =>
  rowLength(list ? [...list.querySelectorAll<HTMLElement>('[role="option"]')] : []);

export const photoLabel = (photo: Photo): string => photo.caption || photo.originalName;

/**
 * The photo desk's grid: a multi-select list of thumbnails. Arrows move (and select), Shift+arrows
 * extend the selection, Ctrl/Cmd+arrows move without changing it and Space then adds or removes the
 * photo (photos apart from each other, from the keyboard), Ctrl/Cmd+A selects all; Ctrl/Cmd+click
 * adds to the selection, Shift+click selects a run; Enter opens the photo's Caption.
 */
export function PhotoGrid(props: {
  photos: Photo[];
  selection: GridSelection;
  onSelect: (selection: GridSelection) => void;
  onOpen: (id: string) => void;
  /** Whether a search or filter narrows the list: an empty grid then says nothing matches. */
  filtered?: boolean;
  /** Whether the library has answered yet; an empty grid before that (or after a refusal) says nothing. */
  listed?: boolean;
}) {
  const { t } = useI18n();
  const { photos, selection, onSelect } = props;
  const list = useRef<HTMLUListElement>(null);
  const focusIndex = Math.max(
    0,
    photos.findIndex((photo) => photo.id === selection.focus),
  );

  // The photo with the focus is the first one when none was chosen yet (the grid tabbed into):
  // Space and Shift+arrows start from it, as from any photo the focus is on.
  const focused = photos[focusIndex];
  const anchorId = (photos.find((photo) => photo.id === selection.anchor) ?? focused)?.id;
  /** The photos from the run's anchor to `index`, both included, as a Shift+click or Shift+arrow makes it. */
  const run = (index: number): Set<string> => {
    const anchor = Math.max(
      0,
      photos.findIndex((photo) => photo.id === anchorId),
    );
    const [from, to] = [anchor, index].sort((a, b) => a - b) as [number, number];
    return new Set(photos.slice(from, to + 1).map((photo) => photo.id));
  };

  /**
   * Moves the focus; the selection becomes that photo, the run from the anchor to it (extend: it
   * grows and shrinks as the arrows go) or stays as it is (keep).
   */
  const focusAt = (target: number, how: 'select' | 'extend' | 'keep') => {
    const index = Math.min(photos.length - 1, Math.max(0, target));
    const photo = photos[index];
    if (!photo) return;
    if (how === 'keep') onSelect({ ...selection, focus: photo.id });
    else if (how === 'extend') onSelect({ focus: photo.id, selected: run(index), anchor: anchorId });
    else onSelect({ focus: photo.id, selected: new Set([photo.id]), anchor: photo.id });
    list.current?.querySelector<HTMLElement>(`[data-photo-id="${photo.id}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns(list.current),
      ArrowUp: -columns(list.current),
    };
    const how = event.shiftKey ? 'extend' : event.ctrlKey || event.metaKey ? 'keep' : 'select';
    if (event.key in step) focusAt(focusIndex + step[event.key]!, how);
    else if (event.key === 'Home') focusAt(0, how);
    else if (event.key === 'End') focusAt(photos.length - 1, how);
    else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a')
      onSelect({ focus: selection.focus, selected: new Set(photos.map((photo) => photo.id)) });
    else if (event.key === ' ' && focused) {
      const selected = new Set(selection.selected);
      if (selected.has(focused.id) && selected.size > 1) selected.delete(focused.id);
      else selected.add(focused.id);
      onSelect({ focus: focused.id, selected, anchor: focused.id });
    } else if (event.key === 'Enter' && focused) props.onOpen(focused.id);
    else return;
    event.preventDefault();
  };

  const onClick = (event: MouseEvent, photo: Photo, index: number) => {
    if (event.ctrlKey || event.metaKey) {
      const selected = new Set(selection.selected);
      if (selected.has(photo.id)) selected.delete(photo.id);
      else selected.add(photo.id);
      onSelect({ focus: photo.id, selected, anchor: photo.id });
    } else if (event.shiftKey && selection.focus) {
      onSelect({ focus: photo.id, selected: run(index), anchor: anchorId });
    } else onSelect({ focus: photo.id, selected: new Set([photo.id]), anchor: photo.id });
  };

  if (photos.length === 0 && props.listed === false) return null;
  if (photos.length === 0)
    return <p className="rx-empty">{props.filtered ? t('photos.noMatch') : t('photos.empty')}</p>;
  return (
    <ul
      ref={list}
      className="rx-photo-grid"
      role="listbox"
      aria-multiselectable="true"
      aria-label={t('photos.grid')}
      onKeyDown={onKeyDown}
    >
      {photos.map((photo, index) => (
        <li
          key={photo.id}
          role="option"
          data-photo-id={photo.id}
          aria-selected={selection.selected.has(photo.id)}
          aria-label={photoLabel(photo)}
          tabIndex={index === focusIndex ? 0 : -1}
          className="rx-photo-cell"
          onClick={(event) => onClick(event, photo, index)}
          onDoubleClick={() => props.onOpen(photo.id)}
        >
          <PhotoImage sha256={photo.sha256} width={240} alt="" size={photo} className={tileFit(photo)} />
          <span className="rx-photo-cell-caption">{photo.caption || photo.originalName}</span>
          <span className="rx-photo-cell-flags">
            {!photo.caption && <span>{t('photos.flag.noCaption')}</span>}
            {!photo.credit && <span>{t('photos.flag.noCredit')}</span>}
            {!photo.altText && <span>{t('photos.flag.noAlt')}</span>}
            {photo.usageCount > 0 && <span>{t('photos.flag.used', { n: photo.usageCount })}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
