import type { Locator, Page } from '@playwright/test';
import type { StoredNode } from '../../shared/editor/document';
import { documentOf, paragraph, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { seedArticle } from './support/api';
import { body, expect, expectSaved, test } from './support/fixtures';
import { para, paragraphText, placeCaret, storedBody } from './support/pages';
import { holdSelectionReports } from './support/selection';
import type { WebApp } from './support/web-app';

declare global {
  interface Window {
    /** How often the body was marked to lay out every block (CaretInSightPlugin's far jumps). */
    laidOutMarks?: number;
  }
}

// A body this long is laid out only around what is in sight and the caret (BlockWindowPlugin); these
// tests go where it is not. Playwright's trace snapshots the whole DOM at every step: off, as in the
// other long-article specs.
test.use({ trace: 'off' });

const PARAGRAPHS = 2_000;
const PER_PAGE = 400;

/** 2,000 paragraphs, "Paragraf 1" to "Paragraf 2000", a page break before every 400th but the first. */
async function openLongArticle(page: Page, app: WebApp): Promise<string> {
  const blocks: StoredNode[] = [];
  for (let n = 1; n <= PARAGRAPHS; n += 1) {
    if (n > 1 && (n - 1) % PER_PAGE === 0) blocks.push(pageBreak());
    blocks.push(paragraph(text(paragraphText(n, 30))));
  }
  const { id } = await seedArticle(app, { headline: 'Artikel sangat panjang', body: documentOf(...blocks) });
  await page.goto(`${app.url}#/article/${id}`);
  await expect(para(page, 1)).toBeVisible();
  return id;
}

/** `block` holds `words` (all of it matching, if a pattern) and is on the screen. */
async function expectInSight(block: Locator, words: string | RegExp): Promise<void> {
  if (typeof words === 'string') await expect(block).toContainText(words);
  else await expect(block).toHaveText(words);
  await expect(block).toBeInViewport();
}

/** How many of the body's top-level blocks are laid out (not out of layout). */
const laidOut = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelector('.rx-body')!.children].filter(
        (block) => getComputedStyle(block).display !== 'none',
      ).length,
  );

/** The paragraph in the middle of the window (or just below it, if the middle is between two). */
const paragraphInSight = (page: Page) =>
  page.evaluate(() => {
    for (let y = innerHeight / 2; y < innerHeight / 2 + 60; y += 10) {
      const block = document.elementFromPoint(innerWidth / 2, y)?.closest('.rx-body > p');
      if (block)
        return {
          opening: block.textContent!.split(' ').slice(0, 2).join(' '),
          top: block.getBoundingClientRect().top,
        };
    }
    return null;
  });

/** The opening words of the paragraph the caret is in. */
const caretParagraph = (page: Page) =>
  page.evaluate(() => {
    const node = window.getSelection()?.focusNode;
    const element = node instanceof Element ? node : node?.parentElement;
    return element?.closest('p')?.textContent?.split(' ').slice(0, 2).join(' ') ?? null;
  });

/** The text of the body's paragraphs as stored. */
async function storedParagraphs(app: WebApp, id: string): Promise<string[]> {
  const stored = await storedBody(app, id);
  const textOf = (node: StoredNode): string => node.text ?? (node.children ?? []).map(textOf).join('');
  return stored.root.children.filter((node) => node.type === 'paragraph').map(textOf);
}

test('a very long article is laid out around what is in sight, and the scroll bar still reaches its end, where typing goes', async ({
  page,
  app,
}) => {
  const id = await openLongArticle(page, app);
  await expect.poll(() => laidOut(page)).toBeLessThan(500);
  // Every block is still in the editor: the scroll bar spans the whole article.
  const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
  expect(height).toBeGreaterThan(PARAGRAPHS * 40);

  // Dragged to the end, the scroll bar shows the last paragraphs, laid out as they come into sight.
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
  await expect(para(page, PARAGRAPHS)).toBeInViewport();
  // What is on the screen is the article's text, not the room kept for the blocks out of layout.
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight / 2));
  await expect.poll(async () => (await paragraphInSight(page))?.opening).toMatch(/^Paragraf \d+$/);
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
  await expect(para(page, PARAGRAPHS)).toBeInViewport();
  await para(page, PARAGRAPHS).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Tamat.');
  await expectInSight(para(page, PARAGRAPHS), / Tamat\.$/);
  await expect.poll(() => laidOut(page)).toBeLessThan(500);
  await expectSaved(page);
  const stored = await storedParagraphs(app, id);
  expect(stored).toHaveLength(PARAGRAPHS);
  expect(stored.at(-1)).toMatch(/^Paragraf 2000 .* Tamat\.$/);
});

test('Ctrl+End and Ctrl+Home reach the ends of a very long article, and the keys type there', async ({
  page,
  app,
}) => {
  const id = await openLongArticle(page, app);
  await para(page, 3).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Akhir.');
  await expectInSight(para(page, PARAGRAPHS), / Akhir\.$/);
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Awal. ');
  const first = body(page).locator('p').first();
  await expect(first).toHaveText(/^Awal\. Paragraf 1 /);
  await expect(first).toBeInViewport();
  await expectSaved(page);
  const stored = await storedParagraphs(app, id);
  expect(stored[0]).toMatch(/^Awal\. Paragraf 1 /);
  expect(stored.at(-1)).toMatch(/ Akhir\.$/);
});

test('Ctrl+End in a very long article shows its end even before the browser reports where the caret went', async ({
  page,
  app,
}) => {
  await openLongArticle(page, app);
  await para(page, 3).click();
  const release = await holdSelectionReports(page);
  await page.keyboard.press('Control+End');
  await expect(para(page, PARAGRAPHS)).toBeInViewport();
  await page.keyboard.type(' Akhir.');
  expect(await release()).toBeGreaterThan(0);
  await expectInSight(para(page, PARAGRAPHS), / Akhir\.$/);
});

test('line after line down a very long article, the caret stays in sight and types where it is', async ({
  page,
  app,
}) => {
  await openLongArticle(page, app);
  await para(page, 1).click();
  // Far past the blocks laid out at first (the caret's, those in sight and 80 more).
  let paragraph = '';
  for (let press = 0; press < 60; press += 1) {
    for (let line = 0; line < 8; line += 1) await page.keyboard.press('ArrowDown');
    paragraph = (await caretParagraph(page)) ?? '';
  }
  const reached = Number(paragraph.split(' ')[1]);
  expect(reached).toBeGreaterThan(150);
  await page.keyboard.type('Di sini. ');
  await expectInSight(para(page, reached), 'Di sini. ');
});

test('the whole of a very long article selected and typed over is replaced, and undo brings it all back', async ({
  page,
  app,
}) => {
  const id = await openLongArticle(page, app);
  await para(page, 2).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Baru');
  await expect(body(page).locator('p')).toHaveText(['Baru']);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(body(page).locator('p')).toHaveCount(PARAGRAPHS);
  await expect(body(page).locator('[role="separator"]')).toHaveCount(PARAGRAPHS / PER_PAGE - 1);
  await expectSaved(page);
  expect(await storedParagraphs(app, id)).toHaveLength(PARAGRAPHS);
});

test('from a paragraph to the end of a very long article, Ctrl+Shift+End and Backspace delete what no one sees', async ({
  page,
  app,
}) => {
  const id = await openLongArticle(page, app);
  await placeCaret(para(page, 5), 'start');
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.press('Backspace');
  await expect(body(page).locator('p')).toHaveCount(5);
  await expect(body(page).locator('[role="separator"]')).toHaveCount(0);
  await expectSaved(page);
  const stored = await storedParagraphs(app, id);
  expect(stored.slice(0, 4)).toEqual([1, 2, 3, 4].map((n) => paragraphText(n, 30)));
  expect(stored[4]).toBe('');
});

test('the page navigator shows the start of the last page of a very long article', async ({ page, app }) => {
  await openLongArticle(page, app);
  await para(page, 1).click();
  // Arrowed to with the list closed, the page is shown and the focus stays in the navigator; Enter goes there.
  const navigator = page.getByRole('combobox', { name: 'Pages' });
  await navigator.focus();
  for (let page = 1; page < PARAGRAPHS / PER_PAGE; page += 1) await navigator.press('ArrowDown');
  const opening = PARAGRAPHS - PER_PAGE + 1;
  await expect(para(page, opening)).toBeInViewport();
  await expect(navigator).toBeFocused();
  await navigator.press('Enter');
  await expect.poll(() => caretParagraph(page)).toBe(`Paragraf ${opening}`);
  await expect(para(page, opening)).toBeInViewport();
  await page.keyboard.type('Halaman lima. ');
  await expect(
    body(page)
      .locator('p')
      .filter({ hasText: `Paragraf ${opening} ` }),
  ).toHaveText(new RegExp(`^Halaman lima\\. Paragraf ${opening} `));
});

test('the caret left in a very long article while scrolling elsewhere is still there when the focus comes back', async ({
  page,
  app,
}) => {
  await openLongArticle(page, app);
  await placeCaret(para(page, 50), 'end');
  // The link box takes the focus; the reader scrolls to the end meanwhile; Escape comes back.
  await page.keyboard.press('Control+k');
  await expect(page.getByLabel('Link address')).toBeFocused();
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
  await expect(para(page, PARAGRAPHS)).toBeInViewport();
  await page.keyboard.press('Escape');
  await page.keyboard.type(' Kembali.');
  await expectInSight(para(page, 50), / Kembali\.$/);
});

test('undo of an edit far up a very long article shows where it was undone', async ({ page, app }) => {
  await openLongArticle(page, app);
  await placeCaret(para(page, 3), 'end');
  await page.keyboard.type(' Awal.');
  // Lexical joins typing less than a second apart into one undo step.
  await page.waitForTimeout(1_200);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Akhir.');
  await expect(para(page, PARAGRAPHS)).toBeInViewport();
  await page.waitForTimeout(1_200);
  await page.keyboard.press('Control+z');
  await expect(para(page, PARAGRAPHS)).not.toHaveText(/Akhir/);
  await page.keyboard.press('Control+z');
  await expect(para(page, 3)).not.toHaveText(/Awal/);
  await expect(para(page, 3)).toBeInViewport();
  await expect.poll(() => caretParagraph(page)).toBe('Paragraf 3');
});

test('a panel opened beside a very long article, and page breaks added all through it, leave the paragraph being read in sight', async ({
  page,
  app,
}) => {
  await openLongArticle(page, app);
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight / 2));
  await expect.poll(async () => (await paragraphInSight(page))?.opening).toMatch(/^Paragraf \d+$/);
  const n = Number((await paragraphInSight(page))!.opening.split(' ')[1]);
  await para(page, n).click();
  const top = async () => Math.round((await para(page, n).boundingBox())!.y);
  const clicked = await top();

  // Auto-split's panel takes room beside the body, whose text wraps anew: the text at the top of the
  // screen stays put, the paragraph clicked below it moves only by what its neighbours grew.
  await page.getByRole('button', { name: 'Auto-split' }).click();
  const panel = page.getByRole('dialog', { name: 'Auto-split' });
  await expect(panel.getByLabel('How many pages')).toBeVisible();
  await expect(para(page, n)).toBeInViewport();
  expect(Math.abs((await top()) - clicked)).toBeLessThan(300);
  const opened = await top();
  // Twenty pages instead of five: fifteen more breaks, most of them above or below the screen.
  await panel.getByLabel('How many pages').fill('20');
  await panel.getByRole('button', { name: 'Propose breaks' }).click();
  await panel.getByRole('button', { name: 'Accept' }).click();
  await expect(body(page).locator('[role="separator"]')).toHaveCount(19);
  await expect(para(page, n)).toBeInViewport();
  expect(Math.abs((await top()) - opened)).toBeLessThan(300);
});

test('PageDown in a very long article moves a screen at a time without laying out the whole article', async ({
  page,
  app,
}) => {
  await openLongArticle(page, app);
  await placeCaret(para(page, 10), 'start');
  // Laying out every block (what a jump to the article's end needs) would mark the body for it.
  await page.evaluate(() => {
    const root = document.querySelector('.rx-body')!;
    window.laidOutMarks = 0;
    new MutationObserver(() => {
      if (root.hasAttribute('data-laid-out')) window.laidOutMarks! += 1;
    }).observe(root, { attributes: true, attributeFilter: ['data-laid-out'] });
  });
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('PageDown');
  await page.keyboard.type('Di sini. ');
  const reached = Number(((await caretParagraph(page)) ?? '').split(' ')[1]);
  expect(reached).toBeGreaterThan(20);
  await expectInSight(para(page, reached), 'Di sini. ');
  expect(await page.evaluate(() => window.laidOutMarks)).toBe(0);
});
