import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { caretAfter } from './support/selection';
import { documentOf, paragraph, text } from '../unit/support/documents';

const menu = (page: Page) => page.getByRole('listbox', { name: 'Insert' });

/** The choice the body names to a screen reader (its aria-activedescendant), or why there is none. */
const namedChoice = (page: Page) =>
  body(page).evaluate((root) => {
    const id = root.getAttribute('aria-activedescendant');
    if (id === null) return '(none)';
    const option = document.getElementById(id);
    return option?.getAttribute('role') === 'option' ? (option.textContent ?? '') : `(missing: ${id})`;
  });

test('the insert menu names to screen readers the choice that is highlighted, after arrows, typing and a pointer', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', { headline: 'Menu dan pembaca layar' });
  await callApi(app, 'articles.save', { ...created, body: documentOf(paragraph(text('Paragraf satu.'))) });
  await openApp(page, app, `#/article/${created.id}`);
  await caretAfter(page, 'Paragraf satu.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  const highlighted = menu(page).locator('[role="option"][aria-selected="true"]');
  await expect(highlighted).toHaveText('Heading');
  await expect.poll(() => namedChoice(page)).toBe('Heading');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(highlighted).toHaveText('Bulleted list');
  await expect.poll(() => namedChoice(page)).toBe('Bulleted list');

  // Typing narrows the list and highlights its first choice: the body names that one, not the fourth
  // of the longer list (gone from this one).
  await page.keyboard.type('li');
  await expect(menu(page).getByRole('option')).toHaveText([
    'Bulleted list',
    'Numbered list',
    'Insert related link',
  ]);
  await expect(highlighted).toHaveText('Bulleted list');
  await expect.poll(() => namedChoice(page)).toBe('Bulleted list');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => namedChoice(page)).toBe('Numbered list');
  await page.keyboard.type('s');
  await expect(menu(page).getByRole('option')).toHaveText(['Bulleted list', 'Numbered list']);
  await expect(highlighted).toHaveText('Bulleted list');
  await expect.poll(() => namedChoice(page)).toBe('Bulleted list');

  // A pointer on a choice highlights it, and the body names it too.
  await menu(page).getByRole('option', { name: 'Numbered list' }).hover();
  await expect(highlighted).toHaveText('Numbered list');
  await expect.poll(() => namedChoice(page)).toBe('Numbered list');

  // Enter inserts the choice named.
  await page.keyboard.press('Enter');
  await expect(menu(page)).toHaveCount(0);
  await expect(body(page).locator('ol')).toHaveCount(1);
  await expect.poll(() => namedChoice(page)).toBe('(none)');
});
