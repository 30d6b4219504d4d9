import type { Page } from '@playwright/test';
import { seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { paragraphText } from './support/pages';
import type { WebApp } from './support/web-app';
import { nextFrame } from './support/selection';
import { pastePlain } from './support/paste';

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

/** A 30-paragraph article open in a 1024 × 700 window, more than a screen long; returns its paragraphs. */
async function openLongArticle(page: Page, app: WebApp): Promise<string[]> {
  await page.setViewportSize({ width: 1024, height: 700 });
  const paragraphs = Array.from({ length: 30 }, (_, i) => paragraphText(i + 1, 60));
  const { id } = await seedArticle(app, { headline: 'Banjir di Medan', body: paragraphs });
  await openApp(page, app, `#/article/${id}`);
  return paragraphs;
}

test('moving the caret line by line, up or down, keeps it clear of the status line and the toolbar', async ({
  page,
  app,
}) => {
  await openLongArticle(page, app);
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

test('Ctrl+End and Enter handled in one frame (a busy page, a fast hand) leave the new line in sight', async ({
  page,
  app,
}) => {
  const paragraphs = await openLongArticle(page, app);
  await body(page).locator('p').nth(2).click();
  await nextFrame(page);
  // The page is busy while both keys arrive, so they are handled one after the other in one frame:
  // sent without waiting for each to be handled (Playwright's keyboard waits, so it never does this).
  await page.evaluate(() => {
    setTimeout(() => {
      const end = performance.now() + 300;
      while (performance.now() < end);
    });
  });
  const cdp = await page.context().newCDPSession(page);
  const key = (params: Record<string, unknown>) => cdp.send('Input.dispatchKeyEvent', params as never);
  const end = { key: 'End', code: 'End', windowsVirtualKeyCode: 35, modifiers: 2 };
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  await Promise.all([
    key({ type: 'rawKeyDown', key: 'Control', code: 'ControlLeft', windowsVirtualKeyCode: 17, modifiers: 2 }),
    key({ type: 'rawKeyDown', ...end }),
    key({ type: 'keyUp', ...end }),
    key({ type: 'keyUp', key: 'Control', code: 'ControlLeft', windowsVirtualKeyCode: 17 }),
    key({ type: 'keyDown', ...enter, text: '\r', unmodifiedText: '\r' }),
    key({ type: 'keyUp', ...enter }),
  ]);
  await expect(body(page).locator('p')).toHaveCount(31);
  await expect(body(page).locator('p').nth(29)).toHaveText(paragraphs[29]!);
  await expect.poll(async () => (await caretCover(page)).under).toBeLessThanOrEqual(0);
});

test('in a long article Ctrl+End reaches the last word, and Ctrl+Shift+Home or Ctrl+Shift+End selects every word', async ({
  page,
  app,
}) => {
  const paragraphs = await openLongArticle(page, app);
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

test('a page notice at the foot of the window never covers the line being written', async ({ page, app }) => {
  await openLongArticle(page, app);
  const notice = page.locator('.rx-page-notice');
  /**
   * How far the caret's line reaches under the notice (positive: covered). Writing on after the
   * notice has had its time to be read takes it away, and then nothing covers the line (-1).
   */
  const underNotice = () =>
    page.evaluate(() => {
      const shown = document.querySelector('.rx-page-notice');
      if (!shown) return -1;
      const selection = window.getSelection()!;
      const range = document.createRange();
      range.setStart(selection.focusNode!, selection.focusOffset);
      const caret = range.getClientRects()[0] ?? (selection.focusNode as Element).getBoundingClientRect();
      return caret.bottom - shown.getBoundingClientRect().top;
    });

  // At the very end of the article: a break there is refused, and the notice shows over the last lines.
  await body(page).locator('p').nth(2).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+Enter');
  await expect(notice).toContainText('the last page would be empty');
  await expect.poll(underNotice).toBeLessThanOrEqual(0);
  // Writing on, line after line, while the notice stays.
  for (let line = 0; line < 3; line += 1) {
    await page.keyboard.press('Enter');
    await page.keyboard.type('Baris baru.');
    await expect.poll(underNotice, `line ${line + 1}`).toBeLessThanOrEqual(0);
  }
  // Mid-article, moving down to the foot of the window (moving the caret leaves the notice shown).
  await body(page).locator('p').nth(2).click();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Control+Enter');
  await expect(notice).toBeVisible();
  for (let line = 0; line < 25; line += 1) {
    await page.keyboard.press('ArrowDown');
    await expect.poll(underNotice, `line ${line + 1} down`).toBeLessThanOrEqual(0);
  }
});

test('several paragraphs pasted at the end, and an undo far from where the caret was, leave the line being written in sight', async ({
  page,
  app,
}) => {
  await openLongArticle(page, app);
  await body(page).locator('p').nth(2).click();
  await page.keyboard.press('Control+End');
  await expect.poll(async () => (await caretCover(page)).under).toBeLessThanOrEqual(0);
  await pastePlain(body(page), Array.from({ length: 8 }, (_, i) => `Tempel paragraf ${i + 1}.`).join('\n\n'));
  await expect(body(page).locator('p').last()).toHaveText('Tempel paragraf 8.');
  await expect.poll(async () => (await caretCover(page)).under).toBeLessThanOrEqual(0);

  // Written at the end, then Ctrl+Home: Ctrl+Z takes the typing back where it was, in sight.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Akhir tulisan');
  await page.keyboard.press('Control+Home');
  await expect.poll(async () => (await caretCover(page)).over).toBeLessThanOrEqual(0);
  await page.keyboard.press('Control+z');
  await expect(body(page).getByText('Akhir tulisan')).toHaveCount(0);
  await expect.poll(async () => (await caretCover(page)).under).toBeLessThanOrEqual(0);
});
