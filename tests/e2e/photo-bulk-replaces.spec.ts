import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import { importGeneratedPhotos } from './support/photo-files';
import { importPhoto } from './support/sources';

test('a credit set on several photos says, before Apply, which credits it replaces', async ({
  page,
  app,
}) => {
  await importPhoto(app); // kosmodrom.jpg, credited "AFP" in its IPTC
  await importGeneratedPhotos(app, 1); // no credit

  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  const grid = page.getByRole('listbox', { name: 'Photos' });
  await grid.getByRole('option').first().click();
  await page.keyboard.press('Control+A');
  await expect(page.getByRole('heading', { name: '2 photos selected' })).toBeVisible();
  const credit = page.getByLabel('Credit for selected photos');
  await credit.fill('BATCH/ANTARA');
  await expect(credit).toHaveAccessibleDescription(/Replaces the credit of 1 photo: “AFP”\./);
  // Heard as it appears, not only when the field is next focused.
  await expect(
    page.locator('[aria-live="polite"]').getByText('Replaces the credit of 1 photo'),
  ).toBeVisible();
  // The same credit replaces nothing.
  await credit.fill('AFP');
  await expect(page.getByText(/Replaces the credit/)).toHaveCount(0);
  await credit.fill('BATCH/ANTARA');
  await page.getByRole('button', { name: 'Apply to 2 photos' }).click();
  await expect(page.getByText('Set on 2 photos.')).toBeVisible();
  const photos = await callApi(app, 'photos.list', {});
  expect(photos.map((photo) => photo.credit)).toEqual(['BATCH/ANTARA', 'BATCH/ANTARA']);
});
