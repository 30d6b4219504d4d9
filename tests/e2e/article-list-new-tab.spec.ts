import { seedArticle } from './support/api';
import { expect, openApp, test } from './support/fixtures';

test('Ctrl+click or a middle click on a row opens the article in a new tab, and the list stays', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Banjir di Medan' });
  await seedArticle(app, { headline: 'Harga cabai naik' });
  await openApp(page, app);
  const rows = page.locator('.rx-rows').getByRole('link');
  await expect(rows).toHaveCount(2);

  for (const click of [{ modifiers: ['ControlOrMeta' as const] }, { button: 'middle' as const }]) {
    const opened = page.context().waitForEvent('page');
    await rows.filter({ hasText: 'Banjir di Medan' }).click(click);
    const tab = await opened;
    await expect(tab.getByLabel('Headline')).toHaveValue('Banjir di Medan');
    await expect(tab).toHaveTitle('Banjir di Medan – Redaksi');
    // The new tab has this tab's access key, yet no address carries it: neither the tab's nor a row's.
    expect(new URL(tab.url()).search).toBe('');
    await expect(rows.first()).toHaveAttribute('href', /^#\/article\/[^?]+$/);
    await tab.close();
    await expect(page.getByRole('region', { name: 'Articles' })).toBeVisible();
    await expect(rows).toHaveCount(2);
  }

  // A plain click, and Enter, still open it here.
  await rows.filter({ hasText: 'Harga cabai naik' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline')).toHaveValue('Harga cabai naik');
  expect(page.context().pages()).toHaveLength(1);
});
