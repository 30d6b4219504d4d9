import type { Page } from '@playwright/test';
import { documentOf, paragraph, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { seedArticle } from './support/api';
import { body, expect, test } from './support/fixtures';
import { indicator, openArticle, pageBreaks, para, paragraphText } from './support/pages';

/**
 * Selects page break `index` (0-based), deletes it with Backspace and, as soon as the editor has drawn
 * that, chooses page `n` in the navigator with the mouse: before the page list is measured again (the
 * tracker waits for a pause in the editing). Key and choice both in the page, so no round trip to the
 * test runner delays the jump; the navigator still lists the pages from before the deletion.
 */
async function deleteBreakAndJump(page: Page, index: number, n: number): Promise<void> {
  await pageBreaks(page).nth(index).click();
  await expect(body(page).locator('.rx-page-break-view.rx-selected')).toHaveCount(1);
  const listed = (await pageBreaks(page).count()) + 1;
  const listedAtJump = await page.evaluate(async (chosen) => {
    const editor = document.querySelector('.rx-body')!;
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, cancelable: true }));
    await new Promise((drawn) => requestAnimationFrame(drawn));
    const navigator = document.querySelector<HTMLSelectElement>('.rx-page-navigator')!;
    const options = navigator.options.length;
    navigator.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    navigator.value = String(chosen);
    navigator.dispatchEvent(new Event('change', { bubbles: true }));
    return options;
  }, n);
  // The break is gone from the body, and the navigator had not caught up when the page was chosen.
  await expect(pageBreaks(page)).toHaveCount(listed - 2);
  expect(listedAtJump).toBe(listed);
}

/** The caret at the start of "Paragraf n", and that paragraph in view. */
async function expectLandedOn(page: Page, n: number): Promise<void> {
  const caret = () =>
    page.evaluate(() => {
      const selection = document.getSelection()!;
      const node = selection.anchorNode;
      const block = (node instanceof Element ? node : node?.parentElement)?.closest('p');
      return {
        opening: block?.textContent?.split(' ').slice(0, 2).join(' '),
        offset: selection.anchorOffset,
      };
    });
  await expect.poll(caret).toEqual({ opening: `Paragraf ${n}`, offset: 0 });
  await expect(para(page, n)).toBeInViewport();
}

test('the navigator goes to the page the body has now, a break deleted a moment before', async ({
  page,
  app,
}) => {
  // Four pages of eight paragraphs: Paragraf 1, 9, 17 and 25 open them.
  const pages = Array.from({ length: 4 }, (_, p) =>
    Array.from({ length: 8 }, (_, i) => paragraph(text(paragraphText(p * 8 + i + 1, 60)))),
  );
  await seedArticle(app, {
    headline: 'Lompat halaman',
    body: documentOf(...pages.flatMap((blocks, p) => (p === 0 ? blocks : [pageBreak(), ...blocks]))),
  });
  await openArticle(page, app, 'Lompat halaman');
  const navigator = page.getByRole('combobox', { name: 'Pages' });
  await expect(navigator.locator('option')).toHaveCount(4);

  // The break opening page 2 goes: page 2 is now what was page 3, opened by Paragraf 17.
  await deleteBreakAndJump(page, 0, 2);
  await expectLandedOn(page, 17);
  await expect(indicator(page)).toHaveText('Page 2 of 3');
  await expect(body(page)).toBeFocused();

  // The last break goes and page 3, still listed a moment, is chosen: the last page is shown instead.
  await expect(navigator.locator('option')).toHaveCount(3);
  await deleteBreakAndJump(page, 1, 3);
  await expectLandedOn(page, 17);
  await expect(indicator(page)).toHaveText('Page 2 of 2');
});
