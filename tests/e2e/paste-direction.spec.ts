import type { Locator } from '@playwright/test';
import { callApi } from './support/api';
import { expect, expectSaved, test } from './support/fixtures';
import { newArticleBody, pasteHtml } from './support/paste';

const ARABIC = 'قال المتحدث إن الاجتماع كان مثمرا.';
const TYPED_ARABIC = 'هذه فقرة جديدة مكتوبة بعد اللصق.';

/** Google Docs marks every block it copies dir="ltr", whatever its language. */
const DOCS_HTML =
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-7a2c">' +
  '<p dir="ltr" style="line-height:1.38"><span style="font-size:11pt">Paragraf dari Google Docs.</span></p>' +
  `<p dir="ltr" style="line-height:1.38"><span style="font-size:11pt">${ARABIC}</span></p>` +
  '<h2 dir="ltr"><span>عنوان فرعي</span></h2>' +
  '<ul><li dir="ltr"><p dir="ltr"><span>البند الأول</span></p></li></ul></b>';

/** Where a block's words sit: how far they stop short of its left and right edges. */
const textEdges = (block: Locator) =>
  block.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const words = range.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return { gapLeft: words.left - box.left, gapRight: box.right - words.right };
  });

const expectRightToLeft = async (block: Locator) => {
  const edges = await textEdges(block);
  expect(edges.gapRight).toBeLessThan(2);
  expect(edges.gapLeft).toBeGreaterThan(20);
};

test('a Google Docs paste keeps no direction: Arabic paragraphs, and one typed after them, run right to left as in the export', async ({
  page,
  app,
}) => {
  const editor = await newArticleBody(page, app);
  await pasteHtml(editor, DOCS_HTML, `Paragraf dari Google Docs.\n${ARABIC}`);
  const pasted = editor.locator('p', { hasText: ARABIC });
  await expect(pasted).toHaveAttribute('dir', 'auto');
  await expect(editor.locator('h2')).toHaveAttribute('dir', 'auto');
  await expectRightToLeft(pasted);
  await expectRightToLeft(editor.locator('h2'));
  await expectRightToLeft(editor.locator('li'));

  // Enter after the Arabic paragraph: the new one takes the direction of what is typed in it.
  await pasted.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(TYPED_ARABIC);
  const typed = editor.locator('p', { hasText: TYPED_ARABIC });
  await expect(typed).toHaveAttribute('dir', 'auto');
  await expectRightToLeft(typed);
  const latin = editor.locator('p', { hasText: 'Paragraf dari Google Docs.' });
  expect((await textEdges(latin)).gapLeft).toBeLessThan(2);

  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = (await callApi(app, 'articles.get', { id: summary!.id })).body;
  expect(JSON.stringify(stored)).not.toMatch(/"direction":"(ltr|rtl)"/);
});
