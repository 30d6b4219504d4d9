import type { Page } from '@playwright/test';
import { documentOf, paragraph, quote, text } from '../unit/support/documents';
import { article } from './support/sources';
import { caretAfter, caretBefore } from './support/selection';
import { storedBody } from './support/pages';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';

/** The body's blocks: each one's tag and text. */
const blocks = (page: Page) =>
  body(page)
    .locator(':scope > *')
    .evaluateAll((all) =>
      all.map((element) => `${element.tagName.toLowerCase()}: ${element.textContent ?? ''}`),
    );

test('Enter in a quote keeps the quotation a quote: at its start a line opens above, in the middle it splits in two quotes, at its end a paragraph follows', async ({
  page,
  app,
}) => {
  const id = await article(
    app,
    'Kutipan',
    documentOf(paragraph(text('Pembuka berita.')), quote(text('Kami prihatin. Bantuan segera datang.'))),
  );
  await openApp(page, app, `#/article/${id}`);
  const before = await blocks(page);

  await caretBefore(page, 'Kami prihatin');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => blocks(page))
    .toEqual(['p: Pembuka berita.', 'p: ', 'blockquote: Kami prihatin. Bantuan segera datang.']);
  // The caret stays with the quotation's words: typing goes at its start.
  await page.keyboard.type('“');
  await expect(body(page).locator('blockquote')).toHaveText('“Kami prihatin. Bantuan segera datang.');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => blocks(page)).toEqual(before);

  await caretAfter(page, 'Kami prihatin.');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => blocks(page))
    .toEqual(['p: Pembuka berita.', 'blockquote: Kami prihatin.', 'blockquote: Bantuan segera datang.']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => blocks(page)).toEqual(before);

  await caretAfter(page, 'segera datang.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Penutup.');
  await expect.poll(() => blocks(page)).toEqual([...before, 'p: Penutup.']);
  await expectSaved(page);
  expect((await storedBody(app, id)).root.children.map((node) => node.type)).toEqual([
    'paragraph',
    'quote',
    'paragraph',
  ]);
});
