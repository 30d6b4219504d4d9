import type { Locator, Page } from '@playwright/test';
import { seedArticle } from './support/api';
import { body, expect, expectSaved, test } from './support/fixtures';
import { openArticle, pageBreaks, para, paragraphText, placeCaret, storedBody } from './support/pages';
import { documentPlainText } from '../../shared/editor/document';

const words = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `kata${from + i}`).join(' ');
// The tester's article: two long paragraphs; the break goes between "kata30" and "kata31" of the second.
const OPENING = `Pembuka: ${words(1, 60)}.`;
const SECOND = `Paragraf kedua: ${words(1, 60)}.`;
const FIRST_HALF = `Paragraf kedua: ${words(1, 30)}`;
const SECOND_HALF = `${words(31, 60)}.`;

/** The body's top-level blocks: "break" for a page break, else the block's text. */
const blocks = (editor: Locator) =>
  editor
    .locator(':scope > *')
    .evaluateAll((all) =>
      all.map((each) => (each.querySelector('[role="separator"]') ? 'break' : (each.textContent ?? ''))),
    );

const firstHalf = (page: Page) => body(page).locator('p').filter({ hasText: FIRST_HALF });
const secondHalf = (page: Page) =>
  body(page)
    .locator('p')
    .filter({ hasText: /^kata31 / });

test('a page break that split a paragraph joins it again with its space, however it goes; Ctrl+Z splits it again', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Uji pemisah halaman', body: [OPENING, SECOND] });
  await openArticle(page, app, 'Uji pemisah halaman');
  const editor = body(page);
  const split = [OPENING, FIRST_HALF, 'break', SECOND_HALF];
  const joined = [OPENING, SECOND];

  // The caret between two words of the second paragraph: the split leaves no space at either end.
  await placeCaret(editor.locator('p').nth(1), SECOND.indexOf('kata31'));
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => blocks(editor)).toEqual(split);

  // Read back from the store: the break remembers the split, so all below holds for a reopened article.
  await expectSaved(page);
  await page.reload();
  await expect.poll(() => blocks(editor)).toEqual(split);

  /** Removes the break with `key` (the caret or selection put first), then undoes that in one step. */
  const joinsAndSplitsAgain = async (put: () => Promise<void>, key: 'Delete' | 'Backspace') => {
    await put();
    await page.keyboard.press(key);
    await expect.poll(() => blocks(editor)).toEqual(joined);
    // The caret stays by the seam: before the second half's words, or after the first half's.
    await page.keyboard.type('X');
    await expect(editor.locator('p').nth(1)).toContainText(/kata30( X|X )kata31/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => blocks(editor)).toEqual(joined);
    await page.keyboard.press('Control+z');
    await expect.poll(() => blocks(editor)).toEqual(split);
  };
  // Delete or Backspace on the selected break, Backspace at the start of the text after it, Delete
  // at the end of the text before it: each joins the paragraph, and one Ctrl+Z splits it again.
  await joinsAndSplitsAgain(() => pageBreaks(page).click(), 'Delete');
  await joinsAndSplitsAgain(() => pageBreaks(page).click(), 'Backspace');
  await joinsAndSplitsAgain(() => placeCaret(secondHalf(page), 'start'), 'Backspace');
  await joinsAndSplitsAgain(() => placeCaret(firstHalf(page), 'end'), 'Delete');
  // Shift+→ from the end of the first half takes the break (as a block here), and Delete joins too.
  await joinsAndSplitsAgain(async () => {
    await placeCaret(firstHalf(page), 'end');
    await page.keyboard.press('Shift+ArrowRight');
  }, 'Delete');

  // Written in since the split: still joined, and the words at the seam are not glued.
  await placeCaret(firstHalf(page), 'end');
  await page.keyboard.type(' baru');
  await pageBreaks(page).click();
  await page.keyboard.press('Delete');
  await expect.poll(() => blocks(editor)).toEqual([OPENING, `${FIRST_HALF} baru ${SECOND_HALF}`]);
  await expectSaved(page);
  const stored = documentPlainText(await storedBody(app, article.id));
  expect(stored).toContain('kata30 baru kata31');
  expect(stored).not.toMatch(/kata\d+kata/);
});

test('a page break put between paragraphs goes as before, leaving them apart', async ({ page, app }) => {
  const first = paragraphText(1, 30);
  const second = paragraphText(2, 30);
  await seedArticle(app, { headline: 'Pemisah di antara', body: [first, second] });
  await openArticle(page, app, 'Pemisah di antara');
  const editor = body(page);

  await placeCaret(para(page, 2), 'start');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => blocks(editor)).toEqual([first, 'break', second]);
  await pageBreaks(page).click();
  await page.keyboard.press('Delete');
  await expect.poll(() => blocks(editor)).toEqual([first, second]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => blocks(editor)).toEqual([first, 'break', second]);

  await placeCaret(para(page, 2), 'start');
  await page.keyboard.press('Backspace');
  await expect.poll(() => blocks(editor)).toEqual([first, second]);
});
