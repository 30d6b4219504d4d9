import { callApi, seedArticle } from './support/api';
import { ANNOUNCEMENTS, said } from './support/announcements';
import { expect, expectSaved, test } from './support/fixtures';
import { openArticle } from './support/pages';
import { importGeneratedPhotos } from './support/photo-files';

test('Remove featured photo leaves the focus on Choose featured photo and says the photo was removed', async ({
  page,
  app,
}) => {
  await page.addInitScript(ANNOUNCEMENTS);
  const [photoId] = await importGeneratedPhotos(app, 1);
  const { id } = await seedArticle(app, { headline: 'Foto utama dilepas', featuredPhotoId: photoId! });
  await openArticle(page, app, 'Foto utama dilepas');
  const featured = page.getByRole('region', { name: 'Featured photo' });
  await expect(featured.getByRole('figure')).toBeVisible();
  await said(page);

  // From the keyboard: the button goes with the photo, and the focus stays on the photo's controls.
  await featured.getByRole('button', { name: 'Remove featured photo' }).focus();
  await page.keyboard.press('Enter');
  await expect(featured).toContainText('No featured photo.');
  await expect(featured.getByRole('button', { name: 'Choose featured photo' })).toBeFocused();
  await expect.poll(() => said(page)).toContain('Featured photo removed.');
  await expectSaved(page);
  expect((await callApi(app, 'articles.get', { id })).featuredPhotoId).toBeNull();
});
