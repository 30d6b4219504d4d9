import { seedArticle } from './support/api';
import { expect, openApp, test } from './support/fixtures';

test('a snippet with a long address wraps at 320 px: the list does not scroll sideways', async ({
  page,
  app,
}) => {
  const address = `https://example.com/baca?id=${'a1b2c3d4'.repeat(12)}`;
  await seedArticle(app, { headline: 'Rob di Belawan', body: [`Baca selengkapnya di ${address} hari ini.`] });
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, app);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('selengkapnya');
  const snippet = page.locator('.rx-rows .rx-row-snippet');
  await expect(snippet).toContainText('https://example.com/');
  const widths = await page.evaluate(() => ({
    scroll: document.scrollingElement!.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
});
