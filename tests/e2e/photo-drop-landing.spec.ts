import fs from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { dropJpeg, noisePhoto, pasteJpeg } from './support/photo-files';
import { caretAfter } from './support/selection';

const largePhoto = async (): Promise<string> => (await noisePhoto(5000, 3500)).toString('base64');
const VLADIVOSTOK = path.resolve(import.meta.dirname, '../../../shared/fixtures/photos/vladivostok.jpg');

/** The body's blocks in order, a photo block as "photo". */
const blockOrder = (page: Page) =>
  body(page).evaluate((root) =>
    [...root.children]
      .filter((child) => child.tagName !== 'IMG')
      .map((child) => (child.querySelector('figure') ? 'photo' : child.tagName)),
  );

/**
 * Holds the page's fetch of the photos an import made, its last step before they are placed:
 * `imported` resolves once the import has ended and the fetch waits, `release` lets it go.
 */
async function holdLanding(page: Page): Promise<{ imported: Promise<void>; release: () => Promise<void> }> {
  let ended = () => {};
  const imported = new Promise<void>((resolve) => (ended = resolve));
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let sent = () => {};
  const gone = new Promise<void>((resolve) => (sent = resolve));
  const handler = async (route: Route) => {
    ended();
    await held;
    await route.continue();
    sent();
  };
  await page.route('**/api/photos.get', handler);
  return {
    imported,
    release: async () => {
      release();
      await gone;
      await page.unroute('**/api/photos.get', handler);
    },
  };
}

test('a dropped photo that arrives while the editor types in Lead leaves the focus and the typing there', async ({
  page,
  app,
}) => {
  const data = await largePhoto();
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await body(page).click();
  await page.keyboard.type('Sebelum foto.');
  await dropJpeg(body(page).locator('p').first(), data);

  const lead = page.getByLabel('Lead');
  await lead.click();
  const figure = body(page).locator('figure.rx-photo');
  const typed: string[] = [];
  // Type on until the photo is placed, then a few words more.
  let arrived = -1;
  while (arrived === -1 || typed.length < arrived + 3) {
    const word = `kata${typed.length}`;
    await page.keyboard.type(`${word} `, { delay: 20 });
    typed.push(word);
    if (arrived === -1 && (await figure.count()) > 0) arrived = typed.length;
    if (typed.length > 400) throw new Error('the photo never arrived');
  }
  expect(arrived).toBeGreaterThan(1); // the photo did arrive while Lead was being typed in
  await expect(lead).toBeFocused();
  await expect(lead).toHaveValue(`${typed.join(' ')} `);
  await expect(body(page).locator('p').first()).toHaveText('Sebelum foto.');
  // The photo placed behind the editor's back works as any other: it moves up at a click.
  await figure.getByRole('button', { name: 'Move photo up' }).click();
  await expect.poll(() => blockOrder(page)).toEqual(['photo', 'P', 'P']);
});

test('leaving the article while a dropped photo imports waits for it: the photo is placed and saved', async ({
  page,
  app,
}) => {
  const data = await largePhoto();
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Foto dijatuhkan');
  await body(page).click();
  await page.keyboard.type('Sebelum foto.');
  await dropJpeg(body(page).locator('p').first(), data);
  await expect(page.getByText(/0 of 1 photo/)).toBeVisible();
  await page.getByRole('button', { name: 'Articles', exact: true }).click();

  await expect(page.getByRole('link', { name: /Foto dijatuhkan/ })).toBeVisible({ timeout: 60_000 });
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = await callApi(app, 'articles.get', { id: summary!.id });
  expect(stored.body.root.children.map((block) => block.type)).toContain('photo');
});

test('a photo dropped or pasted in the body lands where it fell while the editor types further down: the caret stays in the sentence', async ({
  page,
  app,
}) => {
  const data = fs.readFileSync(VLADIVOSTOK).toString('base64');
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await body(page).click();
  await page.keyboard.type('Paragraf satu.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Paragraf dua.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Paragraf tiga');
  const third = body(page).locator('p').nth(2);
  const figures = body(page).locator('figure.rx-photo');

  // Dropped on the first paragraph; the editor goes back to the third and types on while it imports.
  let landing = await holdLanding(page);
  await dropJpeg(body(page).locator('p').first(), data, 'vladivostok.jpg');
  await landing.imported;
  await caretAfter(page, 'Paragraf tiga');
  await page.keyboard.type(' kata');
  await landing.release();
  await expect(figures).toHaveCount(1);
  await page.keyboard.type(' lagi.');
  await expect(third).toHaveText('Paragraf tiga kata lagi.');
  await expect(body(page)).toBeFocused();
  expect(await blockOrder(page)).toEqual(['P', 'photo', 'P', 'P']);

  // Pasted at the end of the second paragraph; the editor types on in the third meanwhile.
  await caretAfter(page, 'Paragraf dua.');
  landing = await holdLanding(page);
  await pasteJpeg(body(page), data, 'vladivostok.jpg');
  await landing.imported;
  await caretAfter(page, 'lagi.');
  await page.keyboard.type(' Lalu');
  await landing.release();
  await expect(figures).toHaveCount(2);
  await page.keyboard.type(' pergi.');
  await expect(third).toHaveText('Paragraf tiga kata lagi. Lalu pergi.');
  await expect(body(page)).toBeFocused();
  expect(await blockOrder(page)).toEqual(['P', 'photo', 'P', 'photo', 'P']);
  await expectSaved(page);
});
