import { expect, openApp, test } from './support/fixtures';

test('the article’s fields: Writers is named Writers with its hint as its description, and Arabic runs right to left', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeVisible();

  // The hint is said once, as the description, not as a second half of the name.
  const writers = page.getByRole('textbox', { name: 'Writers', exact: true });
  await expect(writers).toHaveAccessibleDescription('Separate names with commas');

  // Each field takes the direction of its own first letter, whatever the interface's.
  await page.getByLabel('Headline').fill('لقاء كيم وبوتين في قاعدة الفضاء');
  await page.getByLabel('Lead').fill('هذه مقدمة الخبر.');
  await writers.fill('أحمد, Ani Lestari');
  const directions = await page.evaluate(() =>
    ['headline', 'lead', 'writers'].map((name) => {
      const field = document.querySelector<HTMLElement>(`[name="${name}"]`)!;
      return getComputedStyle(field).direction;
    }),
  );
  expect(directions).toEqual(['rtl', 'rtl', 'rtl']);
  await page.getByLabel('Headline').fill('Kim dan Putin bertemu');
  await expect(page.getByLabel('Headline')).toHaveCSS('direction', 'ltr');
});
