import { documentOf, paragraph, text } from '../unit/support/documents';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { alert, storedTextsOf } from './support/pages';
import { caretAfter, caretBefore, selectText } from './support/selection';
import { article, picker, tags } from './support/sources';
import type { WebApp } from './support/web-app';

/**
 * The tag picker tags the words selected when it opened. The body can be written in meanwhile; when
 * those words themselves change, the picker closes and says so instead of tagging the letters now there.
 */

const CHANGED =
  'The selected words changed while Tag source was open, so nothing was tagged: select them again and press Tag source (Ctrl+Alt+S).';

/** An article of a quote and a second paragraph, and the source to tag the quote with. */
async function quoteArticle(app: WebApp, headline: string): Promise<string> {
  await callApi(app, 'sources.create', { kind: 'person', name: 'Jake Sullivan' });
  return article(
    app,
    headline,
    documentOf(
      paragraph(text('“Kami sangat prihatin,” kata Sullivan.')),
      paragraph(text('Paragraf kedua tentang banjir.')),
    ),
  );
}

test('the tag picker tags the words it opened on after the body was written in elsewhere, and before them', async ({
  page,
  app,
}) => {
  const id = await quoteArticle(app, 'Tanda sambil menulis');
  const watch = await openApp(page, app, `#/article/${id}`);
  await selectText(page, '“Kami sangat prihatin,”');
  await page.getByRole('button', { name: 'Tag source' }).click();
  await expect(picker(page)).toBeVisible();

  await caretAfter(page, 'banjir');
  await page.keyboard.type(' besar');
  await caretBefore(page, '“Kami');
  await page.keyboard.type('Di Jakarta: ');
  await expect(picker(page)).toBeVisible();

  await picker(page).getByRole('combobox', { name: 'Find a source' }).fill('Jake');
  await expect(picker(page).getByRole('option').first()).toContainText('Jake Sullivan');
  await page.keyboard.press('Enter');
  await expect(picker(page)).toBeHidden();
  await expect(tags(page)).toHaveText(['“Kami sangat prihatin,”']);
  await expect(alert(page)).toHaveCount(0);
  await expectSaved(page);
  expect(await storedTextsOf(app, id, 'source')).toEqual(['“Kami sangat prihatin,”']);
  await expect(body(page).locator('p').first()).toHaveText(
    'Di Jakarta: “Kami sangat prihatin,” kata Sullivan.',
  );
  expect(watch.problems).toEqual([]);
});

test('the tag picker closes and says why when the selected words are edited, and tags nothing', async ({
  page,
  app,
}) => {
  const id = await quoteArticle(app, 'Tanda pada kata yang diubah');
  const watch = await openApp(page, app, `#/article/${id}`);
  await selectText(page, '“Kami sangat prihatin,”');
  await page.keyboard.press('Control+Alt+s');
  await picker(page).getByRole('combobox', { name: 'Find a source' }).fill('Jake');
  await expect(picker(page).getByRole('option').first()).toContainText('Jake Sullivan');

  await selectText(page, 'sangat ');
  await page.keyboard.press('Delete');
  await expect(picker(page)).toBeHidden();
  await expect(alert(page)).toContainText(CHANGED);
  await expect(body(page).locator('p').first()).toHaveText('“Kami prihatin,” kata Sullivan.');
  await expect(tags(page)).toHaveCount(0);
  await expectSaved(page);
  expect(await storedTextsOf(app, id, 'source')).toEqual([]);
  expect(watch.problems).toEqual([]);
});
