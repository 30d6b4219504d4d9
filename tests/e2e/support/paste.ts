import type { Locator } from '@playwright/test';

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
