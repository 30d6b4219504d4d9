import type { Page } from '@playwright/test';
import { seedArticle } from './support/api';
import type { WebApp } from './support/web-app';
import { expect, openApp, test } from './support/fixtures';

test('↓ or Enter in the search field goes to the first result, ↑ from the first row goes back, Enter opens', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Gempa di Sulawesi' });
  await seedArticle(app, { headline: 'Gempa susulan di Palu' });
  await seedArticle(app, { headline: 'Harga cabai naik' });
  await openApp(page, app);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const rows = page.locator('.rx-rows').getByRole('link');
  await expect(rows).toHaveCount(3);

  // Enter straight after typing: the first row of what was typed, once the rows answer it.
  await search.fill('gempa');
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText([/Gempa/, /Gempa/]);
  await expect(rows.first()).toBeFocused();

  await page.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();

  const second = await rows.nth(1).locator('.rx-row-headline').textContent();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline')).toHaveValue(second ?? '');
});

test('the rows are one Tab stop: ↑/↓, Home and End move between them, Tab leaves and comes back to the row used', async ({
  page,
  app,
}) => {
  for (const n of [1, 2, 3, 4, 5, 6]) await seedArticle(app, { headline: `Berita nomor ${n}` });
  await openApp(page, app);
  const rows = page.locator('.rx-rows').getByRole('link');
  await expect(rows).toHaveCount(6);
  const lastFilter = page.getByLabel('Filter by source');

  await lastFilter.focus();
  await page.keyboard.press('Tab');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.nth(5)).toBeFocused();
  await page.keyboard.press('ArrowDown'); // no further than the last
  await expect(rows.nth(5)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(1)).toBeFocused();

  // One Tab out of six rows, and back in on the row used last.
  await page.keyboard.press('Tab');
  await expect(rows.nth(1)).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest('.rx-rows') ?? null)).toBeNull();
  await page.keyboard.press('Shift+Tab');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(lastFilter).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(rows.nth(1)).toBeFocused();
  await expect(page.locator('.rx-rows a[tabindex="0"]')).toHaveCount(1);
});

/**
 * The list opened on two articles, then a slow disk: every read of the rows is held until `arrive` is
 * called with the query it answers, which lets the held reads go and waits until the list has taken in
 * the rows for that query (and said their count, a moment after its focus would have moved).
 */
async function slowRows(page: Page, app: WebApp) {
  await seedArticle(app, { headline: 'Kim dan Putin bertemu di Vladivostok' });
  await seedArticle(app, { headline: 'Gempa di Sulawesi' });
  await openApp(page, app);
  const rows = page.locator('.rx-rows').getByRole('link');
  await expect(rows).toHaveCount(2);
  const held: { query: string; release: () => void }[] = [];
  await page.route('**/api/articles.list', async (route) => {
    const { query = '' } = route.request().postDataJSON() as { query?: string };
    await new Promise<void>((release) => held.push({ query, release }));
    await route.continue();
  });
  const result = page.getByRole('region', { name: 'Articles' }).getByRole('status').last();
  return {
    search: page.getByRole('searchbox', { name: 'Search articles' }),
    rows,
    arrive: async (query: string, headline: RegExp) => {
      await expect.poll(() => held.some((read) => read.query === query)).toBe(true);
      for (const read of held.splice(0)) read.release();
      await expect(rows).toHaveText([headline]);
      await expect(result).toHaveText('1 article');
    },
  };
}

test('↓ pressed before the rows arrive, then typing on: the rows do not take the focus, the typing goes on in the field', async ({
  page,
  app,
}) => {
  const { search, arrive } = await slowRows(page, app);
  await search.pressSequentially('Ki');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('m da');
  await arrive('Kim da', /Kim dan Putin/);
  await expect(search).toBeFocused();
  await page.keyboard.type('n Putin');
  await expect(search).toHaveValue('Kim dan Putin');
  await expect(search).toBeFocused();
});

test('↓ pressed before the rows arrive, then the focus moved to a filter: it stays on the filter', async ({
  page,
  app,
}) => {
  const { search, arrive } = await slowRows(page, app);
  const status = page.getByLabel('Filter by status');
  await search.pressSequentially('Gempa');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(status).toBeFocused();
  await arrive('Gempa', /Gempa di Sulawesi/);
  await expect(status).toBeFocused();
});

test('↓ or Enter pressed before the rows arrive, nothing else done: the first row takes the focus once there', async ({
  page,
  app,
}) => {
  const { search, rows, arrive } = await slowRows(page, app);
  await search.pressSequentially('Gempa');
  await page.keyboard.press('ArrowDown');
  await arrive('Gempa', /Gempa di Sulawesi/);
  await expect(rows.first()).toBeFocused();

  // Back in the field, another query and Enter straight away: the same, for the new rows.
  await page.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();
  await search.fill('Putin');
  await page.keyboard.press('Enter');
  await arrive('Putin', /Kim dan Putin/);
  await expect(rows.first()).toBeFocused();
});
