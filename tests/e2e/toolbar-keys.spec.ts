import { seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';

test('the formatting toolbar is one Tab stop: arrows, Home and End move along it, and Tab goes on to the body', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Papan ketik', body: ['Paragraf satu.'] });
  await openApp(page, app, `#/article/${article.id}`);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

  // Shift+Tab from the body lands on the toolbar (one stop), on its first button that can act.
  await body(page).click();
  await page.keyboard.press('Shift+Tab');
  const first = await focusedLabel();
  expect(await toolbar.evaluate((bar) => bar.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('ArrowRight');
  const second = await focusedLabel();
  expect(second).not.toBe(first);
  await page.keyboard.press('End');
  const last = await focusedLabel();
  await page.keyboard.press('ArrowRight');
  expect(await focusedLabel()).toBe(first); // round to the start
  await page.keyboard.press('ArrowLeft');
  expect(await focusedLabel()).toBe(last);
  await page.keyboard.press('Home');
  expect(await focusedLabel()).toBe(first);
  await page.keyboard.press('ArrowRight');

  // Tab leaves the toolbar at once for the body; Shift+Tab comes back to the button used last.
  await page.keyboard.press('Tab');
  await expect(body(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedLabel()).toBe(second);
  // Exactly one of its buttons is in the Tab order.
  expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
});
