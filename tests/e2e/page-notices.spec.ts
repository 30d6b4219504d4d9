import { documentOf, paragraph, text } from '../unit/support/documents';
import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, test } from './support/fixtures';
import { selectText } from './support/selection';
import { alert, openArticle, pageBreaks, para, paragraphText, placeCaret, storedBody } from './support/pages';

test('a break still waiting on an emptied page goes when the article is exported, left or reloaded, so no empty page is stored', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', {});
  const document = documentOf(
    paragraph(text('Halaman satu.')),
    { type: 'page-break', version: 1 },
    paragraph(text('Dua saja.')),
    { type: 'page-break', version: 1 },
    paragraph(text('Halaman tiga.')),
  );
  await callApi(app, 'articles.save', { ...created, headline: 'Halaman kosong', body: document });
  const types = async () => (await storedBody(app, created.id)).root.children.map((node) => node.type);
  const empty = async () => {
    await selectText(page, 'Dua saja.');
    await page.keyboard.press('Backspace');
    await expect(alert(page)).toContainText('Page 2 is empty. Write on it');
    await expectSaved(page);
  };

  // Export: the dialog reads the article as it will be published, with no empty page to refuse.
  await openArticle(page, app, 'Halaman kosong');
  await empty();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  await expect(dialog.getByText('Check these warnings:')).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText([
    'The article has no lead.',
    /^Page 1 has only 2 words/,
    /^Page 2 has only 2 words/,
  ]);
  expect(await types()).toEqual(['paragraph', 'paragraph', 'page-break', 'paragraph']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  // Undo brings the page back, as after any removal.
  await body(page).focus();
  await page.keyboard.press('Control+z');
  await expect(pageBreaks(page)).toHaveCount(2);
  await expect(page.getByText('Dua saja.')).toBeVisible();

  // Left by the app's own button.
  await empty();
  await page.getByRole('button', { name: /All articles/ }).click();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
  await expect.poll(types).toEqual(['paragraph', 'paragraph', 'page-break', 'paragraph']);

  // Reloaded (or closed) with the caret still on the emptied page.
  await callApi(app, 'articles.save', {
    ...(await callApi(app, 'articles.get', { id: created.id })),
    body: document,
  });
  await page.getByRole('link', { name: /Halaman kosong/ }).click();
  await expect(pageBreaks(page)).toHaveCount(2);
  await empty();
  // The tab about to close or reload (its beforeunload, without the navigation, which the browser
  // would first ask about since the break's going is a change to save): the break goes, and is saved.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeunload', { cancelable: true })));
  await expect.poll(types).toEqual(['paragraph', 'paragraph', 'page-break', 'paragraph']);
  await expect(pageBreaks(page)).toHaveCount(1);
  await page.reload();
  await expect(pageBreaks(page)).toHaveCount(1);
});

test('on a narrow window a refusal takes the window’s width, clear of its edges', async ({ page, app }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await seedArticle(app, { headline: 'Jendela sempit', body: [paragraphText(1, 30), paragraphText(2, 30)] });
  await openArticle(page, app, 'Jendela sempit');
  await placeCaret(para(page, 1), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(alert(page)).toContainText('page 1 would be empty');
  const notice = (await page.locator('.rx-page-notice').boundingBox())!;
  // Not squeezed into half the window (one or two words a line, covering the text).
  expect(notice.width).toBeGreaterThan(360 * 0.85);
  expect(notice.x).toBeGreaterThanOrEqual(0);
  expect(notice.x + notice.width).toBeLessThanOrEqual(360);
});
