import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import type { WebApp } from './support/web-app';
import { importPhoto } from './support/sources';

/** Opens the photo desk on its first photo; returns that photo's Caption field. */
async function openFirstPhoto(page: Page, app: WebApp) {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await page.getByRole('listbox', { name: 'Photos' }).getByRole('option').first().click();
  return page.getByRole('form', { name: 'Photo details' }).getByLabel('Caption');
}

test('typing on while a caption is being saved loses nothing, in the field or stored', async ({
  page,
  app,
}) => {
  const id = await importPhoto(app);
  const caption = await openFirstPhoto(page, app);
  // A slow disk: each save takes 1.2 s to come back.
  await page.route('**/api/photos.update', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await route.continue();
  });
  await caption.fill('');
  await caption.press('Tab');
  await caption.click();
  await page.keyboard.type('VLAD: first part');
  await page.waitForTimeout(700); // the pause sends the caption; the answer is still on its way
  await page.keyboard.type(' and more typed while saving');
  const whole = 'VLAD: first part and more typed while saving';
  await expect(caption).toHaveValue(whole);
  await page.waitForTimeout(1_500); // the first answer arrives while the field still has the focus
  await expect(caption).toHaveValue(whole);
  await caption.press('Tab');
  await expect.poll(async () => (await callApi(app, 'photos.get', { id })).caption).toBe(whole);
  await expect(caption).toHaveValue(whole);
});

test('a pause right after a space keeps the space: the store’s trimmed answer is the field’s own echo', async ({
  page,
  app,
}) => {
  const id = await importPhoto(app);
  const caption = await openFirstPhoto(page, app);
  await caption.fill('');
  await caption.press('Tab');
  await caption.click();
  await page.keyboard.type('MEDAN: Polisi ');
  // The pause saved it (the store keeps it trimmed) and the answer came back while the field had the focus.
  await expect.poll(async () => (await callApi(app, 'photos.get', { id })).caption).toBe('MEDAN: Polisi');
  await page.keyboard.type('berjaga');
  await expect(caption).toHaveValue('MEDAN: Polisi berjaga');
  await caption.press('Tab');
  await expect
    .poll(async () => (await callApi(app, 'photos.get', { id })).caption)
    .toBe('MEDAN: Polisi berjaga');
  await expect(caption).toHaveValue('MEDAN: Polisi berjaga');
});

test('Ctrl+Z in a caption undoes the last burst of typing, not one character, and the undo is saved', async ({
  page,
  app,
}) => {
  const id = await importPhoto(app);
  const before = (await callApi(app, 'photos.get', { id })).caption;
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await page.getByRole('listbox', { name: 'Photos' }).getByRole('option').first().click();
  const details = page.getByRole('form', { name: 'Photo details' });
  const caption = details.getByLabel('Caption');
  await caption.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' DESKWORD');
  await expect(caption).toHaveValue(`${before} DESKWORD`);
  await page.keyboard.press('Control+z');
  await expect(caption).toHaveValue(before);

  // Saved after the pause, then undone: the field and the store are back where they were.
  await page.keyboard.type(' LAGI');
  await expect.poll(async () => (await callApi(app, 'photos.get', { id })).caption).toBe(`${before} LAGI`);
  await page.keyboard.press('Control+z');
  await expect(caption).toHaveValue(before);
  await expect.poll(async () => (await callApi(app, 'photos.get', { id })).caption).toBe(before);
  // The credit (a one-line field) too.
  const credit = details.getByLabel('Credit');
  await credit.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Antara Foto');
  await page.keyboard.press('Control+z');
  await expect(credit).toHaveValue('AFP');
});
