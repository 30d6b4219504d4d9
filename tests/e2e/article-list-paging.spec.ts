import { callApi, seedArticle } from './support/api';
import { test, expect, openApp } from './support/fixtures';

test('the list shows 200 rows, says so, and "Show more" brings the rest with the focus on the first new row', async ({
  page,
  app,
}) => {
  for (let i = 1; i <= 205; i += 1) {
    const created = await callApi(app, 'articles.create', { headline: `Berita nomor ${i}` });
    expect(created.headline).toBe(`Berita nomor ${i}`);
  }
  await openApp(page, app);
  const rows = page.locator('.rx-rows').getByRole('link');
  await expect(rows).toHaveCount(200);
  await expect(rows.first()).toContainText('Berita nomor 205');
  await expect(page.getByText('Showing the first 200.')).toBeVisible();

  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(rows).toHaveCount(205);
  await expect(rows.nth(200)).toBeFocused();
  await expect(rows.nth(200)).toContainText('Berita nomor 5');
  await expect(rows.last()).toContainText('Berita nomor 1');
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await expect(page.getByText(/Showing the first/)).toHaveCount(0);

  // Back from an article opened far down, the same rows are there and its row has the focus.
  await rows.nth(203).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Berita nomor 2');
  await page.getByRole('button', { name: /All articles/ }).click();
  await expect(rows).toHaveCount(205);
  await expect(rows.nth(203)).toBeFocused();
  await expect(rows.nth(203)).toBeInViewport();
});

test('the search and filters are still there on the way back from an article, and after a reload', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Banjir di Kudus', status: 'ready', rubric: 'Daerah' });
  await seedArticle(app, { headline: 'Banjir di Demak', rubric: 'Daerah' });
  await seedArticle(app, { headline: 'Harga beras', status: 'ready', rubric: 'Ekonomi' });
  await openApp(page, app);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const status = page.getByLabel('Filter by status');
  const rows = page.locator('.rx-rows').getByRole('link');
  await search.fill('banjir');
  await status.selectOption('ready');
  await expect(rows).toHaveText([/Banjir di Kudus/]);

  await rows.first().click();
  await expect(page.getByLabel('Headline')).toHaveValue('Banjir di Kudus');
  await page.goBack();
  await expect(search).toHaveValue('banjir');
  await expect(status).toHaveValue('ready');
  await expect(rows).toHaveText([/Banjir di Kudus/]);
  await expect(rows.first()).toBeFocused();

  await page.reload();
  await expect(search).toHaveValue('banjir');
  await expect(rows).toHaveText([/Banjir di Kudus/]);
  // Clearing the search shows every ready article again.
  await search.fill('');
  await expect(rows).toHaveText([/Harga beras/, /Banjir di Kudus/]);
});

test('coming back to a list shown past a thousand rows finds them all, with the article opened focused', async ({
  page,
  app,
}) => {
  // A thousand articles made and shown: under a loaded machine this outgrows the usual minute.
  test.slow();
  await Promise.all(
    Array.from({ length: 1_010 }, (_, i) => callApi(app, 'articles.create', { headline: `Arsip ${i + 1}` })),
  );
  await openApp(page, app);
  const rows = page.locator('.rx-rows').getByRole('link');
  for (const shown of [400, 600, 800, 1_000, 1_010]) {
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect(rows).toHaveCount(shown);
  }
  const opened = rows.nth(1_005);
  const headline = (await opened.locator('.rx-row-headline').textContent())!;
  await opened.click();
  await expect(page.getByLabel('Headline')).toHaveValue(headline);
  await page.getByRole('button', { name: /All articles/ }).click();
  await expect(rows).toHaveCount(1_010);
  await expect(rows.nth(1_005)).toBeFocused();
});
