import type { Locator, Page } from '@playwright/test';
import type { StoredDocument, StoredNode } from '../../../shared/editor/document';
import { callApi } from './api';
import { body, expect, openApp, type PageWatch } from './fixtures';
import { installChangeSelection } from './selection';
import type { WebApp } from './web-app';

/** The pages e2e specs' articles and the ways they put the caret, paste and read back. */

const VOCABULARY = ['warga', 'banjir', 'kota', 'hujan', 'petugas', 'sungai', 'rumah', 'jalan', 'air', 'pagi'];
/** "Paragraf N" and then `count` words: every paragraph has its own opening, so tests can find it. */
export const paragraphText = (n: number, count: number): string =>
  [`Paragraf ${n}`, ...Array.from({ length: count }, (_, i) => VOCABULARY[(n * 7 + i * 3) % 10])].join(' ');

export const indicator = (page: Page) => page.locator('footer').getByText(/^Page \d+ of \d+$/);
export const pageBreaks = (page: Page) => body(page).getByRole('separator');
export const alert = (page: Page) => page.locator('.rx-page-notice[role="alert"]');
export const block = (page: Page, opening: string) =>
  body(page).locator('p, h2, blockquote, li').filter({ hasText: opening });
/** Paragraph n of the seeded article (not n0, n1…: "Paragraf 1" is not "Paragraf 10"). */
export const para = (page: Page, n: number) =>
  body(page)
    .locator('p')
    .filter({ hasText: new RegExp(`^Paragraf ${n}\\b`) });

/** Pastes nodes the way a copy from Redaksi's own editor arrives: Lexical's clipboard format. */
export async function pasteLexical(target: Locator, nodes: StoredNode[]): Promise<void> {
  await target.evaluate((element, payload) => {
    const transfer = new DataTransfer();
    transfer.setData(
      'application/x-lexical-editor',
      JSON.stringify({ namespace: 'redaksi-body', nodes: payload }),
    );
    transfer.setData('text/plain', '');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, nodes);
}

/** Puts the caret in a block: at its start, its end, or after `offset` characters of its first text. */
export async function placeCaret(target: Locator, where: 'start' | 'end' | number): Promise<void> {
  await target.click();
  await installChangeSelection(target.page());
  await target.evaluate((element, at) => {
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const selection = element.ownerDocument.getSelection()!;
    return window.__changeSelection!(() => {
      if (at === 'start') selection.collapse(texts[0] ?? element, 0);
      else if (at === 'end') selection.collapse(texts.at(-1) ?? element, texts.at(-1)?.length ?? 0);
      else selection.collapse(texts[0]!, at);
    });
  }, where);
}

/** Selects the whole text of a block, as a drag across it would. */
export async function selectAllText(target: Locator): Promise<void> {
  await target.click();
  await installChangeSelection(target.page());
  await target.evaluate((element) => {
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    return window.__changeSelection!(() => {
      element.ownerDocument.getSelection()!.removeAllRanges();
      element.ownerDocument.getSelection()!.addRange(range);
    });
  });
}

export async function openArticle(page: Page, app: WebApp, headline: string): Promise<PageWatch> {
  const watch = await openApp(page, app);
  await page.getByRole('link', { name: new RegExp(headline) }).click();
  await expect(body(page)).toBeVisible();
  return watch;
}

export async function storedBody(app: WebApp, id: string): Promise<StoredDocument> {
  return (await callApi(app, 'articles.get', { id })).body;
}

/** The text of every node of `type` (a link, a source tag) in the stored body of article `id`. */
export async function storedTextsOf(app: WebApp, id: string, type: string): Promise<string[]> {
  const found: string[] = [];
  const textOf = (node: StoredNode): string => node.text ?? (node.children ?? []).map(textOf).join('');
  const visit = (node: StoredNode) => {
    if (node.type === type) found.push(textOf(node));
    for (const child of node.children ?? []) visit(child);
  };
  visit((await storedBody(app, id)).root);
  return found;
}
