import type { Page } from '@playwright/test';
import { body } from './fixtures';

declare global {
  interface Window {
    /** Installed by `installChangeSelection`: runs `change` and resolves once the editor has read it. */
    __changeSelection?: (change: () => void) => Promise<void>;
    /** Installed by `holdSelectionReports`: hands the editor the held report; says how many were held. */
    __releaseSelectionReports?: () => Promise<number>;
  }
}

/**
 * Waits for the page's next animation frame, or a tenth of a second: headless Chromium under load can
 * stop painting frames for a while, and a wait on requestAnimationFrame alone would then hang the test.
 */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => resolve());
        setTimeout(resolve, 100);
      }),
  );
}

/**
 * Keeps the browser's `selectionchange` reports from the editor until the returned `release`, which
 * hands it one report of the selection as it stands then (and resolves to how many were held). The
 * browser reports a click's caret in a task of its own: a key pressed at once can come before it,
 * as when a person clicks and presses a key in one movement, or a busy machine runs late.
 */
export async function holdSelectionReports(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    let held = 0;
    // The window's capture listener comes before every listener on the document, Lexical's among them.
    const hold = (event: Event) => {
      if (!event.isTrusted) return;
      held += 1;
      event.stopImmediatePropagation();
    };
    window.addEventListener('selectionchange', hold, true);
    window.__releaseSelectionReports = async () => {
      // Reports the keys made may still be queued (a busy machine): let them come and be held first.
      await new Promise((queued) => setTimeout(queued, 50));
      window.removeEventListener('selectionchange', hold, true);
      if (held > 0) document.dispatchEvent(new Event('selectionchange'));
      return held;
    };
  });
  return () => page.evaluate(() => window.__releaseSelectionReports!());
}

/**
 * Installs `window.__changeSelection(change)` in the page. The editor reads the DOM selection on
 * `selectionchange`, which comes after a change — before a following key press only by luck. It waits
 * two frames (a click just before has its own `selectionchange`), runs `change`, then waits for its
 * `selectionchange` and two more frames (or half a second when the selection did not change at all).
 * No wait is on animation frames alone: each gives up after a tenth of a second.
 */
export async function installChangeSelection(page: Page): Promise<void> {
  await page.evaluate(() => {
    // A frame, or a tenth of a second: headless Chromium under load can stop painting frames for a
    // while, and a wait on requestAnimationFrame alone would then hang the test.
    const frame = () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => resolve());
        setTimeout(resolve, 100);
      });
    const frames = async () => {
      await frame();
      await frame();
    };
    window.__changeSelection ??= async (change) => {
      await frames();
      const changed = new Promise<void>((resolve) => {
        document.addEventListener('selectionchange', () => resolve(), { once: true });
        setTimeout(resolve, 500);
      });
      change();
      await changed;
      await frames();
    };
  });
}

/**
 * Selects the body's text from the start of `from` to the end of `to` (the same text for one span),
 * as a mouse drag would: a DOM selection the editor reads on `selectionchange`.
 */
export async function selectText(page: Page, from: string, to: string = from): Promise<void> {
  await body(page).focus();
  await installChangeSelection(page);
  await page.evaluate(
    ({ from, to }) => {
      const root = document.querySelector('[aria-label="Article body"]');
      if (!root) throw new Error('no article body');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const find = (needle: string, end: boolean): [Text, number] => {
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf(needle);
          if (at >= 0) return [node, end ? at + needle.length : at];
        }
        throw new Error(`"${needle}" is not in the body`);
      };
      const [start, startOffset] = find(from, false);
      walker.currentNode = start;
      const [end, endOffset] = start.data.includes(to, startOffset)
        ? [start, start.data.indexOf(to, startOffset) + to.length]
        : find(to, true);
      return window.__changeSelection!(() =>
        document.getSelection()!.setBaseAndExtent(start, startOffset, end, endOffset),
      );
    },
    { from, to },
  );
}

/** Puts the caret inside the body's text, just after the `occurrence`-th (0-based) `after`. */
export function caretAfter(page: Page, after: string, occurrence = 0): Promise<void> {
  return caretAt(page, after, occurrence, 'after');
}

/** Puts the caret inside the body's text, just before the `occurrence`-th (0-based) `before`. */
export function caretBefore(page: Page, before: string, occurrence = 0): Promise<void> {
  return caretAt(page, before, occurrence, 'before');
}

async function caretAt(page: Page, needle: string, occurrence: number, side: 'before' | 'after') {
  await body(page).focus();
  await installChangeSelection(page);
  await page.evaluate(
    ({ needle, occurrence, side }) => {
      const root = document.querySelector('[aria-label="Article body"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(needle);
        if (at >= 0 && seen++ === occurrence) {
          const offset = side === 'after' ? at + needle.length : at;
          return window.__changeSelection!(() => document.getSelection()!.collapse(node, offset));
        }
      }
      throw new Error(`"${needle}" is not in the body`);
    },
    { needle, occurrence, side },
  );
}
