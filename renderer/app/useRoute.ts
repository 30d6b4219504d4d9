import { useCallback, useEffect, useRef, useState } from 'react';
import { anyUnsaved, flushAllSaves, settleAll, type UnsavedArticle } from '../articles/pendingSaves';
import { commitFieldDrafts } from './fieldDrafts';
import { parseRoute, routeHash, type Route } from './route';

/** A move away from an article that is waiting: its latest changes could not be saved. */
export interface HeldLeave {
  /** A view, or 'window': closing the desktop app's window. */
  to: Route | 'window';
  unsaved: UnsavedArticle[];
  /** How far the browser had moved in the tab's history (Back −1, a link +1); none for the app's own moves. */
  travel?: number;
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

/** Where in the tab's history an entry is, kept in its state so Back and Forward can be told apart. */
const positionOf = (state: unknown): number | null => {
  const at = (state as { rxAt?: unknown } | null)?.rxAt;
  return typeof at === 'number' ? at : null;
};
const markPosition = (at: number): void =>
  window.history.replaceState({ ...(window.history.state as object | null), rxAt: at }, '');

/**
 * The view shown, kept in the address hash. Every way of leaving — the app's own buttons, a link,
 * the browser's back and forward, closing the window — first saves the open article; a save that
 * fails (the service is down, the disk is full) never lets the article close with its text lost in
 * silence. A move the browser already made (Back, Forward, a link) is undone in its history while
 * the editor decides, and made again if they leave: the history stays as they walked it.
 */
export function useRoute(): Navigation {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const shown = useRef(route);
  /** The next hash change is one the app made itself (undoing a held move, or leaving): no question. */
  const passing = useRef(false);
  const position = useRef(0);
  const closing = useRef(false);
  const heldNow = useRef<HeldLeave | null>(null);
  const [held, setHeldState] = useState<HeldLeave | null>(null);
  const hold = useCallback((next: HeldLeave | null) => {
    heldNow.current = next;
    setHeldState(next);
  }, []);

  const show = useCallback((next: Route) => {
    shown.current = next;
    setRoute(next);
  }, []);

  useEffect(() => {
    const known = positionOf(window.history.state);
    if (known === null) markPosition(0);
    else position.current = known;
    const onHash = async () => {
      // A new entry (a link, the app's own move) comes after the one left; Back and Forward land on
      // an entry already numbered.
      const arrived = positionOf(window.history.state) ?? position.current + 1;
      if (positionOf(window.history.state) === null) markPosition(arrived);
      const travel = arrived - position.current;
      position.current = arrived;
      const next = parseRoute(window.location.hash);
      if (routeHash(next) === routeHash(shown.current)) return;
      if (passing.current) {
        passing.current = false;
        return show(next);
      }
      const unsaved = await flushAllSaves();
      if (unsaved.length === 0) return show(next);
      // Back where the article is while the editor decides; Leave makes the same move again. (A move
      // with no distance — an entry numbered oddly — never becomes history.go(0), a reload.)
      if (travel !== 0) window.history.go(-travel);
      else window.history.replaceState(window.history.state, '', routeHash(shown.current));
      hold({ to: next, unsaved, ...(travel !== 0 ? { travel } : {}) });
    };
    const listener = () => void onHash();
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, [show, hold]);

  // Closing the window first saves too. The desktop app cancels the close silently and closes again
  // once the saves are committed — or, if one fails, asks as leaving the article does. A browser asks
  // with its own prompt.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (closing.current) return;
      // A break waiting on an emptied page goes before the close (and makes the article unsaved).
      settleAll();
      if (!anyUnsaved()) return;
      event.preventDefault();
      void flushAllSaves().then((unsaved) => {
        if (!window.redaksi) return;
        if (unsaved.length > 0) return hold({ to: 'window', unsaved });
        closing.current = true;
        window.close();
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hold]);

  // The page going away without asking (the tab closed, another address opened in it) still commits
  // the field drafts waiting for their typing pause: a profile field, a caption.
  useEffect(() => {
    window.addEventListener('pagehide', commitFieldDrafts);
    return () => window.removeEventListener('pagehide', commitFieldDrafts);
  }, []);

  /** Makes a held move (the editor chose to leave, or the saves went through). */
  const proceed = useCallback((move: HeldLeave) => {
    if (move.to === 'window') {
      closing.current = true;
      window.close();
      return;
    }
    passing.current = true;
    if (move.travel) window.history.go(move.travel);
    else window.location.hash = routeHash(move.to);
  }, []);

  const go = useCallback(
    async (next: Route) => {
      const unsaved = await flushAllSaves();
      if (unsaved.length > 0) return hold({ to: next, unsaved });
      hold(null);
      window.location.hash = routeHash(next);
    },
    [hold],
  );

  const retry = useCallback(async () => {
    const asked = heldNow.current;
    if (!asked) return;
    const unsaved = await flushAllSaves();
    // Meanwhile the editor chose (Stay or Leave): that choice stands.
    if (heldNow.current !== asked) return;
    if (unsaved.length > 0) return hold({ ...asked, unsaved });
    hold(null);
    proceed(asked);
  }, [hold, proceed]);

  const stay = useCallback(() => hold(null), [hold]);
  const leave = useCallback(() => {
    const asked = heldNow.current;
    if (!asked) return;
    hold(null);
    proceed(asked);
  }, [hold, proceed]);

  return { route, go, held, retry, stay, leave };
}
