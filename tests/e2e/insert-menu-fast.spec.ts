import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { caretAfter } from './support/selection';
import { importPhoto } from './support/sources';
import { documentOf, paragraph, text } from '../unit/support/documents';

const menu = (page: Page) => page.getByRole('listbox', { name: 'Insert' });
const blocks = (page: Page) =>
  page
    .locator('.rx-body > *')
    .evaluateAll((nodes) => nodes.map((node) => `${node.tagName.toLowerCase()}: ${node.textContent ?? ''}`));

/**
 * "/…" and Enter in one go, as a fast writer (or a text expander) sends them: the text goes in through
 * the browser's own insertion and the Enter follows in the same task, before the menu — which Lexical
 * opens in a React transition — can have been drawn.
 */
async function typeSlashAndEnterAtOnce(page: Page, typed: string): Promise<void> {
  await page.evaluate((words) => {
    document.execCommand('insertText', false, words);
    const editable = document.activeElement!;
    editable.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }),
    );
  }, typed);
}

test('Enter right after "/…", before the insert menu is drawn, takes its first choice and leaves no menu open', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', { headline: 'Cepat' });
  await callApi(app, 'articles.save', { ...created, body: documentOf(paragraph(text('Paragraf pertama.'))) });
  await openApp(page, app, `#/article/${created.id}`);
  await caretAfter(page, 'Paragraf pertama.');
  await page.keyboard.press('Enter');

  await typeSlashAndEnterAtOnce(page, '/judul');
  await expect.poll(() => blocks(page)).toEqual(['p: Paragraf pertama.', 'h2: ']);
  await expect(menu(page)).toHaveCount(0);
  // The caret is in the new heading: what is typed next is its text.
  await page.keyboard.type('Judul baru');
  await expect(body(page).locator('h2')).toHaveText('Judul baru');
  // One undo step gives back the "/…" as typed.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => blocks(page)).toEqual(['p: Paragraf pertama.', 'p: /judul']);

  // A picker's choice too: the related link's dialog opens, and no menu stays behind it.
  await caretAfter(page, 'Paragraf pertama.');
  await page.keyboard.press('Enter');
  await typeSlashAndEnterAtOnce(page, '/baca');
  await expect(page.getByRole('dialog', { name: 'Insert related link' })).toBeVisible();
  await expect(menu(page)).toHaveCount(0);
});

test('a "/" kept as text with Escape is not taken by a fast Enter: the line splits as usual', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', { headline: 'Garis miring' });
  await callApi(app, 'articles.save', { ...created, body: documentOf(paragraph(text('Paragraf pertama.'))) });
  await openApp(page, app, `#/article/${created.id}`);
  await caretAfter(page, 'Paragraf pertama.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/judul');
  await expect(menu(page).getByRole('option')).toHaveText(['Heading']);
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
  await typeSlashAndEnterAtOnce(page, '');
  await expect.poll(() => blocks(page)).toEqual(['p: Paragraf pertama.', 'p: /judul', 'p: ']);
});

/**
 * Enter on the menu's choice, and Escape the moment its picker is in the page — before the picker's
 * first field has taken the focus from the body, which is where the Escape is sent.
 */
async function chooseThenEscapeAtOnce(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const key = (name: string) =>
          document.activeElement!.dispatchEvent(
            new KeyboardEvent('keydown', { key: name, code: name, bubbles: true, cancelable: true }),
          );
        const isDialog = (node: Node) =>
          node instanceof Element &&
          (node.matches('[role="dialog"]') || !!node.querySelector('[role="dialog"]'));
        const observer = new MutationObserver((records) => {
          if (!records.some((record) => [...record.addedNodes].some(isDialog))) return;
          observer.disconnect();
          key('Escape');
          resolve();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        key('Enter');
      }),
  );
}

for (const [typed, choice] of [
  ['/foto', 'Insert photo'],
  ['/baca', 'Insert related link'],
] as const) {
  test(`Escape as soon as the ${choice} picker shows closes it and puts the "${typed}" back`, async ({
    page,
    app,
  }) => {
    await importPhoto(app);
    const created = await callApi(app, 'articles.create', { headline: 'Lekas' });
    await callApi(app, 'articles.save', {
      ...created,
      body: documentOf(paragraph(text('Paragraf pertama.'))),
    });
    await openApp(page, app, `#/article/${created.id}`);
    await caretAfter(page, 'Paragraf pertama.');
    await page.keyboard.press('Enter');
    await page.keyboard.type(typed);
    await expect(menu(page).getByRole('option')).toHaveText([choice]);

    await chooseThenEscapeAtOnce(page);
    await expect(page.getByRole('dialog', { name: choice })).toHaveCount(0);
    await expect.poll(() => blocks(page)).toEqual(['p: Paragraf pertama.', `p: ${typed}`]);
    // The focus is back in the body, after the "/…": typing goes on there.
    await page.keyboard.type('x');
    await expect.poll(() => blocks(page)).toEqual(['p: Paragraf pertama.', `p: ${typed}x`]);
  });
}
