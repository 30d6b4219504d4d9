import { callApi, seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';

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
