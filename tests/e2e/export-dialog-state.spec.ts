import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi, seedArticle } from './support/api';
import { body, expect, openApp, saveStatus, test } from './support/fixtures';

test('Export package says why it cannot be pressed, and looks it', async ({ page, app }) => {
  const untitled = await callApi(app, 'articles.create', {});
  await openApp(page, app, `#/article/${untitled.id}`);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  const run = dialog.getByRole('button', { name: 'Export package' });
  await expect(run).toBeDisabled();
  await expect(run).toHaveAccessibleDescription('Fix the errors above to export this article.');
  await expect(dialog.getByText('Fix the errors above to export this article.')).toBeVisible();
  expect(Number(await run.evaluate((button) => getComputedStyle(button).opacity))).toBeLessThan(1);
  await page.keyboard.press('Escape');

  // Warnings only (no lead): pressed once they are accepted, and only with a folder to write to.
  const created = await seedArticle(app, { headline: 'Tanpa teras', body: ['Isi berita.'] });
  await openApp(page, app, `#/article/${created.id}`);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(run).toHaveAccessibleDescription(
    'Tick “I have checked the warnings; export anyway” to export with them.',
  );
  await dialog.getByLabel('I have checked the warnings; export anyway').check();
  await expect(run).toBeEnabled();
  await expect(run).toHaveAccessibleDescription('');
  expect(Number(await run.evaluate((button) => getComputedStyle(button).opacity))).toBe(1);
  await dialog.getByLabel('Export folder').fill(' ');
  await expect(run).toBeDisabled();
  await expect(run).toHaveAccessibleDescription('Give the folder to export to.');
});

test('an export that fails after one that worked shows only the failure: no earlier "written", no download', async ({
  page,
  app,
}) => {
  const created = await seedArticle(app, {
    headline: 'Dua ekspor',
    lead: 'Teras berita.',
    body: ['Isi berita yang cukup untuk satu halaman.'],
  });
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-export-twice-'));
  await openApp(page, app, `#/article/${created.id}`);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  await expect(dialog.getByText('Ready to export: no problems found.')).toBeVisible();
  await dialog.getByLabel('Export folder').fill(target);
  await dialog.getByRole('button', { name: 'Export package' }).click();
  await expect(dialog.getByText(`Package written to ${target}`)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Download the zip' })).toBeVisible();

  // The same dialog, a folder that cannot be written: the failure alone.
  await dialog.getByLabel('Export folder').fill('/proc/redaksi-cannot-write-here');
  await dialog.getByRole('button', { name: 'Export package' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expect(dialog.getByText('Package written to')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Download the zip' })).toHaveCount(0);
  fs.rmSync(target, { recursive: true, force: true });
});

test('the dialog keeps the zip choice, removes a zip left stale, and asks again for warnings that came since it checked', async ({
  page,
  app,
}) => {
  const created = await seedArticle(app, { headline: 'Zip lama', body: ['Isi berita.'] });
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-export-zip-'));
  await openApp(page, app, `#/article/${created.id}`);
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  const zip = dialog.getByLabel('Also write a .zip');
  const accept = dialog.getByLabel('I have checked the warnings; export anyway');
  await exportButton.click();
  await expect(zip).not.toBeChecked();
  await accept.check();
  await dialog.getByLabel('Export folder').fill(target);
  await zip.check();
  await dialog.getByRole('button', { name: 'Export package' }).click();
  await expect(dialog.getByText(/^Zip written to /)).toBeVisible();
  await page.keyboard.press('Escape');

  // Opened again: the zip as last time. Unticked, the earlier zip goes, and the dialog says so.
  await exportButton.click();
  await expect(zip).toBeChecked();
  await zip.uncheck();
  await accept.check();
  await dialog.getByRole('button', { name: 'Export package' }).click();
  await expect(
    dialog.getByText(/^The earlier zip of this package, .*zip-lama\.zip, was removed/),
  ).toBeVisible();
  expect(fs.readdirSync(target)).toEqual(['zip-lama']);
  await page.keyboard.press('Escape');

  // Accepted, then another window adds a warning: refused, the new warning shown and asked for.
  await exportButton.click();
  await accept.check();
  await callApi(app, 'articles.save', {
    ...(await callApi(app, 'articles.get', { id: created.id })),
    headline: 'Zip lama TK',
  });
  await dialog.getByRole('button', { name: 'Export package' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The article changed since it was checked: read the warnings now listed and accept them to export.',
  );
  await expect(dialog.getByText('The text still contains the placeholder "TK".')).toBeVisible();
  await expect(accept).not.toBeChecked();
  await accept.check();
  await dialog.getByRole('button', { name: 'Export package' }).click();
  await expect(dialog.getByText(/^Package written to /)).toBeVisible();
  fs.rmSync(target, { recursive: true, force: true });
});

test('an export whose latest changes could not be saved says so and asks before writing the article as last saved', async ({
  page,
  app,
}) => {
  const created = await seedArticle(app, {
    headline: 'Koreksi',
    lead: 'Teras berita.',
    body: ['Isi berita yang cukup untuk satu halaman.'],
  });
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-export-unsaved-'));
  await openApp(page, app, `#/article/${created.id}`);
  // Another window saves first: this one's correction meets a conflict and is not saved.
  const seen = await callApi(app, 'articles.get', { id: created.id });
  await callApi(app, 'articles.save', { ...seen, lead: 'Teras dari jendela lain.' });
  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' KOREKSI PENTING.');
  await expect(saveStatus(page)).toContainText('Not saved: This article was changed in another window');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'The latest changes could not be saved, so the package will hold the article as last saved, without them.',
  );
  await expect(dialog.getByText('Ready to export: no problems found.')).toHaveCount(0);
  await dialog.getByLabel('Export folder').fill(target);
  const run = dialog.getByRole('button', { name: 'Export package' });
  await expect(run).toBeDisabled();
  await expect(run).toHaveAccessibleDescription(
    'Tick “Export the article as last saved” to export it without the latest changes.',
  );
  await dialog.getByLabel('Export the article as last saved').check();
  await run.click();
  const written = path.join(target, seen.slug);
  await expect(dialog.getByText(`Package written to ${written}`)).toBeVisible();
  const page1 = fs.readFileSync(path.join(written, 'index.html'), 'utf8');
  expect(page1).toContain('Teras dari jendela lain.');
  expect(page1).not.toContain('KOREKSI PENTING');
  fs.rmSync(target, { recursive: true, force: true });
});
