import { seedArticle } from './support/api';
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
