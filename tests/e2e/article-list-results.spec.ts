import { ANNOUNCEMENTS, said } from './support/announcements';
import { seedArticle } from './support/api';
import { expect, openApp, test } from './support/fixtures';

test('a search says its result in a polite status once the rows settle, not at every key typed', async ({
  page,
  app,
}) => {
  for (const place of ['Medan', 'Binjai', 'Langkat'])
    await seedArticle(app, { headline: `Banjir ${place}`, body: [`Air naik di ${place}.`] });
  await seedArticle(app, { headline: 'Harga cabai naik', body: ['Pedagang mengeluh.'] });
  await page.addInitScript(ANNOUNCEMENTS);
  await openApp(page, app);
  const rows = page.locator('.rx-rows').getByRole('link');
  await expect(rows).toHaveCount(4);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const result = page.getByRole('region', { name: 'Articles' }).getByRole('status').last();
  await expect(result).toHaveAttribute('role', 'status');
  expect(await said(page)).toEqual([]);

  // Typed at a steady pace, rows arriving between the keys: said once, at the end.
  await search.pressSequentially('banjir', { delay: 100 });
  await expect(rows).toHaveCount(3);
  await expect(result).toHaveText('3 articles');
  expect(await said(page)).toEqual(['3 articles']);

  await search.pressSequentially(' zzz', { delay: 100 });
  await expect(page.locator('.rx-empty')).toHaveText('No article matches this search.');
  await expect(result).toHaveText('No article matches this search.');
  expect(await said(page)).toEqual(['No article matches this search.']);

  // The same count again after another search is said again.
  await search.fill('air');
  await expect(result).toHaveText('3 articles');
  await search.fill('naik');
  await expect(result).toHaveText('4 articles');
  await search.fill('banjir');
  await expect(result).toHaveText('3 articles');
  expect(await said(page)).toEqual(['3 articles', '4 articles', '3 articles']);
});
