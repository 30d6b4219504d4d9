import { createContext, useContext } from 'react';
import type { NodeKey } from 'lexical';
import type { KeptWithNext } from '../../../shared/pages/blocks';
import type { PagePlace } from './findPage';

/** One page as the editor tracks it while the article is written. */
export interface PageSummary {
  number: number;
  words: number;
  /** The page break that starts the page; null for page 1. */
  breakKey: NodeKey | null;
  /** Under 100 words in an article of several pages. */
  short: boolean;
  /** A photo or heading the page ends on, another page following (shared/pages/split.ts). */
  endsOn: KeptWithNext | null;
}

export interface PagesSnapshot {
  pages: readonly PageSummary[];
  /** The page the caret is on, 1-based. */
  current: number;
}

/**
 * A message the user must read about what the editor refused or took out (a page break, a tag, a
 * link), in plain words. One at a time: a new one replaces the last.
 */
export interface PageNotice {
  id: number;
  message: string;
  /** When it was told (performance.now()). */
  at: number;
}

/** How long a notice stays whatever is written meanwhile: time to read it. */
export const NOTICE_READ_MS = 1500;

const samePages = (a: PagesSnapshot, b: PagesSnapshot): boolean =>
  a.current === b.current &&
  a.pages.length === b.pages.length &&
  a.pages.every((page, i) => {
    const other = b.pages[i]!;
    return (
      page.words === other.words &&
      page.breakKey === other.breakKey &&
      page.short === other.short &&
      page.endsOn === other.endsOn
    );
  });

/**
 * The article's pages, the caret's page and page notices, shared by the editor (which measures them
 * off the keystroke path), the page break views and the status line. React reads it with
 * useSyncExternalStore; a snapshot only changes when something a user would see changes.
 */
export class PageTracker {
  private snapshot: PagesSnapshot = {
    pages: [{ number: 1, words: 0, breakKey: null, short: false, endsOn: null }],
    current: 1,
  };
  private notice: PageNotice | null = null;
  private notices = 0;
  private readonly listeners = new Set<() => void>();
  private jumpHandler: ((page: number, focus: boolean, where: PagePlace) => void) | null = null;
  private releaseHandler: (() => void) | null = null;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PagesSnapshot => this.snapshot;
  getNotice = (): PageNotice | null => this.notice;

  publish(next: PagesSnapshot): void {
    if (samePages(this.snapshot, next)) return;
    this.snapshot = next;
    this.emit();
  }

  tell(message: string): void {
    this.notices += 1;
    this.notice = { id: this.notices, message, at: performance.now() };
    this.emit();
  }

  /** The editor wrote on: a notice told long enough ago has had its say and goes. */
  writtenOn(now = performance.now()): void {
    if (this.notice !== null && now - this.notice.at >= NOTICE_READ_MS) this.dismiss();
  }

  dismiss(): void {
    if (this.notice === null) return;
    this.notice = null;
    this.emit();
  }

  /**
   * The editor registers how to move the caret to a page; the navigator calls jumpTo. With `focus`
   * false the page is only scrolled into view: the caret and the focus stay where they are (arrowing
   * through the navigator's pages). `where` 'end' lands on what the page ends on (a photo or heading the
   * export warns of) instead of its start.
   */
  onJump(handler: (page: number, focus: boolean, where: PagePlace) => void): () => void {
    this.jumpHandler = handler;
    return () => {
      if (this.jumpHandler === handler) this.jumpHandler = null;
    };
  }

  jumpTo(page: number, focus = true, where: PagePlace = 'start'): void {
    this.jumpHandler?.(page, focus, where);
  }

  /** The editor registers how to take out a break that waits on an emptied page. */
  onRelease(handler: () => void): () => void {
    this.releaseHandler = handler;
    return () => {
      if (this.releaseHandler === handler) this.releaseHandler = null;
    };
  }

  /**
   * The article is being left, closed, exported or previewed: a break waiting on an emptied page
   * (for the page to be written again) goes now, at once, so what is saved has no empty page.
   */
  releaseHeld(): void {
    this.releaseHandler?.();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

const PageTrackerContext = createContext<PageTracker | null>(null);
export const PageTrackerProvider = PageTrackerContext.Provider;

export function usePageTracker(): PageTracker {
  const tracker = useContext(PageTrackerContext);
  if (!tracker) throw new Error('usePageTracker needs a PageTrackerProvider around the body editor.');
  return tracker;
}
