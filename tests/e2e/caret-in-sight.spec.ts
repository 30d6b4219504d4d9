import type { Page } from '@playwright/test';
import { seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { paragraphText } from './support/pages';
import { nextFrame } from './support/selection';

/** How far the caret reaches under the status line (positive) and under the toolbar (positive). */
const caretCover = (page: Page) =>
  page.evaluate(() => {
    const selection = window.getSelection()!;
    const range = document.createRange();
    range.setStart(selection.focusNode!, selection.focusOffset);
    const caret = range.getClientRects()[0] ?? (selection.focusNode as Element).getBoundingClientRect();
    const foot = document.querySelector('.rx-status-line')!.getBoundingClientRect();
    const head = document.querySelector('.rx-body-head')!.getBoundingClientRect();
    return { under: caret.bottom - foot.top, over: head.bottom - caret.top };
  });

test('moving the caret line by line, up or down, keeps it clear of the status line and the toolbar', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const { id } = await seedArticle(app, {
    headline: 'Banjir di Medan',
    body: Array.from({ length: 30 }, (_, i) => paragraphText(i + 1, 60)),
  });
  await openApp(page, app, `#/article/${id}`);
  await body(page).locator('p').nth(2).click();
  for (let line = 0; line < 40; line += 1) {
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => (await caretCover(page)).under, `line ${line + 1} down`)
      .toBeLessThanOrEqual(0);
  }
  for (let line = 0; line < 40; line += 1) {
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => (await caretCover(page)).over, `line ${line + 1} up`)
      .toBeLessThanOrEqual(0);
  }
  // Ctrl+End then Enter: the new line at the very end is in sight too.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await caretCover(page)).under).toBeLessThanOrEqual(0);
});

test('in a long article Ctrl+End reaches the last word, and Ctrl+Shift+Home or Ctrl+Shift+End selects every word', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const paragraphs = Array.from({ length: 30 }, (_, i) => paragraphText(i + 1, 60));
  const { id } = await seedArticle(app, { headline: 'Banjir di Medan', body: paragraphs });
  await openApp(page, app, `#/article/${id}`);
  const selected = () => page.evaluate(() => window.getSelection()!.toString().replace(/\s+/g, ' ').trim());
  const everyWord = paragraphs.join(' ');

  await body(page).locator('p').nth(2).click();
  // The click's own work lands before the next key, as it does for a person.
  await nextFrame(page);
  await page.keyboard.press('Control+Shift+End');
  expect((await selected()).endsWith(paragraphs[29]!)).toBe(true);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Selesai.');
  await expect(body(page).locator('p').last()).toHaveText(`${paragraphs[29]} Selesai.`);
  await expect.poll(async () => (await caretCover(page)).under).toBeLessThanOrEqual(0);

  await page.keyboard.press('Control+Shift+Home');
  expect(await selected()).toBe(`${everyWord} Selesai.`);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Shift+End');
  expect(await selected()).toBe(`${everyWord} Selesai.`);
});
