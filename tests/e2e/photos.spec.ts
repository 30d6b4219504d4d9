import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { newArticleBody } from './support/paste';
import { dropJpeg } from './support/photo-files';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');
const photo = (name: string) => path.join(FIXTURES, 'photos', name);
const GOOD = ['kosmodrom.jpg', 'portrait.jpg', 'vladivostok.jpg', 'harbour.png'].map(photo);
const BAD = fs
  .readdirSync(path.join(FIXTURES, 'bad-images'))
  .map((name) => path.join(FIXTURES, 'bad-images', name));
const KOSMODROM = /^PUTIN MEETS KIM: Russian President/;

/** Clicks a button that opens the system file picker and answers it with `files`. */
async function chooseFiles(page: Page, button: Locator, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(files);
}

/** Every image in `scope` has really been decoded and painted (natural width above zero). */
async function expectImagesShown(scope: Locator, count: number): Promise<void> {
  const images = scope.locator('img');
  await expect(images).toHaveCount(count);
  for (const image of await images.all()) {
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  }
}

const grid = (page: Page) => page.getByRole('listbox', { name: 'Photos' });
const details = (page: Page) => page.getByRole('form', { name: 'Photo details' });

test('the photo desk imports photos, shows refusals by name, edits and bulk-credits them, and all of it persists', async ({
  page,
  app,
}) => {
  const watch = await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await chooseFiles(page, page.getByRole('button', { name: 'Import photos' }), [...GOOD, ...BAD]);

  const progress = page.getByRole('group', { name: 'Photo import' });
  await expect(progress).toContainText('4 photos imported, 5 refused', { timeout: 30_000 });
  const refusals = progress.getByRole('list', { name: 'Files not imported' }).getByRole('listitem');
  await expect(refusals).toHaveCount(5);
  await expect(refusals.filter({ hasText: 'bomb-20000x20000.png is 20,000 × 20,000 pixels' })).toHaveCount(1);
  await expect(refusals.filter({ hasText: 'script.svg is an SVG drawing' })).toHaveCount(1);
  await expect(refusals.filter({ hasText: 'empty.jpg is empty' })).toHaveCount(1);
  await expect(
    refusals.filter({ hasText: 'not-an-image.jpg is not a JPEG, PNG, WebP or GIF image' }),
  ).toHaveCount(1);
  await expect(refusals.filter({ hasText: 'truncated.jpg could not be read' })).toHaveCount(1);

  // The same files again, one twice: said to be in the library already, not imported anew.
  await progress.getByRole('button', { name: 'Dismiss' }).click();
  await chooseFiles(page, page.getByRole('button', { name: 'Import photos' }), [...GOOD, GOOD[0]!]);
  await expect(progress).toContainText('0 photos imported, 0 refused · 5 were already in the library', {
    timeout: 30_000,
  });

  // Four photos, thumbnails really shown; kosmodrom arrived with its IPTC words.
  await expect(grid(page).getByRole('option')).toHaveCount(4);
  await expectImagesShown(grid(page), 4);
  await grid(page).getByRole('option', { name: KOSMODROM }).click();
  await expect(details(page).getByLabel('Caption')).toHaveValue(KOSMODROM);
  await expect(details(page).getByLabel('Credit')).toHaveValue('AFP');
  await expect(details(page).getByLabel('Alt text')).toHaveValue('Two leaders walk past a rocket launch pad');
  await expect(details(page).getByLabel('Photographer')).toHaveValue('VLADIMIR SMIRNOV');
  await expectImagesShown(details(page), 1);

  // Caption a photo with the keyboard: arrows through the grid, Enter to edit, Escape back to the grid.
  await page.getByRole('option', { name: 'harbour.png' }).click();
  await expect(details(page).getByLabel('Caption')).toHaveValue('');
  await expect(details(page).getByText('Add a caption: who, what, where, when.')).toBeVisible();
  await page.getByRole('option', { name: 'harbour.png' }).press('Enter');
  await expect(details(page).getByLabel('Caption')).toBeFocused();
  await page.keyboard.type('harbour at dusk');
  await expect(
    details(page).getByText('Start with an upper-case title and a colon', { exact: false }),
  ).toBeVisible();
  await details(page)
    .getByLabel('Caption')
    .fill('PELABUHAN: Kapal bersandar saat senja, Selasa (12/9/2023).');
  await expect(details(page).getByText('Start with an upper-case title', { exact: false })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('option', { name: /^PELABUHAN: Kapal bersandar/ })).toBeFocused();
  await expect(details(page).getByRole('status')).toHaveText('Saved');
  // Newest first: harbour.png, then vladivostok.jpg; the arrow moves focus and selection along the row.
  await page.keyboard.press('ArrowRight');
  const next = grid(page).getByRole('option', { name: /^Pelabuhan Vladivostok/ });
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute('aria-selected', 'true');
  await expect(details(page).getByLabel('Caption')).toHaveValue(/^Pelabuhan Vladivostok/);

  // Bulk: two photos selected, one credit for both.
  await grid(page).getByRole('option', { name: KOSMODROM }).click();
  await grid(page)
    .getByRole('option', { name: /^Pelabuhan Vladivostok/ })
    .click({ modifiers: ['Control'] });
  await expect(page.getByRole('heading', { name: '2 photos selected' })).toBeVisible();
  await page.getByLabel('Credit for selected photos').fill('ABDI TUMANGGOR/TRIBUN-MEDAN.COM');
  await page.getByRole('button', { name: 'Apply to 2 photos' }).click();
  await expect(page.getByText('Set on 2 photos.')).toBeVisible();

  // Reload: everything came from the database.
  await page.reload();
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await grid(page).getByRole('option', { name: KOSMODROM }).click();
  await expect(details(page).getByLabel('Credit')).toHaveValue('ABDI TUMANGGOR/TRIBUN-MEDAN.COM');
  await grid(page)
    .getByRole('option', { name: /^Pelabuhan Vladivostok/ })
    .click();
  await expect(details(page).getByLabel('Credit')).toHaveValue('ABDI TUMANGGOR/TRIBUN-MEDAN.COM');
  await expect(grid(page).getByRole('option', { name: /^PELABUHAN: Kapal bersandar/ })).toHaveCount(1);

  // Filters and search.
  await page.getByLabel('No alt text').check();
  await expect(grid(page).getByRole('option')).toHaveCount(3);
  await page.getByLabel('No alt text').uncheck();
  await page.getByRole('searchbox', { name: 'Search photos' }).fill('tumanggor');
  await expect(grid(page).getByRole('option')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search photos' }).fill('');
  await page.getByLabel('Usage').selectOption('used');
  await expect(grid(page).getByRole('option')).toHaveCount(0);
  expect(watch.problems).toEqual([]);
});

test('Insert photo says the library is empty only once the library has answered', async ({ page, app }) => {
  const watch = await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await chooseFiles(page, page.getByRole('button', { name: 'Import photos' }), [GOOD[0]!]);
  await expect(grid(page).getByRole('option')).toHaveCount(1);
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await body(page).click();
  // A library slow to answer (a long one, a busy disk): what the picker says meanwhile is recorded.
  await page.route('**/api/photos.list', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __pickerSaid: string[] }).__pickerSaid = seen;
    new MutationObserver(() => {
      const hint = document.querySelector('.rx-photo-picker .rx-hint');
      if (hint?.textContent) seen.push(hint.textContent);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Insert photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert photo' });
  await expect(picker.getByRole('list', { name: 'Photos' }).getByRole('button')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __pickerSaid: string[] }).__pickerSaid)).toEqual(
    [],
  );
  // A search that finds nothing says so once answered.
  await picker.getByRole('searchbox', { name: 'Search photos' }).fill('zzzz');
  await expect(picker.getByText('No photo matches this search.')).toBeVisible();
  expect(watch.problems).toEqual([]);
});

test('an editor puts photos in the body, captions them there, moves, removes and undoes, picks a featured photo; all persists', async ({
  page,
  app,
}) => {
  const watch = await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Kim dan Putin di kosmodrom');
  await body(page).click();
  await page.keyboard.type('Paragraf pembuka.');

  // Insert photo → import from files: used at once when every file imports.
  await page.getByRole('button', { name: 'Insert photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert photo' });
  // An empty library: the hint names the button that is there.
  await expect(picker.getByText('No photos yet. Press “Import from files” to bring some in.')).toBeVisible();
  await chooseFiles(page, picker.getByRole('button', { name: 'Import from files' }), [
    photo('kosmodrom.jpg'),
    photo('portrait.jpg'),
  ]);
  await expect(picker).toHaveCount(0, { timeout: 30_000 });
  const photos = body(page).locator('figure.rx-photo');
  await expect(photos).toHaveCount(2);
  await expectImagesShown(body(page), 2);
  await expect(photos.nth(0).getByLabel('Caption')).toHaveValue(KOSMODROM);
  await expect(photos.nth(0).getByLabel('Credit')).toHaveValue('AFP');
  await expect(photos.nth(0).getByLabel('Alt text')).toHaveValue('Two leaders walk past a rocket launch pad');
  // portrait.jpg is stored sideways with EXIF orientation 6: it shows upright, wider than tall.
  const portrait = photos.nth(1).locator('img');
  await expect
    .poll(() => portrait.evaluate((img: HTMLImageElement) => img.naturalWidth / img.naturalHeight))
    .toBe(1.5);

  // The caption is edited per use, in the body.
  await photos
    .nth(0)
    .getByLabel('Caption')
    .fill('KIM DAN PUTIN: Keduanya di Kosmodrom Vostochny, Rabu (13/9/2023).');
  await photos.nth(0).getByLabel('Credit').fill('VLADIMIR SMIRNOV/AFP');
  await expectSaved(page);

  // Move with the mouse, then with the keyboard; remove with Delete; Undo brings it back.
  await photos.nth(1).getByRole('button', { name: 'Move photo up' }).click();
  await expect(photos.nth(0).getByLabel('Caption')).toHaveValue(/^Rotated camera photo/);
  await photos.nth(0).locator('img').click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(photos.nth(1).getByLabel('Caption')).toHaveValue(/^Rotated camera photo/);
  await page.keyboard.press('Delete');
  await expect(photos).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(photos).toHaveCount(2);
  await photos.nth(1).getByRole('button', { name: 'Remove photo' }).click();
  await expect(photos).toHaveCount(1);
  // An edit in a photo's own field is one undo step of the body too.
  const alt = photos.nth(0).getByLabel('Alt text');
  await alt.fill('Dua pemimpin berjalan');
  await alt.press('Tab');
  await body(page).locator('p').first().click();
  await page.keyboard.press('Control+z');
  await expect(alt).toHaveValue('Two leaders walk past a rocket launch pad');
  await page.keyboard.press('Control+Shift+z');
  await expect(alt).toHaveValue('Dua pemimpin berjalan');

  // Pick one already in the library as the featured photo.
  await page.getByRole('button', { name: 'Choose featured photo' }).click();
  await page
    .getByRole('dialog', { name: 'Featured photo' })
    .getByRole('button', { name: /^Rotated camera photo/ })
    .click();
  const featured = page.getByRole('region', { name: 'Featured photo' });
  await expect(featured).toContainText('Rotated camera photo');
  await expectImagesShown(featured, 1);
  // The focus is back where the picker was opened from, after a choice and after Escape.
  await expect(page.getByRole('button', { name: 'Choose featured photo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Featured photo' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Featured photo' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Choose featured photo' })).toBeFocused();
  await expectSaved(page);

  await page.reload();
  await expect(photos).toHaveCount(1);
  await expect(photos.nth(0).getByLabel('Caption')).toHaveValue(/^KIM DAN PUTIN: Keduanya/);
  await expect(photos.nth(0).getByLabel('Credit')).toHaveValue('VLADIMIR SMIRNOV/AFP');
  await expect(featured).toContainText('Rotated camera photo');
  await expectImagesShown(body(page), 1);

  // The desk knows where each photo is used; the library caption was not changed by the body's edit.
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await grid(page).getByRole('option', { name: KOSMODROM }).click();
  await expect(details(page).getByRole('button', { name: 'Kim dan Putin di kosmodrom' })).toBeVisible();
  await grid(page)
    .getByRole('option', { name: /^Rotated camera photo/ })
    .click();
  await expect(details(page).getByRole('button', { name: 'Kim dan Putin di kosmodrom' })).toBeVisible();
  expect(watch.problems).toEqual([]);
});

test('image files dropped on the body are imported and placed where they fell', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await body(page).click();
  await page.keyboard.type('Sebelum foto.');
  const bytes = fs.readFileSync(photo('vladivostok.jpg')).toString('base64');
  await dropJpeg(body(page).locator('p').first(), bytes, 'vladivostok.jpg');
  const dropped = body(page).locator('figure.rx-photo');
  await expect(dropped).toHaveCount(1, { timeout: 30_000 });
  await expect(dropped.getByLabel('Caption')).toHaveValue(
    'Pelabuhan Vladivostok saat senja, Selasa (12/9/2023).',
  );
  await expect(dropped.getByText('Start with an upper-case title', { exact: false })).toBeVisible();
  await expectImagesShown(body(page), 1);
  await expectSaved(page);
});

test('closing Insert photo while its import runs inserts nothing; the photos still reach the library', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await body(page).click();
  await page.keyboard.type('Paragraf pembuka.');
  await page.getByRole('button', { name: 'Insert photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert photo' });
  // The page hears how the import goes only after the picker is closed: the close comes first, surely.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/photos.importStatus', async (route) => {
    await held;
    await route.continue();
  });
  await chooseFiles(page, picker.getByRole('button', { name: 'Import from files' }), GOOD);
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  const ended = page.waitForResponse(
    async (response) =>
      response.url().endsWith('/api/photos.importStatus') &&
      ((await response.json()) as { value?: { done: number } }).value?.done === GOOD.length,
    { timeout: 30_000 },
  );
  release();
  await ended;
  expect(await callApi(app, 'photos.list', {})).toHaveLength(GOOD.length);
  // The page has heard the end and fetched nothing more: still nothing inserted.
  await page.waitForLoadState('networkidle');
  await expect(body(page)).toContainText('Paragraf pembuka.');
  await expect(body(page).locator('figure')).toHaveCount(0);
});

test('an import in Insert photo with refusals leaves its refusals shown and its photos there to pick', async ({
  page,
  app,
}) => {
  await newArticleBody(page, app);
  await page.getByRole('button', { name: 'Insert photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert photo' });
  await expect(picker.getByText(/^No photos yet/)).toBeVisible();
  const empty = BAD.find((file) => file.endsWith('empty.jpg'))!;
  await chooseFiles(page, picker.getByRole('button', { name: 'Import from files' }), [GOOD[0]!, empty]);
  await expect(picker.getByRole('listitem').filter({ hasText: 'empty.jpg is empty' })).toBeVisible({
    timeout: 30_000,
  });
  const photos = picker.getByRole('list', { name: 'Photos' }).getByRole('button');
  await expect(photos).toHaveCount(1);
  await expect(picker.getByText(/^No photos yet/)).toHaveCount(0);
  await photos.first().click();
  await expect(picker).toHaveCount(0);
  await expect(body(page).locator('figure')).toHaveCount(1);
});
