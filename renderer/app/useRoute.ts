import { useCallback, useEffect, useRef, useState } from 'react';
import { anyUnsaved, flushAllSaves, type UnsavedArticle } from '../articles/pendingSaves';
import { parseRoute, routeHash, type Route } from './route';

/** A move away from an article that is waiting: its latest changes could not be saved. */
export interface HeldLeave {
  /** A view, or 'window': closing the desktop app's window. */
  to: Route | 'window';
  unsaved: UnsavedArticle[];
}

export interface Navigation {
  route: Route;
  /** Goes to a view once every open article is saved; if one cannot be, holds the move and asks. */
  go: (route: Route) => Promise<void>;
  held: HeldLeave | null;
  /** Tries the held saves again; goes on where the move was going once they are committed. */
  retry: () => Promise<void>;
  /** Stays where the held move started (the unsaved text is still in the editor). */
  stay: () => void;
  /** Goes where the held move was going, leaving the unsaved changes behind. */
  leave: () => void;
}

/**
 * The view shown, kept in the address hash. Every way of leaving — the app's own buttons, a link,
 * the browser's back and forward, closing the window — first saves the open article; a save that fails (the service is
 * down, the disk is full) never lets the article close with its text lost in silence.
 */
export function useRoute(): Navigation {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const shown = useRef(route);
  const leaving = useRef(false);
  const [held, setHeld] = useState<HeldLeave | null>(null);

  const show = useCallback((next: Route) => {
    shown.current = next;
    setRoute(next);
  }, []);

  useEffect(() => {
    const onHash = async () => {
      const next = parseRoute(window.location.hash);
      if (routeHash(next) === routeHash(shown.current)) return;
      if (leaving.current) {
        leaving.current = false;
        return show(next);
      }
      const unsaved = await flushAllSaves();
      if (unsaved.length === 0) return show(next);
      // A link or Back already changed the address: put the article's back while the editor decides.
      window.history.replaceState(null, '', routeHash(shown.current));
      setHeld({ to: next, unsaved });
    };
    const listener = () => void onHash();
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, [show]);

  // Closing the window first saves too. The desktop app cancels the close silently and closes again
  // once the saves are committed — or, if one fails, asks as leaving the article does. A browser asks
  // with its own prompt.
  const closing = useRef(false);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (closing.current || !anyUnsaved()) return;
      event.preventDefault();
      void flushAllSaves().then((unsaved) => {
        if (!window.redaksi) return;
        if (unsaved.length > 0) return setHeld({ to: 'window', unsaved });
        closing.current = true;
        window.close();
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const go = useCallback(async (next: Route) => {
    const unsaved = await flushAllSaves();
    if (unsaved.length > 0) return setHeld({ to: next, unsaved });
    setHeld(null);
    window.location.hash = routeHash(next);
  }, []);

  const retry = useCallback(async () => {
    if (!held) return;
    if (held.to !== 'window') return go(held.to);
    const unsaved = await flushAllSaves();
    if (unsaved.length > 0) return setHeld({ to: 'window', unsaved });
    closing.current = true;
    window.close();
  }, [held, go]);

  const stay = useCallback(() => setHeld(null), []);
  const leave = useCallback(() => {
    if (!held) return;
    setHeld(null);
    if (held.to === 'window') {
      closing.current = true;
      window.close();
      return;
    }
    leaving.current = true;
    window.location.hash = routeHash(held.to);
  }, [held]);

  return { route, go, held, retry, stay, leave };
}
