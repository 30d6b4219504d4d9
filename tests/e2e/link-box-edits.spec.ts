import type { Page } from '@playwright/test';
import { documentOf, paragraph, photoBlock, text } from '../unit/support/documents';
import { pageBreak, relatedArticle } from '../unit/support/export-fixture';
import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { alert, storedTextsOf } from './support/pages';
import { caretAfter, caretBefore, selectText } from './support/selection';

/**
 * The link box links the words selected when it opened. The body can be written in meanwhile; when
 * those words themselves change, the box closes and says so instead of linking the letters now there.
 */

const CHANGED =
  'The selected words changed while the link box was open, so nothing was linked: select them again and press Link (Ctrl+K).';

const linkBox = (page: Page) => page.getByRole('dialog', { name: 'Link' });
const linkButton = (page: Page) =>
  page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Link', exact: true });

test('the link box links the words it opened on after the body was written in elsewhere, and before them', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, {
    headline: 'Tautan sambil menulis',
    body: ['Baca laporan lengkap di situs resmi.', 'Paragraf kedua tentang banjir.'],
  });
  const watch = await openApp(page, app, `#/article/${seeded.id}`);
  await selectText(page, 'laporan lengkap');
  await linkButton(page).click();
  await linkBox(page).getByLabel('Link address').fill('kompas.id/baca/laporan');

  // Back in the body: another paragraph, then the same one before the words, are written in.
  await caretAfter(page, 'banjir');
  await page.keyboard.type(' besar');
  await caretBefore(page, 'Baca');
  await page.keyboard.type('Kemarin: ');
  await expect(body(page).locator('p').first()).toHaveText('Kemarin: Baca laporan lengkap di situs resmi.');
  await expect(linkBox(page)).toBeVisible();

  await linkBox(page).getByRole('button', { name: 'Apply' }).click();
  await expect(linkBox(page)).toBeHidden();
  await expect(body(page).locator('a')).toHaveText('laporan lengkap');
  await expect(body(page).locator('a')).toHaveAttribute('href', 'https://kompas.id/baca/laporan');
  await expect(alert(page)).toHaveCount(0);
  await expectSaved(page);
  expect(await storedTextsOf(app, seeded.id, 'link')).toEqual(['laporan lengkap']);
  await expect(body(page).locator('p').last()).toHaveText('Paragraf kedua tentang banjir besar.');
  expect(watch.problems).toEqual([]);
});

test('the link box closes and says why when the selected words are typed over, and links nothing', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, {
    headline: 'Tautan pada kata yang diubah',
    body: ['Baca laporan lengkap di situs resmi.', 'Paragraf kedua tentang banjir.'],
  });
  const watch = await openApp(page, app, `#/article/${seeded.id}`);
  await selectText(page, 'laporan lengkap');
  await page.keyboard.press('Control+k');
  await linkBox(page).getByLabel('Link address').fill('kompas.id/baca/laporan');

  await selectText(page, 'lengkap');
  await page.keyboard.type('singkat');
  await expect(linkBox(page)).toBeHidden();
  await expect(alert(page)).toContainText(CHANGED);
  // The caret stays where the writing goes on.
  await page.keyboard.type(' sekali');
  await expect(body(page).locator('p').first()).toHaveText('Baca laporan singkat sekali di situs resmi.');
  await expect(body(page).locator('a')).toHaveCount(0);
  await expectSaved(page);
  expect(await storedTextsOf(app, seeded.id, 'link')).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test('the link box closes and says why when an undo takes the selected words back, and links nothing', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, {
    headline: 'Tautan lalu urungkan',
    body: ['Baca laporan di situs resmi.', 'Paragraf kedua tentang banjir.'],
  });
  const watch = await openApp(page, app, `#/article/${seeded.id}`);
  await caretAfter(page, 'laporan');
  await page.keyboard.type(' lengkap');
  await selectText(page, 'laporan lengkap');
  await linkButton(page).click();
  await linkBox(page).getByLabel('Link address').fill('kompas.id/baca/laporan');

  await caretAfter(page, 'banjir');
  await page.keyboard.press('Control+z');
  await expect(body(page).locator('p').first()).toHaveText('Baca laporan di situs resmi.');
  await expect(linkBox(page)).toBeHidden();
  await expect(alert(page)).toContainText(CHANGED);
  await expect(body(page).locator('a')).toHaveCount(0);
  await expectSaved(page);
  expect(await storedTextsOf(app, seeded.id, 'link')).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test('Link on words selected across a photo, a page break or a related link says why, and links nothing', async ({
  page,
  app,
}) => {
  const other = await seedArticle(app, { headline: 'Artikel lain', body: ['Isi lain.'] });
  const seeded = await seedArticle(app, {
    headline: 'Tautan melintas',
    body: documentOf(
      paragraph(text('Satu alpha beta gamma.')),
      paragraph(text('Dua delta epsilon.')),
      photoBlock('0b6f3c4e-2a51-4a8e-9a57-2f1c3d4e5f60'),
      paragraph(text('Tiga zeta eta.')),
      pageBreak(),
      paragraph(text('Empat theta iota.')),
      relatedArticle(other.id, 'Artikel lain'),
      paragraph(text('Lima kappa lambda.')),
    ),
  });
  await openApp(page, app, `#/article/${seeded.id}`);
  const before = JSON.stringify((await callApi(app, 'articles.get', { id: seeded.id })).body);
  for (const [from, to] of [
    ['epsilon', 'zeta'],
    ['eta', 'theta'],
    ['iota', 'kappa'],
  ] as const) {
    await selectText(page, from, to);
    await page.keyboard.press('Control+k');
    await expect(alert(page)).toContainText(
      'A link goes on words in the text: the selection runs across a page break, photo or related link. Select the words on one side of it.',
    );
    await expect(linkBox(page)).toHaveCount(0);
  }
  await expect(body(page).locator('a')).toHaveCount(0);
  await expect(body(page).getByRole('separator')).toHaveCount(1);
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  expect(JSON.stringify((await callApi(app, 'articles.get', { id: seeded.id })).body)).toBe(before);
});

test('the link box refuses an address naming a user or password, saying why, and links nothing', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, {
    headline: 'Tautan dengan kata sandi',
    body: ['Baca laporan lengkap di arsip.'],
  });
  const watch = await openApp(page, app, `#/article/${seeded.id}`);
  await selectText(page, 'laporan lengkap');
  await linkButton(page).click();
  const address = linkBox(page).getByLabel('Link address');
  for (const typed of ['https://user:rahasia@arsip.example/berita', 'http://editor@arsip.example/']) {
    await address.fill(typed);
    await linkBox(page).getByRole('button', { name: 'Apply' }).click();
    await expect(linkBox(page).getByRole('alert')).toHaveText(
      'Leave out the user name and password (the part before @): every reader of the article would see them.',
    );
    await expect(address).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(body(page).locator('a')).toHaveCount(0);
  // Without them, the same address links the words.
  await address.fill('https://arsip.example/berita');
  await linkBox(page).getByRole('button', { name: 'Apply' }).click();
  await expect(linkBox(page)).toBeHidden();
  await expect(body(page).locator('a')).toHaveAttribute('href', 'https://arsip.example/berita');
  await expectSaved(page);
  expect(await storedTextsOf(app, seeded.id, 'link')).toEqual(['laporan lengkap']);
  expect(watch.problems).toEqual([]);
});
