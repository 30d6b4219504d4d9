import type { Page } from '@playwright/test';
import { documentPlainText } from '../../shared/editor/document';
import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, openApp, saveStatus, test } from './support/fixtures';

const DELETED_ELSEWHERE =
  'This article was deleted in another window or tab. Your text is still here: save it as a new article to keep it.';
const saveAsNew = (page: Page) => page.getByRole('button', { name: 'Save as new article' });

async function typeAtEndOfBody(page: Page, words: string): Promise<void> {
  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(words);
}

test('text typed after another tab deleted the article is kept: it says so plainly and saves it as a new article', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, {
    headline: 'Banjir rob',
    lead: 'Air laut naik.',
    rubric: 'Regional',
    tags: ['banjir'],
    body: ['Warga Belawan mengungsi.'],
  });
  const bmkg = await callApi(app, 'sources.create', { kind: 'organisation', name: 'BMKG Belawan' });
  await callApi(app, 'articles.setSources', {
    id: article.id,
    byHand: [{ sourceId: bmkg.id, role: 'cited' }],
  });
  await callApi(app, 'sources.create', { kind: 'organisation', name: 'Basarnas' });
  const watch = await openApp(page, app, `#/article/${article.id}`);
  await typeAtEndOfBody(page, ' Sebelum dihapus.');
  await expectSaved(page);

  // Another tab opens it (as saved) and deletes it.
  const other = await page.context().newPage();
  await openApp(other, app, `#/article/${article.id}`);
  await expect(body(other)).toHaveText('Warga Belawan mengungsi. Sebelum dihapus.');
  await other.getByRole('button', { name: 'Delete article' }).click();
  await other
    .getByRole('alertdialog', { name: 'Delete article' })
    .getByRole('button', { name: 'Delete it' })
    .click();
  await expect(other.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();

  // Typed here afterwards: refused, said plainly, and no Reload that would throw it away.
  await typeAtEndOfBody(page, ' Setelah dihapus.');
  await page.getByLabel('Headline').press('End');
  await page.getByLabel('Headline').pressSequentially(' di Belawan');
  await page.getByLabel('Quoted-from line').fill('Dikutip dari BMKG');
  // Adding a source now cannot work: the panel says why and what to do, as the status line does.
  await page.getByLabel('Source to add').selectOption({ label: 'Basarnas' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Sources in this article' }).getByRole('alert')).toHaveText(
    DELETED_ELSEWHERE,
  );
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText(DELETED_ELSEWHERE);
  await expect(page.getByRole('button', { name: 'Reload article' })).toHaveCount(0);

  await saveAsNew(page).click();
  await expect(page).not.toHaveURL(new RegExp(article.id));
  await expect(page.getByLabel('Headline')).toHaveValue('Banjir rob di Belawan');
  await expect(body(page)).toHaveText('Warga Belawan mengungsi. Sebelum dihapus. Setelah dihapus.');
  await expect(page.getByLabel('Lead')).toHaveValue('Air laut naik.');
  await expectSaved(page);
  await expect(page.getByRole('alertdialog', { name: 'Leave without saving?' })).toHaveCount(0);

  const [kept] = await callApi(app, 'articles.list', {});
  expect(kept?.id).not.toBe(article.id);
  expect(page.url()).toContain(`#/article/${kept!.id}`);
  const stored = await callApi(app, 'articles.get', { id: kept!.id });
  expect(stored).toMatchObject({
    headline: 'Banjir rob di Belawan',
    lead: 'Air laut naik.',
    rubric: 'Regional',
    tags: ['banjir'],
  });
  expect(documentPlainText(stored.body)).toBe('Warga Belawan mengungsi. Sebelum dihapus. Setelah dihapus.');
  // The source added by hand and the line typed after the delete came too.
  const sources = page.getByRole('region', { name: 'Sources in this article' });
  await expect(sources.getByRole('link', { name: 'BMKG Belawan' })).toBeVisible();
  await expect(page.getByLabel('Quoted-from line')).toHaveValue('Dikutip dari BMKG');
  expect(await callApi(app, 'articles.sources', { id: kept!.id })).toMatchObject({
    quotedFrom: 'Dikutip dari BMKG',
  });
  // Going on typing saves into the new article.
  await typeAtEndOfBody(page, ' Lanjut.');
  await expectSaved(page);
  expect(documentPlainText((await callApi(app, 'articles.get', { id: kept!.id })).body)).toMatch(/Lanjut\.$/);
  expect(watch.problems).toEqual([]);
});

test('an article deleted through the API while open: autosave says so, and Save as new works from the keyboard', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Gempa Tapanuli', body: ['Isi awal.'] });
  await openApp(page, app, `#/article/${article.id}`);
  await expect(body(page)).toHaveText('Isi awal.');
  await callApi(app, 'articles.delete', { id: article.id, revision: article.revision });

  await typeAtEndOfBody(page, ' Kalimat baru.');
  // No Ctrl+S: the autosave meets the refusal.
  await expect(saveStatus(page)).toHaveText(DELETED_ELSEWHERE);
  await saveAsNew(page).focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(new RegExp(article.id));
  await expect(page.getByLabel('Headline')).toHaveValue('Gempa Tapanuli');
  await expect(body(page)).toHaveText('Isi awal. Kalimat baru.');
  const list = await callApi(app, 'articles.list', {});
  expect(list.map((a) => a.headline)).toEqual(['Gempa Tapanuli']);
  const stored = await callApi(app, 'articles.get', { id: list[0]!.id });
  expect(documentPlainText(stored.body)).toBe('Isi awal. Kalimat baru.');
});

test('leaving an article deleted elsewhere offers to keep the text as a new article, not a save that cannot work', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Longsor Sibolangit', body: ['Jalan tertutup.'] });
  await openApp(page, app, `#/article/${article.id}`);
  await expect(body(page)).toHaveText('Jalan tertutup.');
  await callApi(app, 'articles.delete', { id: article.id, revision: article.revision });
  await typeAtEndOfBody(page, ' Alat berat dikirim.');
  await expect(saveStatus(page)).toHaveText(DELETED_ELSEWHERE);

  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  const guard = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(guard).toContainText(
    'The latest changes to “Longsor Sibolangit” could not be saved: it was deleted in another window or tab.',
  );
  await expect(guard.getByRole('button', { name: 'Try saving again' })).toHaveCount(0);
  await guard.getByRole('button', { name: 'Save as new article and leave' }).click();

  // The text is kept as a new article, and the move goes on to the list, where it is.
  await expect(guard).toBeHidden();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Longsor Sibolangit' })).toBeVisible();
  const list = await callApi(app, 'articles.list', {});
  expect(list.map((a) => a.id)).not.toContain(article.id);
  expect(list.map((a) => a.headline)).toEqual(['Longsor Sibolangit']);
  const stored = await callApi(app, 'articles.get', { id: list[0]!.id });
  expect(documentPlainText(stored.body)).toBe('Jalan tertutup. Alat berat dikirim.');
});
