import type { Page } from '@playwright/test';
import { bornSpeaking, watchStatusRegions } from './support/announcements';
import { callApi, seedArticle } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import { documentOf, paragraph, sourceMark, text } from '../unit/support/documents';
import { relatedArticle } from '../unit/support/export-fixture';

const rows = (page: Page) => page.getByRole('link', { name: /./ }).locator('.rx-row-headline');
const deleteArticle = (page: Page) => page.getByRole('button', { name: 'Delete article' });
const question = (page: Page, name: string) => page.getByRole('alertdialog', { name });
const listStatus = (page: Page) => page.getByRole('region', { name: 'Articles' }).locator('.rx-list-notice');

test('a stray New article is deleted from the keyboard: asked first (Keep it focused, Escape keeps), then back to the list', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Banjir di Medan', body: ['Air naik.'] });
  await watchStatusRegions(page);
  const watch = await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  // From the last metadata field, Tab reaches Delete article.
  await page.getByLabel('Slug').focus();
  await page.keyboard.press('Tab');
  await expect(deleteArticle(page)).toBeFocused();
  await page.keyboard.press('Enter');
  const asked = question(page, 'Delete article');
  await expect(asked).toContainText('Delete “Untitled article” with its tags and sources?');
  await expect(asked).not.toContainText('published');
  await expect(asked.getByRole('button', { name: 'Keep it' })).toBeFocused();
  // The question is the dialog's description, and Tab goes round its two answers until one is given.
  await expect(asked).toHaveAccessibleDescription(/^Delete “Untitled article” with its tags and sources\?/);
  await page.keyboard.press('Tab');
  await expect(asked.getByRole('button', { name: 'Delete it' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(asked.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(asked).toHaveCount(0);
  await expect(deleteArticle(page)).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(asked.getByRole('button', { name: 'Delete it' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(listStatus(page)).toHaveText('Deleted “Untitled article”.');
  // The list's status region is there before its words, so a screen reader reads them.
  expect(await bornSpeaking(page)).not.toContain('Deleted “Untitled article”.');
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused();
  await expect(rows(page)).toHaveText(['Banjir di Medan']);
  expect((await callApi(app, 'articles.list', {})).map((a) => a.headline)).toEqual(['Banjir di Medan']);
  // Coming back to the list later says nothing more.
  await page.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expect(rows(page)).toHaveText(['Banjir di Medan']);
  await expect(listStatus(page)).toBeEmpty();
  expect(watch.problems).toEqual([]);
});

test('a published article is deleted with a question that says so; typing not yet saved neither recreates it nor holds the way out', async ({
  page,
  app,
}) => {
  const target = await seedArticle(app, {
    headline: 'Harga cabai naik',
    status: 'published',
    body: ['Isi.'],
  });
  const linking = await seedArticle(app, {
    headline: 'Pasar Sambu',
    body: documentOf(paragraph(text('Isi berita.')), relatedArticle(target.id, 'Harga cabai naik')),
  });
  const watch = await openApp(page, app, `#/article/${target.id}`);
  await expect(page.getByLabel('Headline')).toHaveValue('Harga cabai naik');
  await deleteArticle(page).click();
  const asked = question(page, 'Delete article');
  await expect(asked).toContainText(
    'Delete “Harga cabai naik”? It was published: the package already exported',
  );
  // Typed while the question is up: leaving the field for "Delete it" sends it as the delete goes.
  await page.getByLabel('Lead').fill('Di Medan.');
  await asked.getByRole('button', { name: 'Delete it' }).click();

  await expect(listStatus(page)).toHaveText('Deleted “Harga cabai naik”.');
  await expect(page.getByRole('alertdialog', { name: 'Leave without saving?' })).toHaveCount(0);
  await expect(rows(page)).toHaveText(['Pasar Sambu']);
  expect((await callApi(app, 'articles.list', {})).map((a) => a.id)).toEqual([linking.id]);

  // The article that linked to it says the link's article no longer exists, and its preflight blocks.
  await page.getByRole('link', { name: /Pasar Sambu/ }).click();
  await expect(page.getByText('That article no longer exists: the export is blocked')).toBeVisible();
  const preflight = await callApi(app, 'export.preflight', { id: linking.id });
  expect(preflight.errors.map((issue) => issue.code)).toEqual(['BROKEN_RELATED_LINK']);
  expect(watch.problems).toEqual([]);
});

test('a delete from a window another one saved since is refused, and Reload article is offered', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Gempa Tapanuli', body: ['Isi.'] });
  await openApp(page, app, `#/article/${article.id}`);
  await expect(page.getByLabel('Headline')).toHaveValue('Gempa Tapanuli');
  await callApi(app, 'articles.save', { ...article, headline: 'Gempa Tapanuli Utara' });
  await deleteArticle(page).click();
  await question(page, 'Delete article').getByRole('button', { name: 'Delete it' }).click();
  const refusal = page.getByRole('region', { name: 'Delete article' }).getByRole('alert');
  await expect(refusal).toContainText('changed in another window since you opened it, so it was not deleted');
  await refusal.getByRole('button', { name: 'Reload article' }).click();
  await page.getByRole('button', { name: 'Reload and lose my changes' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Gempa Tapanuli Utara');
  expect((await callApi(app, 'articles.list', {})).length).toBe(1);
});

test('a mistyped source is deleted from the keyboard; one in use cannot be, and says how many articles use it', async ({
  page,
  app,
}) => {
  const used = await callApi(app, 'sources.create', { kind: 'person', name: 'Bobby Nasution' });
  await callApi(app, 'sources.create', { kind: 'person', name: 'Bobby Nasutoin' });
  await seedArticle(app, {
    headline: 'Wali kota meninjau banjir',
    body: documentOf(paragraph(sourceMark(used.id, text('“Kami tangani,”')), text(' katanya.'))),
  });
  const watch = await openApp(page, app);
  await page.getByRole('button', { name: 'Sources' }).click();
  const registry = page.getByRole('list', { name: 'Source registry' });

  await registry.getByRole('button', { name: /Bobby Nasution/ }).click();
  const inUse = page.getByRole('region', { name: 'Bobby Nasution' });
  await expect(inUse.getByRole('button', { name: 'Delete source' })).toBeDisabled();
  await expect(
    inUse.getByText(
      'Used in 1 article: take it out of that article, or merge it into another source, to delete it.',
    ),
  ).toBeVisible();

  await registry.getByRole('button', { name: /Bobby Nasutoin/ }).focus();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('region', { name: 'Bobby Nasutoin' });
  const button = detail.getByRole('button', { name: 'Delete source' });
  await button.focus();
  await page.keyboard.press('Enter');
  const asked = question(page, 'Delete source');
  await expect(asked).toContainText('Delete “Bobby Nasutoin” from the registry? This cannot be undone.');
  await expect(asked.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');

  await expect(
    page.getByRole('region', { name: 'Sources' }).locator('.rx-list-notice[role="status"]'),
  ).toHaveText('Deleted the source “Bobby Nasutoin”.');
  await expect(registry.getByRole('button')).toHaveCount(1);
  await expect(registry.getByRole('button', { name: /Bobby Nasution/ })).toBeFocused();
  expect((await callApi(app, 'sources.list', {})).map((source) => source.name)).toEqual(['Bobby Nasution']);
  expect(watch.problems).toEqual([]);
});

test('in Bahasa Indonesia, both deletes ask and explain in Indonesian', async ({ page, app }) => {
  const source = await callApi(app, 'sources.create', { kind: 'organisation', name: 'Kremlin' });
  const article = await seedArticle(app, { headline: 'Putin bertemu Kim', body: ['Isi.'] });
  await callApi(app, 'articles.setSources', {
    id: article.id,
    byHand: [{ sourceId: source.id, role: 'cited' }],
    quotedFrom: '',
  });
  await openApp(page, app);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language', { exact: true }).selectOption('id');
  await page.getByRole('button', { name: 'Artikel', exact: true }).click();
  await page.getByRole('link', { name: /Putin bertemu Kim/ }).click();
  await page.getByRole('button', { name: 'Hapus artikel' }).click();
  const asked = question(page, 'Hapus artikel');
  await expect(asked).toContainText('Hapus “Putin bertemu Kim” beserta tag dan sumbernya?');
  await expect(asked.getByRole('button', { name: 'Jangan hapus' })).toBeFocused();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Sumber', exact: true }).click();
  await page.getByRole('button', { name: /Kremlin/ }).click();
  await expect(page.getByRole('button', { name: 'Hapus sumber' })).toBeDisabled();
  await expect(page.getByText('Dipakai di 1 artikel: keluarkan dari artikel itu')).toBeVisible();
});
