import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import type { WebApp } from './support/web-app';

const PHOTOS = path.resolve(import.meta.dirname, '../../../shared/fixtures/photos');

/** Imports real photos through the contract, as the photo desk does; returns their ids by file name. */
async function importPhotos(app: WebApp, names: string[]): Promise<Map<string, string>> {
  const files = names.map((name) => fs.readFileSync(path.join(PHOTOS, name)));
  const job = await callApi(app, 'photos.importBegin', {
    files: names.map((name, index) => ({ name, size: files[index]!.length })),
  });
  for (const [index, bytes] of files.entries())
    await callApi(app, 'photos.importFile', { jobId: job.id, index, data: bytes.toString('base64') });
  await expect
    .poll(async () => (await callApi(app, 'photos.importStatus', { jobId: job.id })).done, {
      timeout: 30_000,
    })
    .toBe(names.length);
  const status = await callApi(app, 'photos.importStatus', { jobId: job.id });
  return new Map(status.files.map((file) => [file.name, file.photoId!]));
}

/** Exports the article through the contract into a fresh temp folder; returns the package folder. */
async function exportArticle(app: WebApp, id: string): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-profile-'));
  const result = await callApi(app, 'export.run', { id, folder: out, zip: false, acceptWarnings: true });
  expect(path.dirname(result.folder)).toBe(out);
  return result.folder;
}

const read = (folder: string, file: string) => fs.readFileSync(path.join(folder, file), 'utf8');

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
}

/**
 * Opens the app on the article list and, once it has read the stored settings, the Settings view.
 * (The Settings view takes the profile once, when it opens: opened before the app has read the
 * stored settings, it shows the defaults.)
 */
async function openAppOnSettings(page: Page, app: WebApp) {
  const loaded = page.waitForResponse((response) => response.url().endsWith('/api/settings.get'));
  await openApp(page, app);
  await (await loaded).finished();
  await openSettings(page);
}

test('the accent colour and the logo chosen in Settings land in the exported package', async ({
  page,
  app,
}) => {
  const photos = await importPhotos(app, ['harbour.png', 'vladivostok.jpg']);
  const harbour = photos.get('harbour.png')!;
  const article = await seedArticle(app, {
    headline: 'Kapal Rusia Bersandar di Belawan',
    lead: 'Kapal itu membawa bantuan.',
    rubric: 'Internasional',
    body: ['Kapal bersandar pagi ini di pelabuhan.', '“Kami datang membawa bantuan,” kata kapten kapal.'],
  });

  // Before any choice: the default accent, no logo.
  const before = await exportArticle(app, article.id);
  expect(read(before, 'style.css')).toContain('--accent: #b3261e;');
  expect(read(before, 'index.html')).not.toContain('class="publication"');

  await openAppOnSettings(page, app);
  await page.getByLabel('Publication name').fill('Tribun Medan');
  const accent = page.getByLabel('Accent colour');
  await expect(accent).toHaveValue('#b3261e');
  await accent.fill('#1a73e8');
  await page.getByLabel('Copyright line').click(); // the field saves when it is left
  const logo = page.getByLabel('Logo (from the photo library)');
  // The library's photos are offered by caption, or by file name when they have none.
  await expect(logo.getByRole('option')).toHaveCount(3);
  await expect(logo.getByRole('option').first()).toHaveText('No logo');
  await expect(logo).toHaveValue('');
  await logo.selectOption({ label: 'harbour.png' });
  await expect
    .poll(async () => {
      const { publication } = await callApi(app, 'settings.get', {});
      return [publication.name, publication.accentColor, publication.logoPhotoId];
    })
    .toEqual(['Tribun Medan', '#1a73e8', harbour]);

  // The choices are shown again when the app is opened anew.
  await openAppOnSettings(page, app);
  await expect(page.getByLabel('Publication name')).toHaveValue('Tribun Medan');
  await expect(page.getByLabel('Accent colour')).toHaveValue('#1a73e8');
  await expect(page.getByLabel('Logo (from the photo library)')).toHaveValue(harbour);

  const folder = await exportArticle(app, article.id);
  const css = read(folder, 'style.css');
  expect(css).toContain('--accent: #1a73e8;');
  expect(css).not.toContain('#b3261e');
  const html = read(folder, 'index.html');
  const header = /<header class="publication"><picture><source [^>]*><img [^>]*><\/picture><\/header>/.exec(
    html,
  );
  expect(header, html).not.toBeNull();
  const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(header![0])?.[1];
  const [logoFile, width, height] = [attribute('src'), attribute('width'), attribute('height')];
  expect(logoFile).toMatch(/^images\/[\w-]+-480\.jpg$/);
  expect(attribute('alt')).toBe('Tribun Medan');
  // The logo image in the package is the library photo's 480 px JPEG rendition, byte for byte.
  const { sha256 } = await callApi(app, 'photos.get', { id: harbour });
  expect(fs.readFileSync(path.join(folder, logoFile!))).toEqual(
    fs.readFileSync(path.join(app.dataDir, 'renditions', sha256, '480.jpg')),
  );
  // …and its WebP (which keeps a transparent logo transparent) is offered first.
  expect(attribute('srcset')).toBe(logoFile!.replace(/jpg$/, 'webp'));
  expect(fs.readFileSync(path.join(folder, attribute('srcset')!))).toEqual(
    fs.readFileSync(path.join(app.dataDir, 'renditions', sha256, '480.webp')),
  );

  // Opened from disk, the page shows the logo in its header and paints the rubric in the accent colour.
  await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
  const image = page.locator('body > header.publication img');
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('alt', 'Tribun Medan');
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]))
    .toEqual([Number(width), Number(height)]);
  await expect(page.locator('header .rubric')).toHaveCSS('color', 'rgb(26, 115, 232)');
  await expect(page.locator('header .rubric')).toHaveText('Internasional');

  // "No logo" takes it out of the next export again.
  await openAppOnSettings(page, app);
  await page.getByLabel('Logo (from the photo library)').selectOption({ label: 'No logo' });
  await expect.poll(async () => (await callApi(app, 'settings.get', {})).publication.logoPhotoId).toBe('');
  const without = await exportArticle(app, article.id);
  expect(read(without, 'index.html')).not.toContain('class="publication"');
  expect(read(without, 'style.css')).toContain('--accent: #1a73e8;');
});

test('the exported page names the writers after "Penulis:" and the editor after "Editor:", in the publication language', async ({
  page,
  app,
}) => {
  // A new profile publishes in Indonesian, whatever the interface language.
  expect((await callApi(app, 'settings.get', {})).publication.language).toBe('id');
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Banjir Rendam Medan Utara');
  await page.getByLabel('Lead').fill('Ratusan rumah terendam sejak Senin malam.');
  await page.getByLabel('Writers').fill('Ani Lestari, Budi Santoso');
  await page.getByLabel('Editor', { exact: true }).fill('Citra Dewi');
  await body(page).click();
  await page.keyboard.type('Air mulai naik sejak Senin malam di Medan Utara.');
  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const id = summary!.id;

  const byline = async (folder: string) => {
    await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
    return page.locator('article > header .byline');
  };
  const indonesian = await exportArticle(app, id);
  const html = read(indonesian, 'index.html');
  expect(html).toContain('<span class="writers">Penulis: Ani Lestari, Budi Santoso</span>');
  expect(html).toContain('<span class="editor">Editor: Citra Dewi</span>');
  await expect(await byline(indonesian)).toHaveText(
    'Penulis: Ani Lestari, Budi Santoso · Editor: Citra Dewi',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  // The publication switched to English: the writers' label follows, the editor's stays "Editor:".
  await openAppOnSettings(page, app);
  await page.getByLabel('Publication language').selectOption({ label: 'English' });
  await expect.poll(async () => (await callApi(app, 'settings.get', {})).publication.language).toBe('en');
  const english = await exportArticle(app, id);
  await expect(await byline(english)).toHaveText('Writer: Ani Lestari, Budi Santoso · Editor: Citra Dewi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // No editor, no "Editor:" line; no writers, no writers' label.
  await openApp(page, app, `#/article/${id}`);
  await page.getByLabel('Editor', { exact: true }).fill('');
  await page.getByLabel('Writers').fill('');
  await page.getByLabel('Headline').click();
  await expectSaved(page);
  const stored = await callApi(app, 'articles.get', { id });
  expect([stored.writers, stored.editor]).toEqual([[], '']);
  const bare = await exportArticle(app, id);
  expect(read(bare, 'index.html')).not.toContain('class="byline"');
  expect(read(bare, 'index.html')).not.toContain('Editor:');
});
