import type { Page } from '@playwright/test';
import { documentPlainText } from '../../shared/editor/document';
import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, openApp, saveStatus, test } from './support/fixtures';
import { caretAfter } from './support/selection';
import { ownFocus } from './support/tabs';
import type { WebApp } from './support/web-app';

const BROUGHT_UP_TO_DATE = 'Brought up to date: this article was changed in another window or tab.';
const DELETED_ELSEWHERE =
  'This article was deleted in another window or tab. Your text is still here: save it as a new article to keep it.';
const notice = (page: Page) => page.locator('.rx-article-notice[role="status"]');

/** Opens the article in a tab of the page's context that sees the focus come and go as a real tab does. */
async function tabOn(page: Page, app: WebApp, id: string): Promise<Page> {
  await openApp(page, app, `#/article/${id}`);
  await ownFocus(page);
  await expect(body(page)).not.toBeEmpty();
  return page;
}

/** The API requests a tab sends for one method, counted from now. */
function counting(page: Page, method: string): () => number {
  let sent = 0;
  page.on('request', (request) => {
    if (request.url().endsWith(`/api/${method}`)) sent += 1;
  });
  return () => sent;
}

test('back in an idle tab, what another tab saved shows, is said, keeps the caret’s place, and typing saves', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, {
    headline: 'Banjir Kudus',
    lead: 'Air mulai naik.',
    body: ['Paragraf satu.', 'Paragraf dua.'],
  });
  const b = await tabOn(page, app, article.id);
  // B's caret sits in the second paragraph, after its first word; nothing unsaved.
  await body(b).getByText('Paragraf dua.').click();
  await caretAfter(b, 'Paragraf ', 1);
  await expectSaved(b);

  const a = await tabOn(await page.context().newPage(), app, article.id);
  await a.getByLabel('Lead').fill('Air setinggi dada.');
  await a.getByLabel('Status', { exact: true }).selectOption('published');
  await a.getByLabel('Lead').focus();
  await expectSaved(a);
  await expect
    .poll(async () => (await callApi(app, 'articles.get', { id: article.id })).status)
    .toBe('published');

  const reads = counting(b, 'articles.get');
  await b.bringToFront();
  await expect(b.getByLabel('Lead')).toHaveValue('Air setinggi dada.');
  await expect(b.getByLabel('Status', { exact: true })).toHaveValue('published');
  await expect(notice(b)).toHaveText(BROUGHT_UP_TO_DATE);
  await expectSaved(b);
  expect(reads()).toBe(1);
  // The caret is back in the body, where it was in its block.
  await expect(body(b)).toBeFocused();
  await b.keyboard.type('kini ');
  await expectSaved(b);
  await expect(b.getByRole('button', { name: 'Reload article' })).toHaveCount(0);
  const stored = await callApi(app, 'articles.get', { id: article.id });
  expect(stored).toMatchObject({ lead: 'Air setinggi dada.', status: 'published' });
  expect(documentPlainText(stored.body)).toBe('Paragraf satu.\nParagraf kini dua.');
  // Edited again, the note has done its work.
  await expect(notice(b)).toHaveText('');
});

test('back in an idle tab on an article another tab deleted, it says so at once and keeps what is typed next', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Longsor Sibolangit', body: ['Jalan tertutup.'] });
  const b = await tabOn(page, app, article.id);
  await expectSaved(b);

  const a = await tabOn(await page.context().newPage(), app, article.id);
  await a.getByRole('button', { name: 'Delete article' }).click();
  await a
    .getByRole('alertdialog', { name: 'Delete article' })
    .getByRole('button', { name: 'Delete it' })
    .click();
  await expect(a.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();

  await b.bringToFront();
  // Before any key: the state a refused save shows, Save as new offered, no Reload.
  await expect(saveStatus(b)).toHaveText(DELETED_ELSEWHERE);
  await expect(b.getByRole('button', { name: 'Save as new article' })).toBeVisible();
  await expect(b.getByRole('button', { name: 'Reload article' })).toHaveCount(0);
  await expect(body(b)).toHaveText('Jalan tertutup.');

  // What is typed now counts as unsaved: leaving offers to keep it as a new article.
  await body(b).click();
  await b.keyboard.press('Control+End');
  await b.keyboard.type(' Alat berat dikirim.');
  await expect(saveStatus(b)).toHaveText(DELETED_ELSEWHERE);
  await b.getByRole('button', { name: 'Articles', exact: true }).click();
  const guard = b.getByRole('alertdialog', { name: 'Leave without saving?' });
  await guard.getByRole('button', { name: 'Save as new article and leave' }).click();
  await expect(guard).toBeHidden();
  const list = await callApi(app, 'articles.list', {});
  expect(list.map((kept) => kept.headline)).toEqual(['Longsor Sibolangit']);
  const kept = await callApi(app, 'articles.get', { id: list[0]!.id });
  expect(documentPlainText(kept.body)).toBe('Jalan tertutup. Alat berat dikirim.');
});

test('a tab with unsaved typing is left to its conflict, while an idle tab on the same article is brought up to date', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Gempa Tapanuli', lead: 'Lama.', body: ['Isi awal.'] });
  const idle = await tabOn(page, app, article.id);
  const b = await tabOn(await page.context().newPage(), app, article.id);
  // B saves once: whatever it read on coming to the front is answered before the other window acts.
  await b.bringToFront();
  await body(b).click();
  await b.keyboard.press('Control+End');
  await b.keyboard.type(' Satu.');
  await expectSaved(b);
  // Another window saves a new lead while B is in use (B is not told: it does not poll).
  const seen = await callApi(app, 'articles.get', { id: article.id });
  await callApi(app, 'articles.save', { ...seen, lead: 'Baru dari jendela lain.' });

  // B types, and another tab comes to the front before B's text is saved.
  await b.keyboard.type(' Kalimat dari B.');
  await idle.bringToFront();
  await expect(idle.getByLabel('Lead')).toHaveValue('Baru dari jendela lain.');
  await expect(body(idle)).toHaveText('Isi awal. Satu.');
  await expect(notice(idle)).toHaveText(BROUGHT_UP_TO_DATE);

  // Back in B: its text and the conflict stay as they were, nothing brought in over them.
  await b.bringToFront();
  await expect(saveStatus(b)).toContainText('Not saved: This article was changed in another window');
  await expect(b.getByRole('button', { name: 'Reload article' })).toBeVisible();
  await expect(body(b)).toHaveText('Isi awal. Satu. Kalimat dari B.');
  await expect(b.getByLabel('Lead')).toHaveValue('Lama.');
  await expect(notice(b)).toHaveText('');
});

test('brought up to date with the focus in a field, the same field keeps it, its caret where it was', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Harga beras', lead: 'Naik lagi.', body: ['Isi.'] });
  const b = await tabOn(page, app, article.id);
  const lead = b.getByLabel('Lead');
  await lead.focus();
  await lead.press('End');

  const a = await tabOn(await page.context().newPage(), app, article.id);
  await a.getByLabel('Headline').fill('Harga beras melonjak');
  await a.getByLabel('Headline').blur();
  await expectSaved(a);

  await b.bringToFront();
  await expect(b.getByLabel('Headline')).toHaveValue('Harga beras melonjak');
  await expect(lead).toBeFocused();
  await b.keyboard.type(' Pedagang mengeluh.');
  await expectSaved(b);
  expect(await callApi(app, 'articles.get', { id: article.id })).toMatchObject({
    headline: 'Harga beras melonjak',
    lead: 'Naik lagi. Pedagang mengeluh.',
  });
});

test('back in an idle tab with nothing changed elsewhere, only the revision is read, never the whole article', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Banjir Pati', body: ['Paragraf satu.'] });
  const b = await tabOn(page, app, article.id);
  await expectSaved(b);
  await tabOn(await page.context().newPage(), app, article.id);
  const reads = counting(b, 'articles.get');
  const asks = counting(b, 'articles.revision');
  await b.bringToFront();
  await expect.poll(asks).toBe(1);
  await expect(notice(b)).toHaveText('');
  expect(reads()).toBe(0);
});

test('a save landing after this tab came back into use shows at once, and what is typed here next saves', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Dua jendela', body: ['Isi awal.'] });
  const a = await tabOn(page, app, article.id);
  const b = await tabOn(await page.context().newPage(), app, article.id);
  await expectSaved(b);
  // B is in use (it has the window's focus, its read on coming back done) when A's saves land: as
  // when A's save is sent as the focus leaves it for B, and answered after B's read.
  await b.bringToFront();
  await body(a).click();
  await a.keyboard.press('Control+End');
  await a.keyboard.type(' DARI-A');
  await a
    .getByRole('region', { name: 'Sources in this article' })
    .getByLabel('Quoted-from line')
    .fill('Dikutip dari VOA');
  await a.getByLabel('Lead').focus();
  await expectSaved(a);

  // B was told, and read it, without being left and entered again.
  await expect(body(b)).toHaveText('Isi awal. DARI-A');
  await expect(notice(b)).toHaveText(BROUGHT_UP_TO_DATE);
  await expect(
    b.getByRole('region', { name: 'Sources in this article' }).getByLabel('Quoted-from line'),
  ).toHaveValue('Dikutip dari VOA');
  await body(b).click();
  await b.keyboard.press('Control+End');
  await b.keyboard.type(' DARI-B');
  await expectSaved(b);
  const stored = await callApi(app, 'articles.get', { id: article.id });
  expect(documentPlainText(stored.body)).toBe('Isi awal. DARI-A DARI-B');
});

test('a tab out of use is not brought up to date at every save of another: it reads once, on coming back', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Dua jendela', body: ['Isi awal.'] });
  const hidden = await tabOn(page, app, article.id);
  const a = await tabOn(await page.context().newPage(), app, article.id);
  await a.bringToFront();
  const reads = counting(hidden, 'articles.get');
  const checks = counting(hidden, 'articles.revision');
  await body(a).click();
  await a.keyboard.press('Control+End');
  await a.keyboard.type(' Satu.');
  await expectSaved(a);
  await a.keyboard.type(' Dua.');
  await expectSaved(a);
  expect([reads(), checks()]).toEqual([0, 0]);
  await hidden.bringToFront();
  await expect(body(hidden)).toHaveText('Isi awal. Satu. Dua.');
  expect(reads()).toBe(1);
});
