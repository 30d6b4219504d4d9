import type { Locator, Page } from '@playwright/test';
import { body, openApp } from './fixtures';
import type { WebApp } from './web-app';

/** Pastes data of the given types into an element the way the browser delivers a real paste. */
export async function paste(target: Locator, data: Record<string, string>): Promise<void> {
  await target.evaluate((element, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, data);
}

/** Pastes HTML and its plain text, as a word processor or a browser puts them on the clipboard. */
export const pasteHtml = (target: Locator, html: string, plain = ''): Promise<void> =>
  paste(target, { 'text/html': html, 'text/plain': plain });

/** Pastes plain text alone, as a text editor or an e-mail puts it on the clipboard. */
export const pastePlain = (target: Locator, plain: string): Promise<void> =>
  paste(target, { 'text/plain': plain });

/** Opens the app on a new article with the caret in its empty body, ready for a paste; returns the body. */
export async function newArticleBody(page: Page, app: WebApp): Promise<Locator> {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const editor = body(page);
  await editor.click();
  return editor;
}
