import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { documentOf, paragraph, text } from '../unit/support/documents';
import { fullFeaturedBody } from '../unit/support/export-fixture';
import { bornSpeaking, watchStatusRegions } from './support/announcements';
import { callApi, seedArticle } from './support/api';
import { test, expect, openApp } from './support/fixtures';
import { importPhoto } from './support/sources';

const require = createRequire(import.meta.url);
const READABILITY = require.resolve('@mozilla/readability/Readability.js');
// The article's prose: its paragraphs and list items, not its "Baca juga" lines (Reader View drops
// those, as it drops every list of links around an article).
const PROSE = '.article-body > p:not(.related), .article-body li';

test('an editor exports a three-page article from the app, and the package works opened from disk', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', {});
  const putin = await callApi(app, 'sources.create', { kind: 'person', name: 'Vladimir Putin' });
  // A real photo (with its IPTC caption and credit) as the featured photo and as a block on page 1.
  const kosmodrom = path.resolve(import.meta.dirname, '../../../shared/fixtures/photos/kosmodrom.jpg');
  const job = await callApi(app, 'photos.importBegin', {
    files: [{ name: 'kosmodrom.jpg', size: fs.statSync(kosmodrom).size }],
  });
  await callApi(app, 'photos.importFile', {
    jobId: job.id,
    index: 0,
    data: fs.readFileSync(kosmodrom).toString('base64'),
  });
  await expect
    .poll(async () => (await callApi(app, 'photos.importStatus', { jobId: job.id })).done, {
      timeout: 30_000,
    })
    .toBe(1);
  const [photo] = await callApi(app, 'photos.list', {});
  const body = fullFeaturedBody(putin.id);
  body.root.children.splice(1, 0, {
    type: 'photo',
    version: 1,
    photoId: photo!.id,
    caption: '',
    credit: '',
    altText: '',
  });
  await callApi(app, 'articles.save', {
    ...created,
    headline: 'Kim Jong Un dan Putin Bertemu di Kosmodrom Vostochny',
    lead: 'Pertemuan kedua pemimpin membahas kerja sama militer.',
    writers: ['Ani Lestari', 'Budi Santoso'],
    editor: 'Citra Dewi',
    rubric: 'Internasional',
    featuredPhotoId: photo!.id,
    body,
  });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-export-'));

  await watchStatusRegions(page);
  await openApp(page, app, `#/article/${created.id}`);
  // The photo block is switched to full width in the editor; the export shows it wider than the text.
  const wide = page.getByRole('button', { name: 'Full width' });
  await wide.click();
  await expect(wide).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => {
      const stored = await callApi(app, 'articles.get', { id: created.id });
      return stored.body.root.children.find((block) => block.type === 'photo')?.layout;
    })
    .toBe('wide');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  await expect(dialog.getByText('Ready to export: no problems found.')).toBeVisible();
  await dialog.getByLabel('Export folder').fill(out);
  await dialog.getByLabel('Also write a .zip of the package').check();
  await dialog.getByRole('button', { name: 'Export package' }).press('Enter');
  const folder = path.join(out, 'kim-jong-un-dan-putin-bertemu-di-kosmodrom-vostochny');
  await expect(dialog.getByRole('status')).toContainText(`Package written to ${folder}`);
  // Said to a screen reader: the dialog's status line was there, empty, before the package was written.
  expect((await bornSpeaking(page)).filter((words) => words.includes('Package written'))).toEqual([]);
  // The focus stayed in the dialog while it ran (a keyboard user can still close it with Escape).
  await expect(dialog.getByRole('button', { name: 'Export package' })).toBeFocused();
  expect(fs.existsSync(`${folder}.zip`)).toBe(true);
  // Browser mode also offers the zip as a download: the same bytes as the zip on disk.
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download the zip' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kim-jong-un-dan-putin-bertemu-di-kosmodrom-vostochny.zip');
  expect(fs.readFileSync((await download.path())!)).toEqual(fs.readFileSync(`${folder}.zip`));

  // Open the package from disk: every request stays inside it, links work both ways, no errors.
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kim Jong Un dan Putin Bertemu di Kosmodrom Vostochny',
  );
  const pagination = page.getByRole('navigation', { name: 'Halaman' });
  await expect(pagination.getByText('Halaman 1/3')).toBeVisible();
  await pagination.getByRole('link', { name: 'Berikutnya' }).click();
  await expect(page).toHaveURL(/page-2\.html$/);
  await expect(pagination.getByText('Halaman 2/3')).toBeVisible();
  await pagination.getByRole('link', { name: '3' }).click();
  await expect(page).toHaveURL(/page-3\.html$/);
  await pagination.getByRole('link', { name: 'Sebelumnya' }).click();
  await expect(page).toHaveURL(/page-2\.html$/);
  await pagination.getByRole('link', { name: '1', exact: true }).click();
  await expect(page).toHaveURL(/index\.html$/);

  const pageTexts: string[] = [];
  const related: string[] = [];
  for (const file of ['index.html', 'page-2.html', 'page-3.html']) {
    await page.goto(pathToFileURL(path.join(folder, file)).href);
    // Every image of the page really loads from the package (decoded, natural width above zero).
    for (const image of await page.locator('img').all()) {
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
    }
    pageTexts.push(...(await page.locator(PROSE).allInnerTexts()));
    related.push(...(await page.locator('.article-body > p.related').allInnerTexts()));
  }
  await pagination.getByRole('link', { name: 'Tampilkan semua' }).click();
  await expect(page).toHaveURL(/all\.html$/);
  const allTexts = await page.locator(PROSE).allInnerTexts();
  expect(allTexts).toEqual(pageTexts);
  expect(related).toEqual(['Baca juga: Roket <b>Kim</b> & Putin']);
  expect(await page.locator('.article-body > p.related').allInnerTexts()).toEqual(related);
  expect(pageTexts.length).toBeGreaterThan(8);
  await expect(page.locator('figure img')).toHaveCount(2); // featured + the block, on the whole-article page
  // The featured photo fills the text column; the full-width block is wider, centred, inside the window.
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
  const column = await box('.article-body > p:not(.related)');
  const featured = await box('article > figure');
  const fullWidth = await box('.article-body > figure.wide');
  expect(featured.width).toBeCloseTo(column.width, 0);
  expect(fullWidth.width).toBeGreaterThan(column.width * 1.3);
  expect(fullWidth.x).toBeGreaterThanOrEqual(0);
  expect(fullWidth.x + fullWidth.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(fullWidth.x + fullWidth.width / 2).toBeCloseTo(column.x + column.width / 2, 0);
  for (const image of await page.locator('img').all()) {
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  }

  // Firefox Reader View's engine finds the headline, the writers and the whole body.
  await page.addScriptTag({ path: READABILITY });
  const reader = await page.evaluate(() => {
    const Readability = (
      window as unknown as {
        Readability: new (doc: Document) => {
          parse(): { title: string; byline: string; textContent: string } | null;
        };
      }
    ).Readability;
    return new Readability(document.cloneNode(true) as Document).parse();
  });
  expect(reader?.title).toBe('Kim Jong Un dan Putin Bertemu di Kosmodrom Vostochny');
  expect(reader?.byline).toMatch(/Ani Lestari.*Budi Santoso/);
  // textContent runs list items and line breaks together: compare without whitespace.
  const squeeze = (value: string) => value.replace(/\s+/g, '');
  for (const paragraph of pageTexts) expect(squeeze(reader?.textContent ?? '')).toContain(squeeze(paragraph));

  const packageUrl = pathToFileURL(folder).href;
  expect(requests.filter((url) => !url.startsWith(packageUrl))).toEqual([]);
  expect(problems).toEqual([]);
});

test('preflight errors block the export and say what to fix', async ({ page, app }) => {
  const created = await callApi(app, 'articles.create', {});
  await openApp(page, app, `#/article/${created.id}`);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  await expect(dialog.getByText('Fix these before exporting:')).toBeVisible();
  await expect(dialog.getByText('The article has no headline.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export package' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The focus goes back to Export, where the dialog was opened from.
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
});

test('a very long word or address in the text wraps on a phone-sized window instead of widening the page', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', {
    ...created,
    headline: `Tautan ${'Panjang'.repeat(20)}`,
    lead: 'Alamat panjang.',
    body: documentOf(
      paragraph(text(`Lihat https://example.com/${'berkas-'.repeat(40)}akhir di sana.`)),
      paragraph(text('Kata'.repeat(80))),
    ),
  });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-wrap-'));
  const { folder } = await callApi(app, 'export.run', {
    id: created.id,
    folder: out,
    zip: false,
    acceptWarnings: true,
  });
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the publication’s logo fits a phone-sized window, and the lead keeps the line breaks typed in it', async ({
  page,
  app,
}) => {
  await callApi(app, 'settings.update', { publication: { logoPhotoId: await importPhoto(app) } });
  const created = await seedArticle(app, {
    headline: 'Logo dan teras',
    lead: 'Baris pertama teras.\nBaris kedua teras.',
    body: ['Paragraf satu.'],
  });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-logo-'));
  const { folder } = await callApi(app, 'export.run', {
    id: created.id,
    folder: out,
    zip: false,
    acceptWarnings: true,
  });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
  const logo = page.locator('body > header img');
  await expect(logo).toHaveAttribute('width', '480');
  expect((await logo.boundingBox())!.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Two lines, as typed: not "teras.Baris" run together.
  await expect(page.locator('header .lead')).toHaveJSProperty(
    'innerText',
    'Baris pertama teras.\nBaris kedua teras.',
  );
  fs.rmSync(out, { recursive: true, force: true });
});
