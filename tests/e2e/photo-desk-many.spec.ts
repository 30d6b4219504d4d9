import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import { importGeneratedPhotos } from './support/photo-files';

const COUNT = 501;

test('a library past 500 photos: the desk says it shows the newest 500 and Show more brings the rest; the oldest can be the logo', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const ids = await importGeneratedPhotos(app, COUNT, 120_000);
  await callApi(app, 'settings.update', { publication: { logoPhotoId: ids[0]! } });

  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  const grid = page.getByRole('listbox', { name: 'Photos' });
  await expect(grid.getByRole('option')).toHaveCount(500);
  await expect(page.getByText('Showing the newest 500 photos.')).toBeVisible();
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(grid.getByRole('option')).toHaveCount(COUNT);
  await expect(page.getByText(/Showing the newest/)).toHaveCount(0);
  await expect(grid.getByRole('option', { name: 'foto-0.png' })).toBeAttached();

  // Insert photo in an article shows the newest 200, and says the search finds the others.
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('button', { name: 'Insert photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert photo' });
  await expect(picker.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(200);
  await expect(picker.getByText('Showing the newest 200 photos: search to find older ones.')).toBeVisible();
  await picker.getByRole('searchbox').fill('foto-0');
  await expect(picker.getByRole('button', { name: /foto-0\.png/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // The logo is the oldest photo: Settings still shows it as the logo, not "No logo".
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Logo (from the photo library)')).toHaveValue(ids[0]!);
});

test('choosing more files than one import takes says so in plain words and imports nothing', async ({
  page,
  app,
}) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-many-'));
  const files = Array.from({ length: 1_001 }, (_, i) => {
    const file = path.join(folder, `foto-${i}.jpg`);
    fs.writeFileSync(file, 'not sent');
    return file;
  });
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import photos' }).click();
  await (await chooser).setFiles(files);
  await expect(page.getByRole('alert')).toHaveText(
    'That is 1,001 files; one import takes up to 1,000. Nothing was imported: choose them in smaller batches.',
  );
  expect(await callApi(app, 'photos.list', {})).toEqual([]);
});
