import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { StoredDocument } from '../../../shared/editor/document';
import { documentOf, paragraph, text } from '../../unit/support/documents';
import { callApi } from './api';
import { body, expect } from './fixtures';
import { selectText } from './selection';
import type { WebApp } from './web-app';

export const tags = (page: Page) => body(page).locator('span.rx-source');
const PHOTO = path.resolve(import.meta.dirname, '../../../../shared/fixtures/photos/kosmodrom.jpg');

/** Imports a real photo through the contract, as the photo desk does, and returns its id. */
export async function importPhoto(app: WebApp): Promise<string> {
  const bytes = fs.readFileSync(PHOTO);
  const job = await callApi(app, 'photos.importBegin', {
    files: [{ name: 'kosmodrom.jpg', size: bytes.length }],
  });
  await callApi(app, 'photos.importFile', { jobId: job.id, index: 0, data: bytes.toString('base64') });
  await expect
    .poll(async () => (await callApi(app, 'photos.importStatus', { jobId: job.id })).files[0]?.photoId, {
      timeout: 30_000,
    })
    .toBeTruthy();
  return (await callApi(app, 'photos.importStatus', { jobId: job.id })).files[0]!.photoId!;
}
/**
 * Imports the photo and saves an article of one paragraph ("Paragraf satu.") and that photo after it,
 * with `caption`; returns the article's id.
 */
export async function articleWithPhoto(app: WebApp, headline: string, caption: string): Promise<string> {
  const photoId = await importPhoto(app);
  const created = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', {
    ...created,
    headline,
    body: documentOf(paragraph(text('Paragraf satu.')), {
      type: 'photo',
      version: 1,
      photoId,
      caption,
      credit: 'Kredit',
      altText: 'Alt',
    }),
  });
  return created.id;
}

export const picker = (page: Page) => page.getByRole('dialog', { name: 'Tag source' });

/** Creates and saves an article through the contract; returns its id. */
export async function article(
  app: WebApp,
  headline: string,
  document: StoredDocument,
  extra: { tags?: string[] } = {},
) {
  const created = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', { ...created, headline, ...extra, body: document });
  return created.id;
}

/** Opens the Sources view's New source form and returns it. */
export async function newSourceForm(page: Page) {
  await page.getByRole('button', { name: 'New source' }).click();
  return page.getByRole('region', { name: 'New source' });
}

/** Creates a source in the Sources view with its New source form. */
export async function createSourceInView(page: Page, name: string, kind: string, role = '', refused = false) {
  const form = await newSourceForm(page);
  // The form opens with the focus in Name, ready for typing.
  await expect(form.getByLabel('Name')).toBeFocused();
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Kind').selectOption(kind);
  if (role) await form.getByLabel('Role or title').fill(role);
  await form.getByRole('button', { name: 'Create source' }).click();
  // Created once the form gives way to the new source (a click on New source before that would be
  // answered by this creation closing the form again).
  if (!refused) await expect(form).toHaveCount(0);
}

/** Selects `words`, opens Tag source, types `search` and presses Enter to pick the first match. */
export async function tagWith(
  page: Page,
  words: string,
  search: string,
  open: 'button' | 'shortcut' = 'button',
) {
  await selectText(page, words);
  if (open === 'button') await page.getByRole('button', { name: 'Tag source' }).click();
  else await page.keyboard.press('Control+Alt+s');
  await picker(page).getByRole('combobox', { name: 'Find a source' }).fill(search);
  await expect(picker(page).getByRole('option').first()).toContainText(new RegExp(search, 'i'));
  await page.keyboard.press('Enter');
  await expect(picker(page)).toBeHidden();
}
