import type { Page } from '@playwright/test';
import type { StoredDocument } from '../../shared/editor/document';
import { documentOf, list, listItem, paragraph, text } from '../unit/support/documents';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { importPhoto } from './support/sources';
import type { WebApp } from './support/web-app';

type PhotoBlock = {
  type: 'photo';
  version: 1;
  photoId: string;
  caption: string;
  credit: string;
  altText: string;
};

/**
 * Opens an article holding an imported photo (caption "FOTO: Satu.", credit AFP): by default a
 * paragraph, the photo and a paragraph; or the body `around` makes of the photo block. Its id.
 */
async function openArticleWithPhoto(
  page: Page,
  app: WebApp,
  around: (photo: PhotoBlock) => StoredDocument = (photo) =>
    documentOf(paragraph(text('Paragraf satu.')), photo, paragraph(text('Paragraf dua.'))),
  headline = 'Foto di badan artikel',
): Promise<string> {
  const photoId = await importPhoto(app);
  const photo: PhotoBlock = {
    type: 'photo',
    version: 1,
    photoId,
    caption: 'FOTO: Satu.',
    credit: 'AFP',
    altText: 'Alt',
  };
  const created = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', { ...created, headline, body: around(photo) });
  await openApp(page, app, `#/article/${created.id}`);
  return created.id;
}

test('a photo’s own buttons from the keyboard: Ctrl+Z undoes Full width and Remove, and Move and Remove keep the focus', async ({
  page,
  app,
}) => {
  await openArticleWithPhoto(page, app);
  const figure = body(page).locator('figure.rx-photo');
  const order = () =>
    body(page).evaluate((root) =>
      [...root.children]
        .filter((child) => child.tagName !== 'IMG')
        .map((child) => (child.querySelector('figure') ? 'photo' : child.textContent)),
    );

  // Full width, then Ctrl+Z with the focus still on the button: the switch goes back.
  const wide = figure.getByRole('button', { name: 'Full width' });
  await wide.focus();
  await page.keyboard.press('Enter');
  await expect(wide).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+z');
  await expect(figure.getByRole('button', { name: 'Full width' })).toHaveAttribute('aria-pressed', 'false');
  await expect(figure.getByRole('button', { name: 'Full width' })).toBeFocused();

  // Move up from the keyboard: the photo moves and the button keeps the focus, so Enter moves it again.
  await figure.getByRole('button', { name: 'Move photo up' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(['photo', 'Paragraf satu.', 'Paragraf dua.']);
  await expect(figure.getByRole('button', { name: 'Move photo up' })).toBeFocused();
  await figure.getByRole('button', { name: 'Move photo down' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(['Paragraf satu.', 'photo', 'Paragraf dua.']);
  await expect(figure.getByRole('button', { name: 'Move photo down' })).toBeFocused();

  // Remove: the text after it takes the focus, and Ctrl+Z brings the photo back.
  await figure.getByRole('button', { name: 'Remove photo' }).focus();
  await page.keyboard.press('Enter');
  await expect(figure).toHaveCount(0);
  await expect(body(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(figure).toHaveCount(1);
  await expect.poll(order).toEqual(['Paragraf satu.', 'photo', 'Paragraf dua.']);
});

test('Escape in a photo’s Caption, Credit or Alt text keeps the words and goes back to the photo, selected in the body', async ({
  page,
  app,
}) => {
  const id = await openArticleWithPhoto(page, app);
  const figure = body(page).locator('figure.rx-photo');
  for (const field of ['Caption', 'Credit', 'Alt text']) {
    await figure.getByLabel(field, { exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' x');
    await page.keyboard.press('Escape');
    await expect(body(page)).toBeFocused();
    await expect(figure).toHaveClass(/rx-selected/);
    await expect(figure.getByLabel(field, { exact: true })).toHaveValue(/ x$/);
  }
  // Selected as a block: Alt+ArrowUp moves it above the first paragraph, and the words were kept.
  await page.keyboard.press('Alt+ArrowUp');
  await expectSaved(page);
  const stored = await callApi(app, 'articles.get', { id });
  expect(stored.body.root.children.map((block) => block.type)).toEqual(['photo', 'paragraph', 'paragraph']);
  expect(stored.body.root.children[0]).toMatchObject({
    caption: 'FOTO: Satu. x',
    credit: 'AFP x',
    altText: 'Alt x',
  });
});

test('a photo removed from a list item takes its item with it, by Delete or by its ✕: no empty bullet is published', async ({
  page,
  app,
}) => {
  const id = await openArticleWithPhoto(
    page,
    app,
    (photo) =>
      documentOf(
        list(
          'bullet',
          listItem(text('Butir satu.')),
          listItem(photo),
          listItem(text('Butir tiga.')),
          listItem(photo),
        ),
      ),
    'Foto di daftar',
  );
  const items = body(page).locator(':scope > ul > li');
  await expect(items).toHaveCount(4);
  await body(page).locator('figure.rx-photo img').first().click();
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(3);
  await body(page).getByRole('button', { name: 'Remove photo' }).click();
  await expect(items).toHaveText(['Butir satu.', 'Butir tiga.']);
  await expectSaved(page);
  const stored = (await callApi(app, 'articles.get', { id })).body;
  expect(stored.root.children[0]!.children!.map((item) => item.children!.map((node) => node.text))).toEqual([
    ['Butir satu.'],
    ['Butir tiga.'],
  ]);
  // One undo brings the last photo back in its own item.
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(3);
});

test('a photo alone in a list item moves among the items with Alt+arrows, and out of the list at its edge', async ({
  page,
  app,
}) => {
  const id = await openArticleWithPhoto(
    page,
    app,
    (photo) =>
      documentOf(
        paragraph(text('Pembuka.')),
        list('number', listItem(text('Butir satu.')), listItem(photo), listItem(text('Butir tiga.'))),
      ),
    'Foto bergerak di daftar',
  );
  const blocks = () =>
    body(page)
      .locator(':scope > *')
      .evaluateAll((all) =>
        all.map((block) =>
          block.tagName === 'OL'
            ? `ol: ${[...block.children].map((item) => (item.querySelector('figure') ? 'photo' : item.textContent)).join(' | ')}`
            : block.querySelector('figure')
              ? 'photo'
              : (block.textContent ?? ''),
        ),
      );
  await body(page).locator('figure.rx-photo img').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(blocks).toEqual(['Pembuka.', 'ol: photo | Butir satu. | Butir tiga.']);
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(blocks).toEqual(['Pembuka.', 'photo', 'ol: Butir satu. | Butir tiga.']);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(blocks).toEqual(['Pembuka.', 'ol: Butir satu. | photo | Butir tiga.']);
  await body(page).getByRole('button', { name: 'Move photo down' }).click();
  await expect.poll(blocks).toEqual(['Pembuka.', 'ol: Butir satu. | Butir tiga. | photo']);
  await expectSaved(page);
  const stored = (await callApi(app, 'articles.get', { id })).body;
  expect(stored.root.children.map((block) => block.type)).toEqual(['paragraph', 'list']);
});

test('the body’s Undo and Redo never bring back a caption or credit its own field took back', async ({
  page,
  app,
}) => {
  const id = await openArticleWithPhoto(page, app);
  const figure = body(page).locator('figure.rx-photo');
  const caption = figure.getByLabel('Caption', { exact: true });
  const credit = figure.getByLabel('Credit', { exact: true });
  await caption.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' SALAH');
  await credit.click();
  await page.keyboard.press('End');
  await page.keyboard.type('/SALAH');
  await expectSaved(page);
  // Taken back in their own fields.
  await page.keyboard.press('Control+z');
  await expect(credit).toHaveValue('AFP');
  await caption.click();
  await page.keyboard.press('Control+z');
  await expect(caption).toHaveValue('FOTO: Satu.');
  await expectSaved(page);

  await body(page).getByText('Paragraf dua.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Kata baru.');
  await expectSaved(page);
  // Every step back, to the first, and forward again: the words stay as their fields left them.
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  const words = async () => [await caption.inputValue(), await credit.inputValue()];
  const seen: string[][] = [];
  for (let step = 0; step < 8 && (await undo.isEnabled()); step += 1) {
    await undo.click();
    // The step's update and the field's new value are drawn by the next frame.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    seen.push(await words());
  }
  await expect(body(page).getByText('Paragraf dua.', { exact: true })).toBeVisible();
  for (let step = 0; step < 8 && (await redo.isEnabled()); step += 1) {
    await redo.click();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    seen.push(await words());
  }
  await expect(body(page).getByText('Paragraf dua. Kata baru.')).toBeVisible();
  expect(seen.length).toBeGreaterThan(1);
  for (const shown of seen) expect(shown).toEqual(['FOTO: Satu.', 'AFP']);
  await expectSaved(page);
  const stored = JSON.stringify((await callApi(app, 'articles.get', { id })).body);
  expect(stored).not.toContain('SALAH');
  expect(stored).toContain('Kata baru.');
});
