import { seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { holdSelectionReports, nextFrame, selectText } from './support/selection';

test('the formatting toolbar is one Tab stop: arrows, Home and End move along it, and Tab goes on to the body', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Papan ketik', body: ['Paragraf satu.'] });
  await openApp(page, app, `#/article/${article.id}`);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

  // Shift+Tab from the body lands on the toolbar (one stop), on its first button that can act.
  await body(page).click();
  // Which buttons can act follows the caret the click placed: it is read first, as it is between a
  // person's click and their next key (a key before it is the next test's case).
  await nextFrame(page);
  await page.keyboard.press('Shift+Tab');
  const first = await focusedLabel();
  expect(await toolbar.evaluate((bar) => bar.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('ArrowRight');
  const second = await focusedLabel();
  expect(second).not.toBe(first);
  await page.keyboard.press('End');
  const last = await focusedLabel();
  await page.keyboard.press('ArrowRight');
  expect(await focusedLabel()).toBe(first); // round to the start
  await page.keyboard.press('ArrowLeft');
  expect(await focusedLabel()).toBe(last);
  await page.keyboard.press('Home');
  expect(await focusedLabel()).toBe(first);
  await page.keyboard.press('ArrowRight');

  // Tab leaves the toolbar at once for the body; Shift+Tab comes back to the button used last.
  await page.keyboard.press('Tab');
  await expect(body(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedLabel()).toBe(second);
  // Exactly one of its buttons is in the Tab order.
  expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
});

test('Shift+Tab pressed before the browser reports where a click put the caret leaves the focus on the toolbar, and Tab comes back to that caret', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Papan ketik', body: ['Paragraf satu.'] });
  await openApp(page, app, `#/article/${article.id}`);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });

  const release = await holdSelectionReports(page);
  await body(page)
    .locator('p')
    .click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Shift+Tab');
  expect(await release()).toBeGreaterThan(0);
  // The editor has read the report (it reads it at once): the focus stayed where the key put it.
  expect(await toolbar.evaluate((bar) => bar.contains(document.activeElement))).toBe(true);

  // The caret the click placed is the editor's: Tab goes back to it, and the words go there.
  await page.keyboard.press('Tab');
  await expect(body(page)).toBeFocused();
  await page.keyboard.type('Awal. ');
  await expect(body(page).locator('p')).toHaveText('Awal. Paragraf satu.');
});

test('Ctrl+K or Ctrl+Alt+S pressed again while its box is open (the focus gone elsewhere) gives the box the focus, never the words', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, {
    headline: 'Kotak terbuka',
    body: ['Paragraf satu tentang banjir.', 'Paragraf dua tentang hujan.'],
  });
  await openApp(page, app, `#/article/${article.id}`);
  await selectText(page, 'tentang banjir');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog', { name: 'Link' });
  await expect(box.getByRole('textbox')).toBeFocused();
  // No link in the selection: nothing to remove.
  await expect(box.getByRole('button', { name: 'Remove link' })).toHaveCount(0);
  await selectText(page, 'tentang hujan');
  await page.keyboard.press('Control+k');
  await expect(box.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('example.com');
  await expect(body(page)).toContainText('Paragraf dua tentang hujan.');
  await page.keyboard.press('Escape');

  await selectText(page, 'tentang banjir');
  await page.keyboard.press('Control+Alt+KeyS');
  const picker = page.getByRole('dialog', { name: 'Tag source' });
  await expect(picker.getByRole('combobox', { name: 'Find a source' })).toBeFocused();
  await selectText(page, 'tentang hujan');
  await page.keyboard.press('Control+Alt+KeyS');
  await expect(picker.getByRole('combobox', { name: 'Find a source' })).toBeFocused();
  await page.keyboard.type('Joko');
  await expect(body(page)).toContainText('Paragraf dua tentang hujan.');
  await expect(body(page)).toContainText('Paragraf satu tentang banjir.');
});
