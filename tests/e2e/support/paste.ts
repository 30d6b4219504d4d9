import type { Locator, Page } from '@playwright/test';
import { body, openApp } from './fixtures';
import type { WebApp } from './web-app';

/** Pastes HTML (and its plain text) into an element the way the browser delivers a real paste. */
export async function pasteHtml(target: Locator, html: string, plain = ''): Promise<void> {
  await target.evaluate(
    (element, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.plain);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    },
    { html, plain },
  );
}

/** Opens the app on a new article with the caret in its empty body, ready for a paste; returns the body. */
export async function newArticleBody(page: Page, app: WebApp): Promise<Locator> {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const editor = body(page);
  await editor.click();
  return editor;
}
