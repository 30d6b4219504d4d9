import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import type { WebApp } from './support/web-app';
import { callApi } from './support/api';

const PHOTOS = path.resolve(import.meta.dirname, '../../../shared/fixtures/photos');
const NAMES = ['kosmodrom.jpg', 'portrait.jpg', 'vladivostok.jpg', 'harbour.png'];

async function importAll(app: WebApp): Promise<void> {
  const files = NAMES.map((name) => fs.readFileSync(path.join(PHOTOS, name)));
  const job = await callApi(app, 'photos.importBegin', {
    files: NAMES.map((name, i) => ({ name, size: files[i]!.length })),
  });
  for (const [index, bytes] of files.entries())
    await callApi(app, 'photos.importFile', { jobId: job.id, index, data: bytes.toString('base64') });
  await expect
    .poll(async () => (await callApi(app, 'photos.importStatus', { jobId: job.id })).done)
    .toBe(NAMES.length);
}

const selectedIn = (grid: Locator) => () =>
  grid
    .getByRole('option')
    .evaluateAll((all) => all.map((option) => option.getAttribute('aria-selected') === 'true'));

test('from the keyboard the desk selects photos apart from each other: Ctrl+arrows move, Space adds, Ctrl+A takes all', async ({
  page,
  app,
}) => {
  await importAll(app);
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  const grid = page.getByRole('listbox', { name: 'Photos' });
  const options = grid.getByRole('option');
  await expect(options).toHaveCount(4);
  // Tabbed into (no photo chosen yet), Enter opens the photo that has the focus.
  await options.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'Photo details' }).getByLabel('Caption')).toBeFocused();
  await options.first().click();
  const selected = () =>
    options.evaluateAll((all) => all.map((option) => option.getAttribute('aria-selected') === 'true'));

  // Ctrl+Right twice moves the focus without selecting; Space adds the third photo: the first and
  // the third, not the second.
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('Control+ArrowRight');
  await expect(options.nth(2)).toBeFocused();
  await expect.poll(selected).toEqual([true, false, false, false]);
  await page.keyboard.press('Space');
  await expect.poll(selected).toEqual([true, false, true, false]);
  await expect(page.getByText('2 photos selected')).toBeVisible();
  // Space again takes it out; Ctrl+A takes them all; a plain arrow goes back to one.
  await page.keyboard.press('Space');
  await expect.poll(selected).toEqual([true, false, false, false]);
  await page.keyboard.press('Control+a');
  await expect.poll(selected).toEqual([true, true, true, true]);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(selected).toEqual([false, true, false, false]);

  // Shift+arrows select a run from where they started, growing and shrinking with the arrows;
  // Shift+End and Shift+Home run to the ends.
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(selected).toEqual([false, true, true, true]);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(selected).toEqual([false, true, true, false]);
  await page.keyboard.press('Shift+Home');
  await expect.poll(selected).toEqual([true, true, false, false]);
  await page.keyboard.press('Shift+End');
  await expect.poll(selected).toEqual([false, true, true, true]);
  await expect(page.getByText('3 photos selected')).toBeVisible();
});

test('tabbed into with no photo chosen, the grid starts from the focused photo: Space selects it, Shift+arrows run from it', async ({
  page,
  app,
}) => {
  await importAll(app);
  await openApp(page, app);
  const grid = page.getByRole('listbox', { name: 'Photos' });
  const options = grid.getByRole('option');
  const tabIntoGrid = async () => {
    await page.getByRole('button', { name: 'Photo desk' }).click();
    await expect(options).toHaveCount(4);
    await page.getByRole('combobox', { name: 'Usage' }).focus();
    await page.keyboard.press('Tab');
    await expect(options.first()).toBeFocused();
    await expect.poll(selectedIn(grid)).toEqual([false, false, false, false]);
  };

  await tabIntoGrid();
  await page.keyboard.press('Space');
  await expect.poll(selectedIn(grid)).toEqual([true, false, false, false]);
  await expect(page.getByRole('form', { name: 'Photo details' })).toBeVisible();

  // Afresh: Shift+Right twice takes the first three, the photo the editor started from included.
  await page.getByRole('button', { name: 'Articles' }).click();
  await tabIntoGrid();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(options.nth(2)).toBeFocused();
  await expect.poll(selectedIn(grid)).toEqual([true, true, true, false]);
  await expect(page.getByText('3 photos selected')).toBeVisible();
});

test('an import goes on while the desk is left, and is found there on return with its progress and Cancel', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  // A slow disk: each file takes a second to be received.
  await page.route('**/api/photos.importFile', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import photos' }).click();
  await (await chooser).setFiles(NAMES.map((name) => path.join(PHOTOS, name)));
  const progress = page.getByRole('group', { name: 'Photo import' });
  await expect(progress.getByRole('button', { name: 'Cancel import' })).toBeVisible();

  await page.getByRole('button', { name: 'Articles' }).click();
  await expect(page.getByRole('group', { name: 'Photo import' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await expect(progress.getByRole('button', { name: 'Cancel import' })).toBeVisible();
  // It finishes here, and the grid shows every photo without a reload.
  await expect(progress).toContainText('4 photos imported, 0 refused', { timeout: 30_000 });
  await expect(page.getByRole('listbox', { name: 'Photos' }).getByRole('option')).toHaveCount(4);
});
