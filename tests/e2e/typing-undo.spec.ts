import type { Page } from '@playwright/test';
import { documentOf, paragraph, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { article } from './support/sources';
import { caretAfter, selectText } from './support/selection';
import { body, expect, openApp, test } from './support/fixtures';
import type { WebApp } from './support/web-app';

/** The body's top-level blocks: a paragraph's words, or "—" for a page break. */
const blocks = (page: Page) =>
  body(page)
    .locator(':scope > *')
    .evaluateAll((nodes) => nodes.map((node) => (node.tagName === 'P' ? (node.textContent ?? '') : '—')));

async function openTwoPages(page: Page, app: WebApp): Promise<void> {
  const id = await article(
    app,
    'Jeda',
    documentOf(
      paragraph(text('Paragraf satu warga banjir.')),
      pageBreak(),
      paragraph(text('Paragraf dua petugas sungai.')),
      paragraph(text('Paragraf tiga.')),
    ),
  );
  await openApp(page, app, `#/article/${id}`);
  await expect(body(page).getByRole('separator')).toHaveCount(1);
}

const ORIGINAL = ['Paragraf satu warga banjir.', '—', 'Paragraf dua petugas sungai.', 'Paragraf tiga.'];

test('words typed over a selection across a page break are one undo step with what they replaced', async ({
  page,
  app,
}) => {
  await openTwoPages(page, app);
  await selectText(page, 'warga', 'petugas');
  await page.keyboard.type('Xyz');
  await expect.poll(() => blocks(page)).toEqual(['Paragraf satu Xyz sungai.', 'Paragraf tiga.']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => blocks(page)).toEqual(ORIGINAL);
  // Redo puts back the typing whole.
  await page.keyboard.press('Control+y');
  await expect.poll(() => blocks(page)).toEqual(['Paragraf satu Xyz sungai.', 'Paragraf tiga.']);
});

test('typing over words within a paragraph is one step too; typing somewhere else after it is the next', async ({
  page,
  app,
}) => {
  await openTwoPages(page, app);
  await selectText(page, 'petugas');
  await page.keyboard.type('relawan');
  await expect.poll(() => blocks(page)).toContain('Paragraf dua relawan sungai.');
  await caretAfter(page, 'tiga');
  await page.keyboard.type(' juga');
  await expect.poll(() => blocks(page)).toContain('Paragraf tiga juga.');
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => blocks(page))
    .toEqual([...ORIGINAL.slice(0, 2), 'Paragraf dua relawan sungai.', 'Paragraf tiga.']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => blocks(page)).toEqual(ORIGINAL);
});

test('letters typed after a pause are a step of their own', async ({ page, app }) => {
  await openTwoPages(page, app);
  await selectText(page, 'petugas');
  await page.keyboard.type('X');
  await expect.poll(() => blocks(page)).toContain('Paragraf dua X sungai.');
  // Longer than the history joins letters typed one after another.
  await page.waitForTimeout(1_500);
  await page.keyboard.type('yz');
  await expect.poll(() => blocks(page)).toContain('Paragraf dua Xyz sungai.');
  await page.keyboard.press('Control+z');
  await expect.poll(() => blocks(page)).toContain('Paragraf dua X sungai.');
  await page.keyboard.press('Control+z');
  await expect.poll(() => blocks(page)).toEqual(ORIGINAL);
});
