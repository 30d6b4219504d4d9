import { useEffect, useSyncExternalStore } from 'react';
import type { RenditionFormat, RenditionWidth } from '../../shared/api/photo';
import { api } from '../api/client';

// The media key: browser mode's <img> cannot send the API token header, so image addresses carry this
// read-only key instead (Electron's app:// protocol ignores it). Asked for once per page.
let key: string | null = null;
let asked = false;
const listeners = new Set<() => void>();

function askForKey(): void {
  if (asked) return;
  asked = true;
  void api('photos.mediaAccess', {}).then((result) => {
    if (!result.ok) {
      asked = false;
      return;
    }
    key = result.value.token;
    for (const listener of listeners) listener();
  });
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The opaque address of one rendition; resolved by the host inside the renditions folder only. */
export const mediaUrl = (
  mediaKey: string,
  sha256: string,
  width: RenditionWidth,
  format: RenditionFormat = 'webp',
) => `media/${sha256}/${width}.${format}?key=${encodeURIComponent(mediaKey)}`;

/** The address of a rendition, or null until the media key has arrived. */
export function useMediaUrl(sha256: string | null | undefined, width: RenditionWidth): string | null {
  const mediaKey = useMediaKey();
  return mediaKey && sha256 ? mediaUrl(mediaKey, sha256, width) : null;
}

/** The media key (also the page preview's address segment), or null until it has arrived. */
export function useMediaKey(): string | null {
  const mediaKey = useSyncExternalStore(subscribe, () => key);
  useEffect(askForKey, []);
  return mediaKey;
}
