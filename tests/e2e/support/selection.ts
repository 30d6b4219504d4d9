import type { Page } from '@playwright/test';
import { body } from './fixtures';

/**
 * Selects the body's text from the start of `from` to the end of `to` (the same text for one span),
 * as a mouse drag would: a DOM selection the editor reads on `selectionchange`.
 */
export async function selectText(page: Page, from: string, to: string = from): Promise<void> {
  await body(page).focus();
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
      document.getSelection()!.setBaseAndExtent(start, startOffset, end, endOffset);
    },
    { from, to },
  );
  // Lexical reads the DOM selection on the next `selectionchange`.
  await page.waitForTimeout(50);
}

/** Puts the caret inside the body's text, just after the `occurrence`-th (0-based) `after`. */
export async function caretAfter(page: Page, after: string, occurrence = 0): Promise<void> {
  await body(page).focus();
  await page.evaluate(
    ({ needle, occurrence }) => {
      const root = document.querySelector('[aria-label="Article body"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(needle);
        if (at >= 0 && seen++ === occurrence)
          return void document.getSelection()!.collapse(node, at + needle.length);
      }
      throw new Error(`"${needle}" is not in the body`);
    },
    { needle: after, occurrence },
  );
  await page.waitForTimeout(50);
}
