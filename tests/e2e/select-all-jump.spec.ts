import type { Locator, Page } from '@playwright/test';
import { seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { holdSelectionReports, nextFrame } from './support/selection';
import type { WebApp } from './support/web-app';

/** Opens an article of two paragraphs with the caret in the first; returns its paragraphs. */
async function openTwoParagraphs(page: Page, app: WebApp): Promise<Locator> {
  const { id } = await seedArticle(app, { headline: 'Banjir', body: ['Paragraf satu.', 'Paragraf dua.'] });
  await openApp(page, app, `#/article/${id}`);
  const paragraphs = body(page).locator('p');
  await paragraphs.first().click();
  await nextFrame(page);
  return paragraphs;
}

test('after Ctrl+A, Ctrl+End reaches the end of the last paragraph and Ctrl+Home the start of the first', async ({
  page,
  app,
}) => {
  const paragraphs = await openTwoParagraphs(page, app);

  // Copy the whole story, then carry on writing at its end.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Paragraf tiga.');
  await expect(paragraphs).toHaveText(['Paragraf satu.', 'Paragraf dua.', 'Paragraf tiga.']);

  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Awal. ');
  await expect(paragraphs).toHaveText(['Awal. Paragraf satu.', 'Paragraf dua.', 'Paragraf tiga.']);

  // Shift still extends from where the selection began: the whole story from the start to the end.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Shift+End');
  expect(await page.evaluate(() => window.getSelection()!.toString().replace(/\n+/g, '|'))).toBe(
    'Awal. Paragraf satu.|Paragraf dua.|Paragraf tiga.',
  );
});

// The browser reports a caret it moved in a task of its own, and a busy page runs the next key first.
// Holding the reports makes every key here come before them, as the keys of a quick hand on a busy
// machine do: the editor must not act on the caret as it was before the move.
test('keys typed before the browser reports the moved caret act where the caret went', async ({
  page,
  app,
}) => {
  const paragraphs = await openTwoParagraphs(page, app);

  // Ctrl+A, Ctrl+End, Enter: a new line at the end, not the whole story replaced by one.
  let release = await holdSelectionReports(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Paragraf tiga.');
  expect(await release()).toBeGreaterThan(0);
  await expect(paragraphs).toHaveText(['Paragraf satu.', 'Paragraf dua.', 'Paragraf tiga.']);

  // Shift+Home, Backspace: the line's words go, not one letter.
  release = await holdSelectionReports(page);
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  expect(await release()).toBeGreaterThan(0);
  await expect(paragraphs).toHaveText(['Paragraf satu.', 'Paragraf dua.', '']);

  // Ctrl+Home, Ctrl+Shift+Right, Ctrl+B: the first word goes bold, not nothing.
  release = await holdSelectionReports(page);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+b');
  expect(await release()).toBeGreaterThan(0);
  await expect(paragraphs.first().locator('strong')).toHaveText(/^Paragraf\s?$/);

  // Down to the second line, its whole text selected, Ctrl+K: the link goes on it, not in as text.
  release = await holdSelectionReports(page);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  expect(await release()).toBeGreaterThan(0);
  const linkBox = page.getByRole('dialog', { name: 'Link' });
  await linkBox.getByLabel('Link address').fill('antaranews.com');
  await linkBox.getByRole('button', { name: 'Apply' }).click();
  await expect(paragraphs.nth(1).locator('a')).toHaveText('Paragraf dua.');
  await expect(paragraphs).toHaveText(['Paragraf satu.', 'Paragraf dua.', '']);
});
