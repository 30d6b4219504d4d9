import { seedArticle } from './support/api';
import { expect, expectSaved, openApp, test } from './support/fixtures';

test('back from an article that left the filtered list, the row now in its place has the focus, else the search field', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Draf lama' });
  await seedArticle(app, { headline: 'Draf kedua' });
  await seedArticle(app, { headline: 'Draf baru' });
  await seedArticle(app, { headline: 'Sudah terbit', status: 'published' });
  await openApp(page, app);
  const rows = page.locator('.rx-rows').getByRole('link');
  await page.getByLabel('Filter by status').selectOption('draft');
  await expect(rows).toHaveCount(3);

  // Published away from the Draft filter, back with "← All articles": the row that took its place.
  await rows.filter({ hasText: 'Draf kedua' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Status', { exact: true }).selectOption('published');
  await expectSaved(page);
  await page.getByRole('button', { name: /All articles/ }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Draf lama' })).toBeFocused();

  // The last row, with browser Back: the row now last.
  await rows.filter({ hasText: 'Draf lama' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Status', { exact: true }).selectOption('published');
  await expectSaved(page);
  await page.goBack();
  await expect(rows).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Draf baru' })).toBeFocused();

  // The last draft: no row is left, the search field has the focus.
  await rows.first().focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Status', { exact: true }).selectOption('published');
  await expectSaved(page);
  await page.getByRole('button', { name: /All articles/ }).click();
  await expect(page.getByText('No article matches the chosen filters.')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused();
});

test('back from a new article, its row has the focus, or the search field when the filters leave it out', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Berita lama' });
  await openApp(page, app);
  const rows = page.locator('.rx-rows').getByRole('link');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Berita paling baru');
  await expectSaved(page);
  await page.getByRole('button', { name: /All articles/ }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Berita paling baru' })).toBeFocused();

  await page.getByLabel('Filter by status').selectOption('published');
  await expect(page.getByText('No article matches the chosen filters.')).toBeVisible();
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Masih draf');
  await expectSaved(page);
  await page.goBack();
  await expect(page.getByText('No article matches the chosen filters.')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused();
});
