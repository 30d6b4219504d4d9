import { useEffect, useSyncExternalStore } from 'react';
import type { Photo } from '../../shared/api/photo';
import { api } from '../api/client';

type Entry = { state: 'loading' } | { state: 'found'; photo: Photo } | { state: 'missing' };

// Photo blocks in the body need the library's size and content address to show the image; each
// photo is asked for once per page, however many blocks or re-renders show it.
const cache = new Map<string, Entry>();
const listeners = new Set<() => void>();
const LOADING: Entry = { state: 'loading' };

function load(id: string): void {
  if (cache.has(id)) return;
  cache.set(id, LOADING);
  void api('photos.get', { id }).then((result) => {
    cache.set(id, result.ok ? { state: 'found', photo: result.value } : { state: 'missing' });
    for (const listener of listeners) listener();
  });
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Asks again about a photo already known: another window may have deleted or recaptioned it. */
function recheck(id: string): void {
  void api('photos.get', { id }).then((result) => {
    const known = cache.get(id);
    // Only "not in the library" makes a photo missing; a failed call leaves what is known.
    if (!result.ok && result.error.code !== 'NOT_FOUND') return;
    if (result.ok && known?.state === 'found' && JSON.stringify(known.photo) === JSON.stringify(result.value))
      return;
    cache.set(id, result.ok ? { state: 'found', photo: result.value } : { state: 'missing' });
    for (const listener of listeners) listener();
  });
}

/**
 * The library's record of a photo for display, loaded on first use and checked again when a block
 * shows up anew (Undo bringing back a photo the library has lost since says so at once).
 */
export function useLibraryPhoto(id: string): Entry {
  const entry = useSyncExternalStore(subscribe, () => cache.get(id) ?? LOADING);
  useEffect(() => {
    if (cache.get(id)?.state === 'found') recheck(id);
    else load(id);
  }, [id]);
  return entry;
}

/** Photos just imported or picked are known already: no need to ask again. */
export function rememberPhotos(photos: Photo[]): void {
  for (const photo of photos) cache.set(photo.id, { state: 'found', photo });
  for (const listener of listeners) listener();
}

/**
 * A photo deleted from the library: every block still showing it (or brought back by Undo) says it
 * is no longer there, at once rather than after a reload.
 */
export function forgetPhoto(id: string): void {
  cache.set(id, { state: 'missing' });
  for (const listener of listeners) listener();
}
