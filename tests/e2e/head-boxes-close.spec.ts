import type { Page } from '@playwright/test';
import { callApi, seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { alert } from './support/pages';
import { caretAfter, selectText } from './support/selection';
import { picker } from './support/sources';

/**
 * The link box and the Tag source picker stay open while the writer goes back to the text (their words
 * are followed meanwhile); Escape there closes the open one, the text's selection as it was, and
 * opening one closes the other: they never stack.
 */

const linkBox = (page: Page) => page.getByRole('dialog', { name: 'Link' });
const formatting = (page: Page) => page.getByRole('toolbar', { name: 'Formatting' });
const BODY = ['Baca laporan lengkap di situs resmi.', 'Paragraf kedua tentang banjir.'];

test('Escape in the text closes the link box or the Tag source picker, and keeps the text’s selection', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, { headline: 'Kotak dan Escape', body: BODY });
  const watch = await openApp(page, app, `#/article/${seeded.id}`);

  await selectText(page, 'laporan lengkap');
  await formatting(page).getByRole('button', { name: 'Link', exact: true }).click();
  await expect(linkBox(page).getByLabel('Link address')).toBeFocused();
  // Back in the text: the box stays, and the insert menu's Escape is the menu's alone.
  await caretAfter(page, 'banjir.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await expect(page.getByRole('listbox', { name: 'Insert' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Insert' })).toHaveCount(0);
  await expect(linkBox(page)).toBeVisible();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  // Escape in the text now closes the box; the words selected there stay selected, the focus in the text.
  await selectText(page, 'situs');
  await page.keyboard.press('Escape');
  await expect(linkBox(page)).toHaveCount(0);
  await expect(body(page)).toBeFocused();
  await page.keyboard.type('laman');
  await expect(body(page).locator('p').first()).toHaveText('Baca laporan lengkap di laman resmi.');
  await expect(body(page).locator('a')).toHaveCount(0);

  // The same for the Tag source picker.
  await selectText(page, 'Paragraf kedua');
  await formatting(page).getByRole('button', { name: 'Tag source' }).click();
  await expect(picker(page).getByRole('combobox', { name: 'Find a source' })).toBeFocused();
  await selectText(page, 'banjir');
  await page.keyboard.press('Escape');
  await expect(picker(page)).toHaveCount(0);
  await expect(body(page)).toBeFocused();
  await page.keyboard.type('hujan');
  await expect(body(page).locator('p').nth(1)).toHaveText('Paragraf kedua tentang hujan.');
  await expect(body(page).locator('span.rx-source')).toHaveCount(0);
  await expect(alert(page)).toHaveCount(0);
  expect(watch.problems).toEqual([]);
});

test('opening the link box closes the Tag source picker, and the other way round: one box at a time', async ({
  page,
  app,
}) => {
  await callApi(app, 'sources.create', { name: 'John Kirby', kind: 'person', role: 'Juru bicara' });
  const seeded = await seedArticle(app, { headline: 'Satu kotak', body: BODY });
  await openApp(page, app, `#/article/${seeded.id}`);

  await selectText(page, 'laporan lengkap');
  await formatting(page).getByRole('button', { name: 'Link', exact: true }).click();
  await expect(linkBox(page)).toBeVisible();
  await selectText(page, 'Paragraf kedua');
  await page.keyboard.press('Control+Alt+s');
  await expect(picker(page).getByRole('combobox', { name: 'Find a source' })).toBeFocused();
  await expect(linkBox(page)).toHaveCount(0);
  // The picker tags the words it opened on.
  await picker(page).getByRole('combobox', { name: 'Find a source' }).fill('Kirby');
  await expect(picker(page).getByRole('option').first()).toContainText('John Kirby');

  await selectText(page, 'situs resmi');
  await page.keyboard.press('Control+k');
  await expect(linkBox(page).getByLabel('Link address')).toBeFocused();
  await expect(picker(page)).toHaveCount(0);
  await page.keyboard.type('kompas.id');
  await page.keyboard.press('Enter');
  await expect(linkBox(page)).toHaveCount(0);
  await expect(body(page).locator('a')).toHaveText('situs resmi');
  await expect(body(page).locator('span.rx-source')).toHaveCount(0);
  await expect(alert(page)).toHaveCount(0);
});
