import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { importPhoto } from './support/sources';
import type { WebApp } from './support/web-app';
import { documentOf, paragraph, text } from '../unit/support/documents';

const details = (page: Page) => page.getByRole('form', { name: 'Photo details' });
const PLACED = { caption: 'KOSMODROM: Landasan peluncuran.', credit: 'AFP', altText: 'Landasan roket' };

/** A photo captioned on the desk with PLACED, and an article placing it with `words`; returns the article. */
async function articlePlacing(app: WebApp, words: typeof PLACED) {
  const photoId = await importPhoto(app);
  await callApi(app, 'photos.update', { id: photoId, ...PLACED });
  const created = await callApi(app, 'articles.create', { headline: 'Peluncuran roket' });
  await callApi(app, 'articles.save', {
    ...created,
    body: documentOf(paragraph(text('Isi berita.')), { type: 'photo', version: 1, photoId, ...words }),
  });
  return created;
}

test('a credit corrected on the photo desk goes into the articles that placed the photo, after asking', async ({
  page,
  app,
}) => {
  const created = await articlePlacing(app, PLACED);
  const watch = await openApp(page, app, `#/photos`);
  await page.getByRole('listbox', { name: 'Photos' }).getByRole('option').first().click();
  const usedIn = details(page).getByRole('region', { name: 'Used in' });
  await expect(usedIn.getByRole('listitem')).toHaveText(['Peluncuran roket']);
  await expect(usedIn.getByRole('button', { name: /^Use these words/ })).toHaveCount(0);

  // The desk corrects the credit: the article's text still shows the old one, and the desk says so.
  await details(page).getByLabel('Credit').fill('VLADIMIR SMIRNOV/AFP');
  await details(page).getByLabel('Credit').press('Tab');
  await expect(usedIn.getByRole('listitem')).toHaveText([
    'Peluncuran roket · its own caption, credit or alt text',
  ]);
  const use = usedIn.getByRole('button', { name: 'Use these words in 1 article' });
  await use.click();
  // Asked first, the safe answer focused; Escape keeps the article's words, the focus back on the button.
  const question = usedIn.getByRole('alertdialog', { name: 'Use these words in 1 article' });
  await expect(question).toContainText('An article open in another window will have to be reloaded there.');
  await expect(question.getByRole('button', { name: 'Keep theirs' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(use).toBeFocused();
  expect((await callApi(app, 'articles.get', { id: created.id })).revision).toBe(created.revision + 1);

  await use.click();
  await question.getByRole('button', { name: 'Replace' }).click();
  const done = usedIn.getByRole('status');
  await expect(done).toHaveText('The words above are now in 1 article.');
  await expect(done).toBeFocused();
  await expect(usedIn.getByRole('listitem')).toHaveText(['Peluncuran roket']);
  await expect(use).toHaveCount(0);
  const stored = await callApi(app, 'articles.get', { id: created.id });
  expect(stored.body.root.children[1]).toMatchObject({ ...PLACED, credit: 'VLADIMIR SMIRNOV/AFP' });

  // The article opened from the desk shows the corrected credit under its photo.
  await usedIn.getByRole('button', { name: 'Peluncuran roket' }).click();
  await expect(body(page).getByLabel('Credit')).toHaveValue('VLADIMIR SMIRNOV/AFP');
  await expect(body(page).getByLabel('Caption')).toHaveValue(PLACED.caption);
  expect(watch.problems).toEqual([]);
});

test('a photo block whose caption and credit were cleared shows, in grey, the desk’s words the export prints', async ({
  page,
  app,
}) => {
  const created = await articlePlacing(app, {
    caption: 'Keterangan sendiri.',
    credit: 'ANTARA',
    altText: 'Roket',
  });
  await openApp(page, app, `#/article/${created.id}`);
  const figure = body(page).locator('figure');
  const caption = figure.getByLabel('Caption');
  const credit = figure.getByLabel('Credit');
  await expect(caption).toHaveValue('Keterangan sendiri.');
  const note = figure.getByText('Left empty here: the photo desk’s words, in grey, are published.', {
    exact: false,
  });
  await expect(note).toHaveCount(0);
  // Cleared: the field shows the words the export will print instead, and says so.
  await caption.fill('');
  await credit.fill('');
  await credit.press('Tab');
  await expect(caption).toHaveAttribute('placeholder', PLACED.caption);
  await expect(credit).toHaveAttribute('placeholder', PLACED.credit);
  await expect(note).toHaveCount(2);
  await expect(caption).toHaveAccessibleDescription(/the photo desk’s words, in grey, are published/);
  // No "Add a caption" advice: the photo has one.
  await expect(figure.getByText('Add a caption')).toHaveCount(0);
  const check = await callApi(app, 'export.preflight', { id: created.id });
  expect(check.errors).toEqual([]);
  // Typed in again, the article's own words: the note goes.
  await caption.fill('Keterangan baru.');
  await expect(note).toHaveCount(1);
});
