import type { Page } from '@playwright/test';
import { seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { paragraphText, placeCaret } from './support/pages';

const menu = (page: Page) => page.getByRole('listbox', { name: 'Insert' });

/** How far the menu is inside the text's band (the window between the sticky bars): all ≥ 0 when whole. */
const menuClearance = (page: Page) =>
  page.evaluate(() => {
    const sticky = (selector: string) => {
      const element = document.querySelector(selector);
      return element && getComputedStyle(element).position === 'sticky'
        ? element.getBoundingClientRect()
        : null;
    };
    const box = document.querySelector('.rx-insert-menu')!.getBoundingClientRect();
    return {
      top: Math.round(box.top - (sticky('.rx-body-head')?.bottom ?? 0)),
      bottom: Math.round((sticky('.rx-status-line')?.top ?? window.innerHeight) - box.bottom),
      left: Math.round(box.left),
      right: Math.round(document.documentElement.clientWidth - box.right),
    };
  });

/** Scrolls the window so the caret's empty paragraph sits just under the toolbar or just over the status line. */
const paragraphAt = (page: Page, where: 'top' | 'bottom') =>
  page.evaluate((where) => {
    const node = window.getSelection()!.focusNode!;
    const line = (node instanceof Element ? node : node.parentElement!).getBoundingClientRect();
    const head = document.querySelector('.rx-body-head')!.getBoundingClientRect();
    const foot = document.querySelector('.rx-status-line')!.getBoundingClientRect();
    window.scrollBy(0, where === 'top' ? line.top - head.bottom - 6 : line.bottom - foot.top + 6);
  }, where);

for (const size of [
  { width: 320, height: 256 },
  { width: 1024, height: 700 },
]) {
  test(`at ${size.width} × ${size.height} the insert menu opens wholly in sight, under or over the caret, and its last choice can be reached`, async ({
    page,
    app,
  }) => {
    await page.setViewportSize(size);
    const { id } = await seedArticle(app, {
      headline: 'Banjir di Medan',
      body: Array.from({ length: 12 }, (_, i) => paragraphText(i + 1, 40)),
    });
    await openApp(page, app, `#/article/${id}`);
    await placeCaret(body(page).locator('p').nth(6), 'end');
    await page.keyboard.press('Enter');
    // The pointer is out of the way: a menu opened under it would highlight what it points at.
    await page.mouse.move(0, 0);

    for (const where of ['bottom', 'top'] as const) {
      await paragraphAt(page, where);
      await page.keyboard.type('/');
      await expect(menu(page).getByRole('option')).toHaveCount(8);
      // Each side's room (toolbar, status line, window's left and right): none negative.
      await expect
        .poll(async () => Math.min(...Object.values(await menuClearance(page))), `caret at the ${where}`)
        .toBeGreaterThanOrEqual(0);
      // The menu does not cover the "/" it was opened for.
      const slash = await body(page).locator('p').nth(7).boundingBox();
      const list = (await page.locator('.rx-insert-menu').boundingBox())!;
      expect(
        slash!.y + slash!.height <= list.y || list.y + list.height <= slash!.y,
        `${where}: "/" covered`,
      ).toBe(true);
      // Up from the first choice highlights the last, scrolled into the menu's sight.
      await page.keyboard.press('ArrowUp');
      const last = menu(page).getByRole('option').last();
      await expect(last).toHaveAttribute('aria-selected', 'true');
      const option = (await last.boundingBox())!;
      const shown = (await page.locator('.rx-insert-menu').boundingBox())!;
      expect(option.y).toBeGreaterThanOrEqual(shown.y - 1);
      expect(option.y + option.height).toBeLessThanOrEqual(shown.y + shown.height + 1);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Backspace');
      await expect(menu(page)).toHaveCount(0);
    }
  });
}
