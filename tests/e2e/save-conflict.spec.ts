import { callApi, seedArticle } from './support/api';
import { body, expect, openApp, saveStatus, test } from './support/fixtures';

test('a save refused because another window changed the article keeps the text until Reload is confirmed', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Dua jendela', body: ['Paragraf awal.'] });
  const other = page;
  await openApp(other, app, `#/article/${article.id}`);
  await expect(body(other)).toHaveText('Paragraf awal.');

  // Another window saves first, one this window is not told of (another process on the same data
  // folder: windows of one app are told at once, and an idle one is brought up to date).
  const seen = await callApi(app, 'articles.get', { id: article.id });
  await callApi(app, 'articles.save', { ...seen, lead: 'Teras dari jendela A.' });

  // Window B's save is refused: its text stays, and Reload asks before replacing it.
  await body(other).click();
  await other.keyboard.press('End');
  await other.keyboard.type(' Paragraf penting dari jendela B.');
  await other.keyboard.press('Control+s');
  const reload = other.getByRole('button', { name: 'Reload article' });
  await expect(reload).toBeVisible();
  await reload.click();
  const ask = other.getByRole('alertdialog', { name: 'Reload article' });
  await expect(ask).toContainText('What you typed here since the last save is replaced');
  await expect(ask.getByRole('button', { name: 'Keep my text' })).toBeFocused();
  // Enter by habit, or Escape, keeps the text.
  await other.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  await expect(body(other)).toContainText('Paragraf penting dari jendela B.');
  await expect(reload).toBeFocused();
  await reload.click();
  await other.keyboard.press('Escape');
  await expect(body(other)).toContainText('Paragraf penting dari jendela B.');

  // Confirmed, the stored version replaces it.
  await reload.click();
  await ask.getByRole('button', { name: 'Reload and lose my changes' }).click();
  await expect(body(other)).toHaveText('Paragraf awal.');
  await expect(other.getByLabel('Lead')).toHaveValue('Teras dari jendela A.');
});

test('a text refused over another window’s change can be copied, in the status line and when leaving; no dead retry is offered', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Koreksi', body: ['Paragraf awal.'] });
  await openApp(page, app, `#/article/${article.id}`);
  await expect(body(page)).toHaveText('Paragraf awal.');
  const seen = await callApi(app, 'articles.get', { id: article.id });
  await callApi(app, 'articles.save', { ...seen, lead: 'Teras dari jendela lain.' });
  await body(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Koreksi penting.');
  await expect(saveStatus(page)).toContainText('Not saved: This article was changed in another window');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await page.locator('.rx-status-line').getByRole('button', { name: 'Copy the text' }).click();
  await expect(page.locator('.rx-status-line')).toContainText(
    'The headline, lead and body are on the clipboard',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Koreksi\n\nParagraf awal. Koreksi penting.',
  );
  await page.evaluate(() => navigator.clipboard.writeText(''));

  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  const guard = page.getByRole('alertdialog');
  await expect(guard).toContainText('changed in another window');
  await expect(guard.getByRole('button', { name: 'Try saving again' })).toHaveCount(0);
  await guard.getByRole('button', { name: 'Copy the text' }).click();
  await expect(guard).toContainText('The headline, lead and body are on the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Koreksi\n\nParagraf awal. Koreksi penting.',
  );
});

test('Reload article on an article deleted since the conflict keeps the text, said deleted, for Save as new article', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Dihapus', body: ['Paragraf awal.'] });
  await openApp(page, app, `#/article/${article.id}`);
  await expect(body(page)).toHaveText('Paragraf awal.');
  const seen = await callApi(app, 'articles.get', { id: article.id });
  const changed = await callApi(app, 'articles.save', { ...seen, lead: 'Teras lain.' });
  await body(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Teks penting.');
  await expect(saveStatus(page)).toContainText('Not saved: This article was changed in another window');
  await callApi(app, 'articles.delete', { id: article.id, revision: changed.revision });

  await page.getByRole('button', { name: 'Reload article' }).click();
  await page.getByRole('button', { name: 'Reload and lose my changes' }).click();
  await expect(saveStatus(page)).toContainText('This article was deleted in another window or tab');
  await expect(body(page)).toHaveText('Paragraf awal. Teks penting.');
  await page.locator('.rx-status-line').getByRole('button', { name: 'Save as new article' }).click();
  await expect(page.getByText('That article no longer exists')).toHaveCount(0);
  await expect(body(page)).toHaveText('Paragraf awal. Teks penting.');
  await expect
    .poll(async () => (await callApi(app, 'articles.list', {})).map((a) => a.headline))
    .toEqual(['Dihapus']);
});
