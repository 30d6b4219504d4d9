import type { Page } from '@playwright/test';
import { documentOf, paragraph, text } from '../unit/support/documents';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { alert, storedTextsOf } from './support/pages';
import { caretAfter, selectText } from './support/selection';
import { article, picker, tags } from './support/sources';
import type { WebApp } from './support/web-app';

/**
 * Create source in the Tag source box tags the words selected when it was chosen, once the registry
 * has the source: however long the save takes, and whatever the box does meanwhile (closed, opened
 * again on other words). The save is held here until the test lets it go.
 */

const QUOTE = '“Kami sangat prihatin,”';

/** An article of a quote and a second paragraph; returns its id. */
function quoteArticle(app: WebApp, headline: string): Promise<string> {
  return article(
    app,
    headline,
    documentOf(paragraph(text(`${QUOTE} kata Sullivan.`)), paragraph(text('Paragraf kedua tentang banjir.'))),
  );
}

/**
 * Holds the next sources.create request until `release` (sent on to the service) or `refuse` (the
 * connection dropped); `sent` resolves once the app has sent it.
 */
async function holdCreate(page: Page) {
  let answer: (send: boolean) => void = () => undefined;
  const held = new Promise<boolean>((resolve) => (answer = resolve));
  const sent = page.waitForRequest('**/api/sources.create');
  await page.route('**/api/sources.create', async (route) => {
    if (await held) await route.continue();
    else await route.abort();
  });
  return { sent, release: () => answer(true), refuse: () => answer(false) };
}

/**
 * Opens an article of the quote, holds the registry's answer, then selects the quote, opens Tag source
 * and sends Create and tag for a new source, Anwar Baru; resolves once it is sent.
 */
async function createHeld(page: Page, app: WebApp, headline: string) {
  const id = await quoteArticle(app, headline);
  const watch = await openApp(page, app, `#/article/${id}`);
  const save = await holdCreate(page);
  await selectText(page, QUOTE);
  await page.keyboard.press('Control+Alt+s');
  await picker(page).getByRole('button', { name: 'Create source' }).click();
  await picker(page).getByLabel('Name').fill('Anwar Baru');
  await picker(page).getByRole('button', { name: 'Create and tag' }).click();
  await save.sent;
  return { id, watch, save };
}

/** The quote, and only it, is tagged with Anwar Baru, on screen and stored. */
async function expectQuoteTagged(page: Page, app: WebApp, id: string): Promise<void> {
  await expect(tags(page).first()).toHaveText(QUOTE);
  await expect(tags(page).first()).toHaveAttribute('title', 'Source: Anwar Baru');
  await expectSaved(page);
  expect((await storedTextsOf(app, id, 'source'))[0]).toBe(QUOTE);
}

const sourcesNamed = async (app: WebApp, name: string) =>
  (await callApi(app, 'sources.list', { query: name, limit: 5 })).filter((source) => source.name === name);

test('the box closed while Create source is saving: the new source then tags the words chosen for it, and the caret stays where the user writes', async ({
  page,
  app,
}) => {
  const { id, watch, save } = await createHeld(page, app, 'Buat sumber lalu tutup');
  // Cancel leaves the form for the search, and Cancel there closes the box: the save was sent.
  await picker(page).getByRole('button', { name: 'Cancel' }).click();
  await picker(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(picker(page)).toBeHidden();

  // Writing on elsewhere while the registry has not answered.
  await caretAfter(page, 'banjir');
  await page.keyboard.type(' besar');
  save.release();
  await expect(alert(page)).toContainText(
    'The new source “Anwar Baru” is in the registry, and the words selected for it are tagged.',
  );
  await expectQuoteTagged(page, app, id);
  await expect(tags(page)).toHaveCount(1);
  // The tag did not take the caret: what is typed next follows what was typed before.
  await page.keyboard.type(' sekali');
  await expect(body(page).locator('p').nth(1)).toHaveText('Paragraf kedua tentang banjir besar sekali.');
  expect(await sourcesNamed(app, 'Anwar Baru')).toHaveLength(1);
  expect(watch.problems).toEqual([]);
});

test('Escape while Create source is saving: the focus stays in the box, Escape leaves the form and then the box, and the words are tagged once the source exists', async ({
  page,
  app,
}) => {
  const { id, watch, save } = await createHeld(page, app, 'Buat sumber lalu Escape');
  const submit = picker(page).getByRole('button', { name: 'Create and tag' });
  await expect(submit).toBeFocused();
  await expect(submit).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await expect(picker(page).getByRole('combobox', { name: 'Find a source' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(picker(page)).toBeHidden();

  save.release();
  await expectQuoteTagged(page, app, id);
  await expect(tags(page)).toHaveCount(1);
  expect(watch.problems).toEqual([]);
});

test('words deleted while Create source is saving: the notice says the source was created and the words not tagged', async ({
  page,
  app,
}) => {
  const { id, watch, save } = await createHeld(page, app, 'Buat sumber, kata dihapus');
  await selectText(page, 'sangat ');
  await page.keyboard.press('Delete');
  // The box goes; what became of the words is told once the registry has answered.
  await expect(picker(page)).toBeHidden();
  await expect(alert(page)).toHaveCount(0);

  save.release();
  await expect(alert(page)).toContainText(
    'The source “Anwar Baru” was created, but the words selected for it changed while it was being saved, so they are not tagged: select them and tag them with “Anwar Baru” (Ctrl+Alt+S).',
  );
  await expect(tags(page)).toHaveCount(0);
  await expect(body(page).locator('p').first()).toHaveText('“Kami prihatin,” kata Sullivan.');
  await expectSaved(page);
  expect(await storedTextsOf(app, id, 'source')).toEqual([]);
  expect(await sourcesNamed(app, 'Anwar Baru')).toHaveLength(1);
  expect(watch.problems).toEqual([]);
});

test('Tag source opened on other words while Create source is saving: the new source tags its own words, the open box keeps its own', async ({
  page,
  app,
}) => {
  await callApi(app, 'sources.create', { kind: 'person', name: 'Jake Sullivan' });
  const { id, watch, save } = await createHeld(page, app, 'Buat sumber, kotak dibuka lagi');
  await selectText(page, 'Paragraf kedua');
  await page.keyboard.press('Control+Alt+s');
  const search = picker(page).getByRole('combobox', { name: 'Find a source' });
  await expect(search).toBeFocused();

  save.release();
  await expect(tags(page)).toHaveText([QUOTE]);
  await expect(tags(page).first()).toHaveAttribute('title', 'Source: Anwar Baru');
  // The box opened since is still open, on its own words.
  await expect(picker(page)).toBeVisible();
  await search.fill('Jake');
  await expect(picker(page).getByRole('option').first()).toContainText('Jake Sullivan');
  await page.keyboard.press('Enter');
  await expect(picker(page)).toBeHidden();
  await expect(tags(page)).toHaveText([QUOTE, 'Paragraf kedua']);
  await expect(tags(page).nth(1)).toHaveAttribute('title', 'Source: Jake Sullivan');
  await expectSaved(page);
  expect(await storedTextsOf(app, id, 'source')).toEqual([QUOTE, 'Paragraf kedua']);
  expect(watch.problems).toEqual([]);
});

test('Create source failing after its box closed says so, and tags nothing', async ({ page, app }) => {
  const { id, watch, save } = await createHeld(page, app, 'Buat sumber gagal');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(picker(page)).toBeHidden();

  save.refuse();
  await expect(alert(page)).toContainText(
    'The source “Anwar Baru” could not be created, so nothing was tagged: Redaksi’s service could not be reached. Check that it is still running.',
  );
  await expect(tags(page)).toHaveCount(0);
  expect(await storedTextsOf(app, id, 'source')).toEqual([]);
  expect(await sourcesNamed(app, 'Anwar Baru')).toHaveLength(0);
  // The dropped connection is Chromium's own console error; nothing else went wrong.
  expect(watch.problems).toEqual(['console: Failed to load resource: net::ERR_FAILED']);
});

test('leaving the article while Create source is saving waits for it: the words are tagged and saved with the article', async ({
  page,
  app,
}) => {
  const { id, watch, save } = await createHeld(page, app, 'Buat sumber lalu pergi');
  await page.getByRole('button', { name: '← All articles' }).click();
  save.release();
  await expect(page.getByRole('region', { name: 'Articles' })).toBeVisible();
  // Left only once the source was made and the quote tagged with it and saved.
  expect(await storedTextsOf(app, id, 'source')).toEqual([QUOTE]);
  expect(await sourcesNamed(app, 'Anwar Baru')).toHaveLength(1);
  expect(watch.problems).toEqual([]);
});
