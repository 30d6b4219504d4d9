import fs from 'node:fs';
import path from 'node:path';
import { body, expect, test } from './support/fixtures';
import { newArticleBody } from './support/paste';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');
const photo = (name: string) => path.join(FIXTURES, 'photos', name);

test('Insert photo → Import from files with the same photo twice puts it in the body once, in first-seen order', async ({
  page,
  app,
}) => {
  await newArticleBody(page, app);
  await page.getByRole('button', { name: 'Insert photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert photo' });
  const chooser = page.waitForEvent('filechooser');
  await picker.getByRole('button', { name: 'Import from files' }).click();
  // Two names, the same bytes: as when a photo was saved twice from the same mail.
  const jpeg = (file: string, name = file) => ({
    name,
    mimeType: 'image/jpeg',
    buffer: fs.readFileSync(photo(file)),
  });
  await (
    await chooser
  ).setFiles([jpeg('kosmodrom.jpg'), jpeg('vladivostok.jpg'), jpeg('kosmodrom.jpg', 'kosmodrom-copy.jpg')]);
  await expect(picker).toHaveCount(0, { timeout: 30_000 });
  const photos = body(page).locator('figure.rx-photo');
  await expect(photos).toHaveCount(2);
  await expect(photos.nth(0).getByLabel('Caption')).toHaveValue(/^PUTIN MEETS KIM: /);
  await expect(photos.nth(1).getByLabel('Caption')).toHaveValue(/^Pelabuhan Vladivostok/);
});
