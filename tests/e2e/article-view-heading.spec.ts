import { seedArticle } from './support/api';
import { expect, openApp, test } from './support/fixtures';

test('the article view’s heading level 1 names the article as its headline is typed, unseen, and the Quoted-from line field is described by its hint', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, { headline: 'Banjir di Jakarta', body: ['Air naik semalam.'] });
  await openApp(page, app, `#/article/${seeded.id}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Banjir di Jakarta');
  // The first heading a screen reader lists; on screen the Headline field shows the words.
  const headings = await page.getByRole('heading').evaluateAll((all) => all.map((h) => h.tagName));
  expect(headings[0]).toBe('H1');
  expect((await heading.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
  await expect(page.getByRole('region', { name: 'Banjir di Jakarta' })).toBeVisible();

  // It follows the headline as typed, and names an emptied one as the list does.
  await page.getByLabel('Headline').fill('Banjir surut di Jakarta');
  await expect(heading).toHaveText('Banjir surut di Jakarta');
  await page.getByLabel('Headline').fill('');
  await expect(heading).toHaveText('Untitled article');

  await expect(page.getByRole('textbox', { name: 'Quoted-from line' })).toHaveAccessibleDescription(
    'Leave empty to use the generated line.',
  );
});
