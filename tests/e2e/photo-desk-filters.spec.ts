import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { FileChooser, Locator, Page } from '@playwright/test';
import { documentOf, paragraph, text } from '../unit/support/documents';
import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import { startWebApp } from './support/web-app';

const PHOTOS = path.resolve(import.meta.dirname, '../../../shared/fixtures/photos');
const photo = (name: string) => path.join(PHOTOS, name);

const grid = (page: Page) => page.getByRole('listbox', { name: 'Photos' });
const check = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

/** Clicks a button that opens the system file picker and answers it with `files`. */
async function chooseFiles(
  page: Page,
  button: Locator,
  files: Parameters<FileChooser['setFiles']>[0],
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(files);
}

/** The grid's photos by their accessible names, sorted (the grid itself is newest first). */
const shown = (page: Page) =>
  grid(page)
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => option.getAttribute('aria-label') ?? '').sort());

// What each photo is made to be (the library's own words, set after the import).
const KOSMODROM = 'KIM DAN PUTIN: Keduanya di Kosmodrom Vostochny, Rabu (13/9/2023).';
const VLADIVOSTOK = 'PELABUHAN: Kapal di Vladivostok saat senja, Selasa (12/9/2023).';
// Uncaptioned photos are named by their file in the grid.
const PORTRAIT = 'portrait.jpg';
const HARBOUR = 'harbour.png';

test('each photo desk filter shows exactly the photos it names, alone and combined', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await chooseFiles(
    page,
    page.getByRole('button', { name: 'Import photos' }),
    ['kosmodrom.jpg', 'portrait.jpg', 'vladivostok.jpg', 'harbour.png'].map(photo),
  );
  await expect(page.getByRole('group', { name: 'Photo import' })).toContainText(
    '4 photos imported, 0 refused',
    { timeout: 30_000 },
  );

  // Give each photo a known set of words, whatever its file carried.
  const byName = new Map((await callApi(app, 'photos.list', {})).map((p) => [p.originalName, p.id]));
  const id = (name: string) => byName.get(name)!;
  await callApi(app, 'photos.update', {
    id: id('kosmodrom.jpg'),
    caption: KOSMODROM,
    credit: 'VLADIMIR SMIRNOV/AFP',
    altText: 'Dua pemimpin berjalan di depan landasan roket',
  });
  await callApi(app, 'photos.update', {
    id: id('portrait.jpg'),
    caption: '',
    credit: 'ANI LESTARI/TRIBUN',
    altText: 'Potret seorang warga',
  });
  await callApi(app, 'photos.update', {
    id: id('vladivostok.jpg'),
    caption: VLADIVOSTOK,
    credit: '',
    altText: '',
  });
  await callApi(app, 'photos.update', {
    id: id('harbour.png'),
    caption: '',
    credit: '',
    altText: 'Kapal bersandar di pelabuhan',
  });
  // kosmodrom is shown in an article's body, portrait is another article's featured photo.
  const first = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', {
    ...first,
    headline: 'Kim dan Putin',
    body: documentOf(paragraph(text('Pembuka.')), {
      type: 'photo',
      version: 1,
      photoId: id('kosmodrom.jpg'),
      caption: '',
      credit: '',
      altText: '',
    }),
  });
  const second = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', {
    ...second,
    headline: 'Potret warga',
    featuredPhotoId: id('portrait.jpg'),
    body: documentOf(paragraph(text('Isi.'))),
  });

  // harbour.png was imported three days ago: stop the app and date it so in its data folder.
  await app.stop();
  const db = new Database(path.join(app.dataDir, 'redaksi.db'));
  const earlier = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString();
  expect(
    db.prepare('UPDATE photos SET imported_at = ? WHERE id = ?').run(earlier, id('harbour.png')).changes,
  ).toBe(1);
  db.close();
  const reopened = await startWebApp(app.dataDir);
  try {
    await openApp(page, reopened);
    await page.getByRole('button', { name: 'Photo desk' }).click();
    const all = [HARBOUR, KOSMODROM, PORTRAIT, VLADIVOSTOK].sort();
    await expect.poll(() => shown(page)).toEqual(all);
    // The cells flag what is missing and where a photo is used.
    const cell = (name: string) => grid(page).getByRole('option', { name, exact: true });
    await expect(cell(HARBOUR)).toContainText('No caption');
    await expect(cell(HARBOUR)).toContainText('No credit');
    await expect(cell(HARBOUR)).not.toContainText('No alt text');
    await expect(cell(KOSMODROM)).toContainText('In 1 article');
    await expect(cell(VLADIVOSTOK)).toContainText('No alt text');

    const expectShown = async (names: string[]) => expect.poll(() => shown(page)).toEqual([...names].sort());

    await check(page, 'Uncaptioned').check();
    await expectShown([PORTRAIT, HARBOUR]);
    await check(page, 'Uncaptioned').uncheck();
    await expectShown(all);

    await check(page, 'No credit').check();
    await expectShown([VLADIVOSTOK, HARBOUR]);
    await check(page, 'No credit').uncheck();

    await check(page, 'No alt text').check();
    await expectShown([VLADIVOSTOK]);
    await check(page, 'No alt text').uncheck();

    await check(page, 'Imported today').check();
    await expectShown([KOSMODROM, PORTRAIT, VLADIVOSTOK]);
    await check(page, 'Imported today').uncheck();
    await expectShown(all);

    const usage = page.getByRole('combobox', { name: 'Usage' });
    await usage.selectOption({ label: 'Used' });
    await expectShown([KOSMODROM, PORTRAIT]);
    await usage.selectOption({ label: 'Unused' });
    await expectShown([VLADIVOSTOK, HARBOUR]);
    await usage.selectOption({ label: 'Used and unused' });
    await expectShown(all);

    // Filters combine: every ticked condition must hold.
    await check(page, 'Uncaptioned').check();
    await check(page, 'No credit').check();
    await expectShown([HARBOUR]);
    await check(page, 'No credit').uncheck();
    await check(page, 'Imported today').check();
    await expectShown([PORTRAIT]);
    await usage.selectOption({ label: 'Unused' });
    await expect(grid(page).getByRole('option')).toHaveCount(0);
    await usage.selectOption({ label: 'Used' });
    await expectShown([PORTRAIT]);
    // And with the search: the photographer's credit words.
    await check(page, 'Uncaptioned').uncheck();
    await check(page, 'Imported today').uncheck();
    await page.getByRole('searchbox', { name: 'Search photos' }).fill('smirnov');
    await expectShown([KOSMODROM]);
    await usage.selectOption({ label: 'Unused' });
    await expect(grid(page).getByRole('option')).toHaveCount(0);
    // Nothing matches, but the library is not empty: the desk says so, not "No photos yet".
    await expect(page.getByText('No photo matches this search.')).toBeVisible();
    await expect(page.getByText('No photos yet', { exact: false })).toHaveCount(0);

    // A credit set for all the photos "No credit" shows takes them out of it at once.
    await page.getByRole('searchbox', { name: 'Search photos' }).fill('');
    await usage.selectOption({ label: 'Used and unused' });
    await check(page, 'No credit').check();
    await expectShown([VLADIVOSTOK, HARBOUR]);
    await cell(VLADIVOSTOK).click();
    await cell(HARBOUR).click({ modifiers: ['Control'] });
    await page.getByLabel('Credit for selected photos').fill('ANTARA FOTO');
    await page.getByRole('button', { name: 'Apply to 2 photos' }).click();
    await expect(grid(page).getByRole('option')).toHaveCount(0);
    // The desk still says what was done, and the focus is on the search, not lost to the page.
    await expect(page.getByRole('status').filter({ hasText: 'Set on 2 photos.' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search photos' })).toBeFocused();
  } finally {
    await reopened.stop();
  }
});

/** `count` distinct JPEGs made from the real fixture photos: a unique comment after the image's end. */
function distinctPhotos(count: number) {
  const sources = ['kosmodrom.jpg', 'vladivostok.jpg', 'portrait.jpg'].map((name) =>
    fs.readFileSync(photo(name)),
  );
  return Array.from({ length: count }, (_, index) => {
    const name = `batch-${String(index + 1).padStart(2, '0')}.jpg`;
    return {
      name,
      mimeType: 'image/jpeg',
      buffer: Buffer.concat([sources[index % sources.length]!, Buffer.from(`\n${name}\n`)]),
    };
  });
}

test('Cancel import stops a batch: the files not yet started are never imported, the started ones are', async ({
  page,
  app,
}) => {
  const TOTAL = 40;
  const files = distinctPhotos(TOTAL);
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  const begun = page.waitForResponse((response) => response.url().endsWith('/api/photos.importBegin'));
  await chooseFiles(page, page.getByRole('button', { name: 'Import photos' }), files);
  const jobId = ((await (await begun).json()) as { value: { id: string } }).value.id;

  const progress = page.getByRole('group', { name: 'Photo import' });
  // Let the first photo finish, so the batch is really under way, then cancel.
  await expect(progress).toContainText(new RegExp(`\\b[1-9]\\d* of ${TOTAL} photos`));
  // One import at a time: a second would take over this one's progress.
  await expect(page.getByRole('button', { name: 'Import photos' })).toBeDisabled();
  await progress.getByRole('button', { name: 'Cancel import' }).click();
  await expect(progress).toContainText(/Import cancelled; \d+ photos? imported/);
  await expect(progress.getByRole('button', { name: 'Cancel import' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import photos' })).toBeEnabled();

  // The service settles the batch: the photo being made when Cancel came finishes, the rest are cancelled.
  await expect
    .poll(async () => (await callApi(app, 'photos.importStatus', { jobId })).done, { timeout: 30_000 })
    .toBe(TOTAL);
  const job = await callApi(app, 'photos.importStatus', { jobId });
  expect(job.state).toBe('cancelled');
  const imported = job.files.filter((file) => file.state === 'imported');
  const cancelled = job.files.filter((file) => file.state === 'cancelled');
  expect(imported.length).toBeGreaterThanOrEqual(1);
  expect(cancelled.length).toBeGreaterThanOrEqual(1);
  expect(imported.length + cancelled.length).toBe(TOTAL);
  // Files are taken in order: what was imported is the start of the batch, the rest never began.
  expect(job.files.map((file) => file.state)).toEqual([
    ...Array<string>(imported.length).fill('imported'),
    ...Array<string>(cancelled.length).fill('cancelled'),
  ]);
  const importedNames = files.slice(0, imported.length).map((file) => file.name);

  // The progress, the library and the grid all agree on that count, and it stays so.
  const label =
    imported.length === 1
      ? 'Import cancelled; 1 photo imported'
      : `Import cancelled; ${imported.length} photos imported`;
  await expect(progress).toContainText(label);
  await page.waitForTimeout(1_500);
  const library = await callApi(app, 'photos.list', {});
  expect(library.map((p) => p.originalName).sort()).toEqual(importedNames);
  expect(new Set(library.map((p) => p.id))).toEqual(new Set(imported.map((file) => file.photoId)));
  await expect(grid(page).getByRole('option')).toHaveCount(imported.length);
  // Nothing was refused: the cancelled files are not reported as failures.
  await expect(progress.getByRole('list', { name: 'Files not imported' })).toHaveCount(0);
  // Nothing is left half-staged in the data folder.
  const staging = path.join(app.dataDir, 'imports');
  const staged = fs.existsSync(staging)
    ? fs.readdirSync(staging, { recursive: true, withFileTypes: true })
    : [];
  expect(staged.filter((entry) => entry.isFile())).toEqual([]);
});
