import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';

const allArticles = async (app: Parameters<typeof callApi>[0]) => callApi(app, 'articles.list', {});

/** New article, opened with the focus in its Headline: its id. */
async function newArticle(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeFocused();
  return /#\/article\/([\w-]+)/.exec(page.url())![1]!;
}

test('a new article left untouched is not kept; one with a word in it is', async ({ page, app }) => {
  // An empty article made elsewhere (another window, the command line): still at revision 0.
  const elsewhere = await callApi(app, 'articles.create', {});
  await openApp(page, app);
  const before = (await allArticles(app)).length;
  const back = page.getByRole('button', { name: '← All articles' });

  // New article, then straight back: no empty "untitled" article is left behind.
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeFocused();
  await back.click();
  await expect(page.getByRole('region', { name: 'Articles' })).toBeVisible();
  expect((await allArticles(app)).length).toBe(before);

  // With a headline typed it is kept.
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeFocused();
  await page.getByLabel('Headline').fill('Banjir di Medan');
  await expectSaved(page);
  await back.click();
  await expect(page.getByRole('region', { name: 'Articles' })).toBeVisible();
  const after = await allArticles(app);
  expect(after.length).toBe(before + 1);
  expect(after.map((article) => article.headline)).toContain('Banjir di Medan');

  // An empty article this window did not make, opened from the list and left untouched, is kept.
  await page.getByRole('link', { name: 'Untitled article' }).click();
  await expect(page.getByLabel('Headline')).toBeFocused();
  await back.click();
  await expect(page.getByRole('region', { name: 'Articles' })).toBeVisible();
  const kept = await allArticles(app);
  expect(kept.length).toBe(before + 1);
  expect(kept.map((article) => article.id)).toContain(elsewhere.id);
});

test('a new article typed into, saved and emptied again is not kept when left, nor when its tab closes', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const emptied = async () => {
    const id = await newArticle(page);
    await page.getByLabel('Headline').fill('Banjir di Medan');
    await body(page).click();
    await page.keyboard.type('Air naik setinggi lutut.');
    await expectSaved(page);
    expect((await callApi(app, 'articles.get', { id })).headline).toBe('Banjir di Medan');
    await page.getByLabel('Headline').fill('');
    await body(page).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await expect(body(page)).toHaveText('');
    return id;
  };
  await emptied();
  await expectSaved(page);
  await page.getByRole('button', { name: '← All articles' }).click();
  await expect(page.getByRole('region', { name: 'Articles' })).toBeVisible();
  expect(await allArticles(app)).toEqual([]);
  // The same when the tab is closed on it (a save still on its way as it closes may keep it instead).
  await emptied();
  await expectSaved(page);
  await page.close();
  await expect.poll(async () => (await allArticles(app)).length).toBe(0);
});

test('a new article given only spaces or empty lines — in the headline, the lead or the body — is not kept when left', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const back = page.getByRole('button', { name: '← All articles' });
  for (const fill of [
    () => page.getByLabel('Headline').fill('   '),
    () => page.getByLabel('Lead').fill('  \n  '),
    async () => {
      await body(page).click();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('   ');
    },
  ]) {
    await newArticle(page);
    await fill();
    await expectSaved(page);
    await back.click();
    await expect(page.getByRole('region', { name: 'Articles' })).toBeVisible();
    await expect.poll(() => allArticles(app)).toEqual([]);
  }
  // One word is something: kept.
  await newArticle(page);
  await body(page).click();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' Banjir ');
  await expectSaved(page);
  await back.click();
  await expect(page.getByRole('region', { name: 'Articles' })).toBeVisible();
  expect(await allArticles(app)).toHaveLength(1);
});

test('closing the tab on a new article left untouched does not keep it', async ({ page, app }) => {
  await openApp(page, app);
  const before = (await allArticles(app)).map((article) => article.id);
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeFocused();
  expect((await allArticles(app)).length).toBe(before.length + 1);
  await page.close();
  await expect.poll(async () => (await allArticles(app)).map((article) => article.id)).toEqual(before);
});

test('a new article given a source in another window while it stood untouched is kept when left', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const id = await newArticle(page);
  const agency = await callApi(app, 'sources.create', { kind: 'agency', name: 'Antara' });
  await callApi(app, 'articles.setSources', { id, byHand: [{ sourceId: agency.id, role: 'cited' }] });
  await page.getByRole('button', { name: '← All articles' }).click();
  await expect(page.getByRole('region', { name: 'Articles' })).toBeVisible();
  expect((await allArticles(app)).map((article) => article.id)).toEqual([id]);
});

test('reloading on a new article left untouched opens a fresh one in its place, never the one being deleted', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const first = await newArticle(page);
  await page.reload();
  await expect(page).not.toHaveURL(new RegExp(first));
  await expect(page.getByLabel('Headline')).toBeFocused();
  const second = /#\/article\/([\w-]+)/.exec(page.url())![1]!;
  await expect.poll(async () => (await allArticles(app)).map((article) => article.id)).toEqual([second]);
  // Typing goes into the fresh one and is saved.
  await page.keyboard.type('Gempa di Tarutung');
  await expectSaved(page);
  expect((await callApi(app, 'articles.get', { id: second })).headline).toBe('Gempa di Tarutung');
  // Back does not lead to the deleted one.
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(first));
});

test('a Quoted-from line typed into a new article just before the tab closes is kept, with the article', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const id = await newArticle(page);
  await page.getByLabel('Quoted-from line').fill('Dikutip dari Antara');
  // Closed before the line's typing pause ends: it is committed as the page goes, and sent to outlive it.
  await page.close();
  await expect
    .poll(async () => (await callApi(app, 'articles.sources', { id })).quotedFrom)
    .toBe('Dikutip dari Antara');
  expect((await allArticles(app)).map((article) => article.id)).toEqual([id]);
});

test('New article double-clicked, or Enter pressed on it again while it opens, makes one article; the second click does not leave it', async ({
  page,
  app,
}) => {
  const watch = await openApp(page, app);
  const articles = page.getByRole('region', { name: 'Articles' });
  const back = page.getByRole('button', { name: '← All articles' });

  // A fast double-click: one article, opened; left untouched, none remains.
  await page.getByRole('button', { name: 'New article' }).dblclick();
  await expect(page.getByLabel('Headline')).toBeFocused();
  await back.click();
  await expect(articles).toBeVisible();
  expect(await allArticles(app)).toEqual([]);

  // Activated three times before the first article is made (Enter held down, or pressed again at
  // once: a key's click has no click count to tell it by).
  await page.getByRole('button', { name: 'New article' }).evaluate((button: HTMLElement) => {
    button.click();
    button.click();
    button.click();
  });
  await expect(page.getByLabel('Headline')).toBeFocused();
  expect(await allArticles(app)).toHaveLength(1);
  await back.click();
  await expect(articles).toBeVisible();
  expect(await allArticles(app)).toEqual([]);

  // A slower double-click: the article opens between the two clicks, and the second lands on
  // "← All articles", drawn where New article was. It is the end of the double-click, not a leave.
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeFocused();
  const box = (await back.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  await page.getByLabel('Headline').fill('Dua klik');
  await expectSaved(page);
  await expect(page.getByLabel('Headline')).toHaveValue('Dua klik');
  expect((await allArticles(app)).map((article) => article.headline)).toEqual(['Dua klik']);
  expect(watch.problems).toEqual([]);
});
