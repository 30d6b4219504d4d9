import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';

test('the window’s title says what is shown — the view, or the article’s headline as it is typed — in the interface language', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', { headline: 'Banjir di Medan' });
  const watch = await openApp(page, app);
  await expect(page).toHaveTitle('Articles – Redaksi');
  await page.getByRole('button', { name: 'Photo desk', exact: true }).click();
  await expect(page).toHaveTitle('Photo desk – Redaksi');
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await expect(page).toHaveTitle('Sources – Redaksi');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page).toHaveTitle('Settings – Redaksi');

  await page.goto(`${app.url}#/article/${created.id}`);
  await expect(page).toHaveTitle('Banjir di Medan – Redaksi');
  const headline = page.getByLabel('Headline');
  await headline.fill('Banjir surut di Medan');
  await expect(page).toHaveTitle('Banjir surut di Medan – Redaksi');
  await headline.fill('   ');
  await expect(page).toHaveTitle('Untitled article – Redaksi');

  await callApi(app, 'settings.update', { uiLanguage: 'id' });
  await page.goto(`${app.url}#/photos`);
  await expect(page).toHaveTitle('Meja foto – Redaksi');
  expect(watch.problems).toEqual([]);
});
