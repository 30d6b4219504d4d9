import { seedArticle } from './support/api';
import { expect, expectSaved, openApp, test } from './support/fixtures';

test('Search articles finds an article by a writer’s name and by its editor’s name, as typed in the article', async ({
  page,
  app,
}) => {
  await seedArticle(app, {
    headline: 'Harga cabai naik',
    writers: ['Rina Tarigan'],
    editor: 'Yusuf Nasution',
  });
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeVisible();
  await page.getByLabel('Headline').fill('Banjir bandang di Sibolangit');
  await page.getByLabel('Writers').fill('Ani Lestari, Budi Santoso');
  await page.getByLabel('Editor', { exact: true }).fill('Citra Dewi');
  await expectSaved(page);
  await page.getByRole('button', { name: /All articles/ }).click();

  const rows = page.locator('.rx-rows').getByRole('link');
  await expect(rows).toHaveCount(2);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  // Neither name is in the headline, lead or body: only the byline holds them.
  const searches: Array<[typed: string, headline: string]> = [
    ['santoso', 'Banjir bandang di Sibolangit'],
    ['Citra Dewi', 'Banjir bandang di Sibolangit'],
    ['tarigan', 'Harga cabai naik'],
    ['nasution', 'Harga cabai naik'],
  ];
  for (const [typed, headline] of searches) {
    // From the whole list each time, so a row left from the search before cannot pass for this one.
    await search.fill('');
    await expect(rows).toHaveCount(2);
    await search.fill(typed);
    await expect(rows, typed).toHaveCount(1);
    await expect(rows.first(), typed).toContainText(headline);
  }
});
