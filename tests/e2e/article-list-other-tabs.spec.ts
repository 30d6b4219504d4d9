import { seedArticle } from './support/api';
import { ownFocus } from './support/tabs';
import { test, expect, openApp, expectSaved } from './support/fixtures';

test('back in the list tab, what another tab edited or published shows, with search, filters and focus kept', async ({
  page,
  app,
}) => {
  const kudus = await seedArticle(app, { headline: 'Banjir di Kudus', rubric: 'Daerah' });
  await seedArticle(app, { headline: 'Banjir di Demak', rubric: 'Daerah' });
  const pati = await seedArticle(app, { headline: 'Banjir di Pati', rubric: 'Daerah' });
  await seedArticle(app, { headline: 'Harga beras', rubric: 'Ekonomi' });
  await openApp(page, app);
  await ownFocus(page);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const status = page.getByLabel('Filter by status');
  const rows = page.locator('.rx-rows').getByRole('link');
  await search.fill('banjir');
  await status.selectOption('draft');
  await expect(rows).toHaveText([/Banjir di Pati/, /Banjir di Demak/, /Banjir di Kudus/]);
  await rows.filter({ hasText: 'Banjir di Demak' }).focus();

  // Another tab renames one article and publishes another.
  const other = await page.context().newPage();
  await openApp(other, app, `#/article/${kudus.id}`);
  await ownFocus(other);
  await other.getByLabel('Headline').fill('Banjir di Kudus meluas');
  await expectSaved(other);
  await openApp(other, app, `#/article/${pati.id}`);
  await other.getByLabel('Status', { exact: true }).selectOption('published');
  await expectSaved(other);

  await page.bringToFront();
  // (Ranked by the search: the shorter headline first.)
  await expect(rows).toHaveText([/Banjir di Demak/, /Banjir di Kudus meluas/]);
  await expect(search).toHaveValue('banjir');
  await expect(status).toHaveValue('draft');
  await expect(rows.filter({ hasText: 'Banjir di Demak' })).toBeFocused();
});
