import { documentOf, list, listItem, paragraph, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { callApi } from './support/api';
import { importPhoto } from './support/sources';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';

/** Every text the save status showed since the page loaded. */
const STATUS_LOG = `(() => {
  window.__statuses = [];
  new MutationObserver(() => {
    const said = [...document.querySelectorAll('[role="status"]')].map((each) => each.textContent).join(' | ');
    if (said && window.__statuses.at(-1) !== said) window.__statuses.push(said);
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

test('opening an article only reads it: no "Unsaved changes", no new revision, even when the editor tidies it', async ({
  page,
  app,
}) => {
  const photoId = await importPhoto(app);
  const tidy = await callApi(app, 'articles.create', {});
  const tidyBody = documentOf(
    paragraph(text('Pembuka berita.')),
    list('bullet', listItem(text('Poin satu')), listItem(text('Poin dua'))),
    pageBreak(),
    { type: 'photo', version: 1, photoId, caption: 'Foto', credit: 'AFP', altText: 'Alt' },
    paragraph(text('Penutup berita.')),
  );
  const tidied = await callApi(app, 'articles.save', { ...tidy, headline: 'Rapi', body: tidyBody });
  // Two breaks in a row (written by the API): the editor takes one out as it opens.
  const untidy = await callApi(app, 'articles.create', {});
  const untidied = await callApi(app, 'articles.save', {
    ...untidy,
    headline: 'Berantakan',
    body: documentOf(paragraph(text('Satu.')), pageBreak(), pageBreak(), paragraph(text('Dua.'))),
  });

  await page.addInitScript(STATUS_LOG);
  for (const [id, saved] of [
    [tidy.id, tidied],
    [untidy.id, untidied],
  ] as const) {
    await openApp(page, app, `#/article/${id}`);
    await expect(body(page)).toContainText(id === tidy.id ? 'Penutup berita.' : 'Dua.');
    await expectSaved(page);
    // Save now: had opening counted as a change, it would store a new revision.
    await body(page).click();
    await page.keyboard.press('Control+s');
    await expectSaved(page);
    expect(((await page.evaluate('window.__statuses')) as string[]).join(' / ')).not.toContain(
      'Unsaved changes',
    );
    expect((await callApi(app, 'articles.get', { id })).revision).toBe(saved.revision);
  }
  // The export reads the body the editor shows: the tidy-up is saved before its check.
  await expect(body(page).getByRole('separator')).toHaveCount(1);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  await expect(dialog.getByText('The article has no lead.')).toBeVisible();
  await expect(dialog).not.toContainText('is empty');
  await page.keyboard.press('Escape');
  expect((await callApi(app, 'articles.get', { id: untidy.id })).body.root.children.length).toBe(3);

  // And what the user writes next is saved on top of it.
  await body(page).getByText('Dua.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Tiga.');
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  const stored = await callApi(app, 'articles.get', { id: untidy.id });
  expect(stored.body.root.children.map((node) => node.type)).toEqual([
    'paragraph',
    'page-break',
    'paragraph',
  ]);
});
