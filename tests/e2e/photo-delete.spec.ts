import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ANNOUNCEMENTS, said } from './support/announcements';
import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import type { WebApp } from './support/web-app';
import { documentOf, paragraph, text } from '../unit/support/documents';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures/photos');
const grid = (page: Page) => page.getByRole('listbox', { name: 'Photos' });
const details = (page: Page) => page.getByRole('form', { name: 'Photo details' });

async function importPhoto(app: WebApp, name: string): Promise<string> {
  const file = path.join(FIXTURES, name);
  const job = await callApi(app, 'photos.importBegin', { files: [{ name, size: fs.statSync(file).size }] });
  await callApi(app, 'photos.importFile', {
    jobId: job.id,
    index: 0,
    data: fs.readFileSync(file).toString('base64'),
  });
  await expect.poll(async () => (await callApi(app, 'photos.importStatus', { jobId: job.id })).done).toBe(1);
  return (await callApi(app, 'photos.importStatus', { jobId: job.id })).files[0]!.photoId!;
}

test('the photo desk deletes an unused photo after asking, and will not delete one an article shows', async ({
  page,
  app,
}) => {
  const used = await importPhoto(app, 'kosmodrom.jpg');
  const unused = await importPhoto(app, 'harbour.png');
  const sha = (await callApi(app, 'photos.get', { id: unused })).sha256;
  const created = await callApi(app, 'articles.create', { headline: 'Kim dan Putin' });
  await callApi(app, 'articles.save', {
    ...created,
    body: documentOf(paragraph(text('Isi.')), {
      type: 'photo',
      version: 1,
      photoId: used,
      caption: 'KOSMODROM: Landasan.',
      credit: 'AFP',
      altText: '',
    }),
  });
  const watch = await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await expect(grid(page).getByRole('option')).toHaveCount(2);

  // A photo an article shows: the button is off and says why.
  await grid(page)
    .getByRole('option', { name: /^PUTIN MEETS KIM/ })
    .click();
  await expect(details(page).getByRole('button', { name: 'Delete photo' })).toBeDisabled();
  await expect(
    details(page).getByText('Articles use this photo: take it out of them to delete it.'),
  ).toBeVisible();
  // The desk says a correction here does not reach the copy an article's text holds.
  const usedIn = details(page).getByRole('region', { name: 'Used in' });
  await expect(usedIn).toContainText('Kim dan Putin');
  await expect(usedIn).toContainText('a correction here does not change them there');

  // An unused one: asked first; "Keep it" keeps it, "Delete" deletes it and its files.
  await grid(page).getByRole('option', { name: 'harbour.png' }).click();
  await expect(usedIn).toHaveText('Used inNot used in any article yet.');
  await details(page).getByRole('button', { name: 'Delete photo' }).click();
  const confirm = details(page).getByRole('alertdialog', { name: 'Delete photo' });
  await expect(confirm).toContainText('Delete harbour.png from the library, with its image files?');
  // The safe answer has the focus; Escape and "Keep it" give it back to Delete photo.
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(details(page).getByRole('button', { name: 'Delete photo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(grid(page).getByRole('option')).toHaveCount(2);
  await expect(details(page).getByRole('button', { name: 'Delete photo' })).toBeFocused();
  await details(page).getByRole('button', { name: 'Delete photo' }).click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(grid(page).getByRole('option')).toHaveCount(1);
  // The photo beside it takes the focus and the details pane, so the keyboard carries on.
  await expect(grid(page).getByRole('option', { name: /^PUTIN MEETS KIM/ })).toBeFocused();
  await expect(details(page).getByRole('button', { name: 'Delete photo' })).toBeDisabled();
  expect(fs.existsSync(path.join(app.dataDir, 'renditions', sha))).toBe(false);

  await page.reload();
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await expect(grid(page).getByRole('option')).toHaveCount(1);
  expect(watch.problems).toEqual([]);
});

test('a photo deleted on the desk is said by its caption, or its file name, also when it was the last one', async ({
  page,
  app,
}) => {
  await page.addInitScript(ANNOUNCEMENTS);
  const captioned = await importPhoto(app, 'vladivostok.jpg');
  await importPhoto(app, 'harbour.png');
  const { caption } = await callApi(app, 'photos.get', { id: captioned });
  expect(caption).not.toBe('');
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await expect(grid(page).getByRole('option')).toHaveCount(2);
  const remove = async (name: string | RegExp) => {
    await grid(page).getByRole('option', { name }).click();
    await details(page).getByRole('button', { name: 'Delete photo' }).focus();
    await page.keyboard.press('Enter');
    const confirm = details(page).getByRole('alertdialog', { name: 'Delete photo' });
    await confirm.getByRole('button', { name: 'Delete', exact: true }).focus();
    await said(page);
    await page.keyboard.press('Enter');
  };
  const status = page.getByRole('complementary').getByRole('status').filter({ hasText: 'Deleted' });

  await remove('harbour.png');
  await expect(grid(page).getByRole('option')).toHaveCount(1);
  await expect.poll(() => said(page)).toContain('Deleted the photo “harbour.png”.');
  await expect(status).toHaveText('Deleted the photo “harbour.png”.');

  // The last one: its details go, and nothing else is selected; the desk says so all the same.
  await remove(/^Pelabuhan Vladivostok/);
  await expect(grid(page).getByRole('option')).toHaveCount(0);
  await expect(details(page)).toHaveCount(0);
  await expect.poll(() => said(page)).toContain(`Deleted the photo “${caption}”.`);
  await expect(status).toHaveText(`Deleted the photo “${caption}”.`);
});

test('the publication’s logo cannot be deleted: the button is off and says why, before any question', async ({
  page,
  app,
}) => {
  const logo = await importPhoto(app, 'harbour.png');
  await callApi(app, 'settings.update', { publication: { logoPhotoId: logo } });
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await grid(page).getByRole('option', { name: 'harbour.png' }).click();
  await expect(details(page).getByRole('button', { name: 'Delete photo' })).toBeDisabled();
  await expect(
    details(page).getByText('This photo is the publication’s logo: choose another in Settings to delete it.'),
  ).toBeVisible();
});

test('Undo bringing back a photo deleted from the library meanwhile says at once that it is gone', async ({
  page,
  app,
}) => {
  const photoId = await importPhoto(app, 'harbour.png');
  const created = await callApi(app, 'articles.create', { headline: 'Pelabuhan' });
  await callApi(app, 'articles.save', {
    ...created,
    body: documentOf(
      paragraph(text('Isi.')),
      { type: 'photo', version: 1, photoId, caption: 'PELABUHAN: Kapal.', credit: 'AFP', altText: 'Kapal' },
      paragraph(text('Penutup.')),
    ),
  });
  await openApp(page, app, `#/article/${created.id}`);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.locator('figure').getByRole('button', { name: 'Remove photo' }).click();
  await expect(body.locator('figure')).toHaveCount(0);
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(1);
  // Another window deletes it from the library, now that no article shows it.
  await callApi(app, 'photos.delete', { id: photoId });

  await body.getByText('Penutup.').click();
  await page.keyboard.press('Control+z');
  await expect(body.locator('figure')).toHaveCount(1);
  await expect(body.locator('figure')).toContainText('This photo is no longer in the library.');
});

test('a delete refused because an article or the logo took the photo meanwhile shows its use and turns Delete off', async ({
  page,
  app,
}) => {
  const photoId = await importPhoto(app, 'harbour.png');
  await importPhoto(app, 'vladivostok.jpg');
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  const usedIn = details(page).getByRole('region', { name: 'Used in' });
  const remove = details(page).getByRole('button', { name: 'Delete photo' });
  const confirm = details(page).getByRole('alertdialog', { name: 'Delete photo' });

  await grid(page).getByRole('option', { name: 'harbour.png' }).click();
  await expect(usedIn).toContainText('Not used in any article yet.');
  // Another window puts it in an article while the desk shows it unused.
  const created = await callApi(app, 'articles.create', { headline: 'Pelabuhan sibuk' });
  await callApi(app, 'articles.save', {
    ...created,
    body: documentOf(paragraph(text('Isi.')), {
      type: 'photo',
      version: 1,
      photoId,
      caption: '',
      credit: '',
      altText: '',
    }),
  });
  await remove.click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(details(page).getByRole('alert')).toContainText('This photo is used in an article');
  await expect(usedIn).toContainText('Pelabuhan sibuk');
  await expect(usedIn).not.toContainText('Not used in any article yet.');
  await expect(remove).toBeDisabled();
  await expect(
    details(page).getByText('Articles use this photo: take it out of them to delete it.'),
  ).toBeVisible();

  // The same when it became the publication's logo.
  const other = grid(page).getByRole('option', { name: /^Pelabuhan Vladivostok/ });
  await other.click();
  await expect(usedIn).toContainText('Not used in any article yet.');
  const logo = (await callApi(app, 'photos.list', {})).find((photo) => photo.id !== photoId)!.id;
  await callApi(app, 'settings.update', { publication: { logoPhotoId: logo } });
  await remove.click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(details(page).getByRole('alert')).toContainText('This photo is the publication’s logo.');
  await expect(usedIn).toContainText('The publication’s logo (Settings)');
  await expect(usedIn).not.toContainText('Not used in any article yet.');
  await expect(remove).toBeDisabled();
});
