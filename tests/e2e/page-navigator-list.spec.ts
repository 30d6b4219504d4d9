import { documentOf, paragraph, text } from '../unit/support/documents';
import { callApi } from './support/api';
import { body, expect, test } from './support/fixtures';
import { indicator, openArticle, para, paragraphText, placeCaret } from './support/pages';

/** Three pages of paragraphs 1–4, 5–7 and 8–10, the caret at the end of paragraph 1. */
async function openThreePages(
  page: Parameters<typeof openArticle>[0],
  app: Parameters<typeof openArticle>[1],
) {
  const created = await callApi(app, 'articles.create', {});
  const blocks = Array.from({ length: 10 }, (_, i) => paragraph(text(paragraphText(i + 1, 40))));
  const breakNode = { type: 'page-break', version: 1 };
  const document = documentOf(
    ...blocks.slice(0, 4),
    breakNode,
    ...blocks.slice(4, 7),
    breakNode,
    ...blocks.slice(7),
  );
  await callApi(app, 'articles.save', { ...created, headline: 'Tiga halaman', body: document });
  await openArticle(page, app, 'Tiga halaman');
  await placeCaret(para(page, 1), 'end');
  await expect(indicator(page)).toHaveText('Page 1 of 3');
  return page.getByRole('combobox', { name: 'Pages' });
}

// The list opened from the keyboard has the keys while it is open: the page chosen in it with Enter
// is gone to at once, as with the mouse — not only shown, waiting for a second Enter.
for (const opening of ['Alt+ArrowDown', 'F4', ' ']) {
  test(`a page chosen in the navigator's list opened with ${opening === ' ' ? 'Space' : opening} takes the caret there`, async ({
    page,
    app,
  }) => {
    const navigator = await openThreePages(page, app);
    await navigator.focus();
    await page.keyboard.press(opening);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(body(page)).toBeFocused();
    await expect(indicator(page)).toHaveText('Page 3 of 3');
    await expect(navigator).toHaveValue('3');
    // The caret is at the start of page 3: typed words land there.
    await page.keyboard.type('Baru ');
    await expect(body(page).locator('p').nth(7)).toHaveText(`Baru ${paragraphText(8, 40)}`);
  });
}

test('closed, the navigator still shows each page arrowed to and goes there on Enter', async ({
  page,
  app,
}) => {
  const navigator = await openThreePages(page, app);
  await navigator.focus();
  // The list opened and closed unchosen (Escape): arrowing afterwards shows pages, as before.
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Escape');
  await expect(navigator).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(navigator).toHaveValue('2');
  await expect(navigator).toBeFocused();
  await expect(indicator(page)).toHaveText('Page 1 of 3');
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();
  await expect(indicator(page)).toHaveText('Page 2 of 3');
});
