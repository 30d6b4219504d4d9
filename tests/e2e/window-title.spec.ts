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

test('while another article opens, the title says it is opening, not the headline of the one before', async ({
  page,
  app,
}) => {
  const before = await callApi(app, 'articles.create', { headline: 'Banjir di Medan' });
  const next = await callApi(app, 'articles.create', { headline: 'Harga cabai naik' });
  await openApp(page, app, `#/article/${before.id}`);
  await expect(page).toHaveTitle('Banjir di Medan – Redaksi');

  // The next article's answer is held until the title has been read.
  let answer: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (answer = resolve));
  const asked = page.waitForRequest('**/api/articles.get');
  await page.route('**/api/articles.get', async (route) => {
    await held;
    await route.continue();
  });
  await page.evaluate((id) => (window.location.hash = `#/article/${id}`), next.id);
  await asked;
  await expect(page.getByText('Opening the article…')).toBeVisible();
  await expect(page).toHaveTitle('Opening the article… – Redaksi');
  answer();
  await expect(page).toHaveTitle('Harga cabai naik – Redaksi');

  // An article that is not there is not named after the one before either.
  await page.unroute('**/api/articles.get');
  const { revision } = await callApi(app, 'articles.get', { id: before.id });
  await callApi(app, 'articles.delete', { id: before.id, revision });
  await page.evaluate((id) => (window.location.hash = `#/article/${id}`), before.id);
  await expect(page.getByRole('alert')).toHaveText('That article no longer exists.');
  await expect(page).toHaveTitle('Article – Redaksi');
});

test('each view has one page heading naming it, as its title does', async ({ page, app }) => {
  const watch = await openApp(page, app);
  for (const [view, heading] of [
    ['Articles', 'Articles'],
    ['Photo desk', 'Photo desk'],
    ['Sources', 'Sources'],
    ['Settings', 'Settings'],
  ] as const) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText([heading]);
  }
  expect(watch.problems).toEqual([]);
});

test('a headline that shows nothing — spaces, a zero-width space, a soft hyphen — reads "Untitled article" in the list and the title', async ({
  page,
  app,
}) => {
  for (const headline of ['   ', '\u200b', '\u00ad ']) {
    const created = await callApi(app, 'articles.create', {});
    await callApi(app, 'articles.save', { ...created, headline });
  }
  const watch = await openApp(page, app);
  const rows = page.getByRole('region', { name: 'Articles' }).locator('.rx-row-headline');
  await expect(rows).toHaveText(['Untitled article', 'Untitled article', 'Untitled article']);
  await rows.first().click();
  await expect(page).toHaveTitle('Untitled article – Redaksi');
  expect(watch.problems).toEqual([]);
});
