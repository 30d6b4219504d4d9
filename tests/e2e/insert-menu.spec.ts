import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { caretAfter, caretBefore } from './support/selection';
import { importPhoto } from './support/sources';
import { documentOf, paragraph, text } from '../unit/support/documents';
import { en } from '../../renderer/i18n/en';

const menu = (page: Page) => page.getByRole('listbox', { name: 'Insert' });
/** The body's top-level blocks as tag and text. */
const blocks = (page: Page) =>
  page
    .locator('.rx-body > *')
    .evaluateAll((nodes) => nodes.map((node) => `${node.tagName.toLowerCase()}: ${node.textContent ?? ''}`));

const REFUSED_AT_END = en['pages.refused.atEnd'];
const WORDS = Array.from({ length: 120 }, (_, i) => `kata${i}`).join(' ');

test('"/" at the start of an empty paragraph opens the insert menu: type to narrow, Enter to insert, Escape to keep the "/" (and the caret)', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', { headline: 'Menu sisipan' });
  await callApi(app, 'articles.save', {
    ...created,
    body: documentOf(paragraph(text(`Awal ${WORDS}`)), paragraph(text(`Akhir ${WORDS}`))),
  });
  const watch = await openApp(page, app, `#/article/${created.id}`);
  await expect(body(page)).toContainText('Akhir');
  // Before the menu was ever opened, no empty list is there for screen readers either.
  await expect(page.getByRole('listbox')).toHaveCount(0);

  // "/" alone lists every choice; typing narrows; Enter turns the paragraph into a heading.
  await caretAfter(page, 'kata119');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await expect(menu(page).getByRole('option')).toHaveCount(8);
  await expect(menu(page).getByRole('option').first()).toHaveText('Heading');
  await page.keyboard.type('hea');
  await expect(menu(page).getByRole('option')).toHaveText(['Heading']);
  await page.keyboard.press('Enter');
  await expect(menu(page)).toHaveCount(0);
  // Closed, nothing in the page is a listbox any more (Lexical's leftover was "Typeahead menu").
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(body(page).locator('h2')).toHaveCount(1);
  // One undo step brings back the paragraph with what was typed (and with it the menu); redo makes
  // it the heading again.
  await page.keyboard.press('Control+z');
  await expect(body(page).locator('h2')).toHaveCount(0);
  await expect(body(page).locator('p').nth(1)).toHaveText('/hea');
  await expect(menu(page).getByRole('option')).toHaveText(['Heading']);
  await page.keyboard.press('Control+Shift+z');
  await expect(body(page).locator('h2')).toHaveText('');
  await expect(menu(page)).toHaveCount(0);
  await page.keyboard.type('Latar belakang');
  expect((await blocks(page))[1]).toBe('h2: Latar belakang');

  // Arrows move through the choices; Enter inserts a page break before the empty paragraph, and
  // before the heading right above it, which starts the new page with it.
  await page.keyboard.press('Enter');
  await page.keyboard.type('/hal');
  await expect(menu(page).getByRole('option')).toHaveText(['Insert page break']);
  await page.keyboard.press('Enter');
  await expect(body(page).getByRole('separator')).toHaveCount(1);
  await expect(page.locator('footer').getByText('Page 2 of 2')).toBeVisible();
  await page.keyboard.type('Halaman dua dimulai di sini.');

  // Escape closes the menu and keeps what was typed; it stays closed while typing on, and Enter
  // then starts a new paragraph as usual.
  await page.keyboard.press('Enter');
  await page.keyboard.type('/quo');
  await expect(menu(page).getByRole('option')).toHaveText(['Quote']);
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.keyboard.type('t');
  // Escape with no menu open leaves the caret where it is (the body keeps the focus).
  await page.keyboard.press('Escape');
  await expect(body(page)).toBeFocused();
  await page.keyboard.type('e');
  await expect(menu(page)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(body(page).locator('blockquote')).toHaveCount(0);
  expect((await blocks(page))[4]).toBe('p: /quote');

  // Typed on past every choice, nothing is listed, and no empty list is left for screen readers.
  await page.keyboard.type('/');
  await expect(menu(page).getByRole('option')).toHaveCount(8);
  await page.keyboard.type('zzz');
  await expect(page.getByRole('listbox', { name: /Insert|Typeahead menu/ })).toHaveCount(0);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(menu(page).getByRole('option')).toHaveCount(8);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Backspace');

  // A "/" inside a sentence, or before the words of a paragraph, opens nothing.
  await page.keyboard.type('Tanggal 2024/11 ditulis biasa.');
  await expect(menu(page)).toHaveCount(0);
  // Back at the end of "/quote" later, it is still text.
  await caretAfter(page, '/quote');
  await expect(menu(page)).toHaveCount(0);
  await caretBefore(page, 'Tanggal');
  await page.keyboard.type('/');
  await expect(body(page)).toContainText('/Tanggal');
  await expect(menu(page)).toHaveCount(0);
  await page.keyboard.press('Backspace');
  await expect(body(page)).not.toContainText('/Tanggal');
  await caretAfter(page, 'ditulis biasa.');

  // Through the menu, a related link takes the place of the paragraph that held the "/".
  await page.keyboard.press('Enter');
  await page.keyboard.type('/baca');
  await menu(page).getByRole('option', { name: 'Insert related link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert related link' });
  await dialog.getByRole('textbox', { name: 'Web address' }).fill('https://example.com/berita');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Berita sebelumnya');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  await expect(body(page).getByRole('group', { name: 'Related link: Berita sebelumnya' })).toBeVisible();
  // The link took the place of the paragraph that held "/baca".
  expect((await blocks(page)).slice(5, 7)).toEqual([
    'p: Tanggal 2024/11 ditulis biasa.',
    'div: Baca juga: Berita sebelumnyaexample.comChangeRemove',
  ]);

  // A page break the rules refuse (here: nothing would follow it) says why and keeps what was typed.
  await caretAfter(page, 'kata119', 1);
  await page.keyboard.press('Enter');
  await page.keyboard.type('/hal');
  await expect(menu(page).getByRole('option')).toHaveText(['Insert page break']);
  await page.keyboard.press('Enter');
  await expect(page.locator('.rx-page-notice[role="alert"]')).toContainText(REFUSED_AT_END);
  await expect(body(page).getByRole('separator')).toHaveCount(1);
  expect((await blocks(page)).at(-1)).toBe('p: /hal');
  // The refused "/hal" is text now: the menu stays closed.
  await expect(menu(page)).toHaveCount(0);
  // The refusal changed nothing, so it is no undo step: Ctrl+Z takes back the typing, Ctrl+Y brings it.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await blocks(page)).at(-1)).not.toBe('p: /hal');
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await blocks(page)).at(-1)).toBe('p: /hal');
  await expect(menu(page)).toHaveCount(0);

  await expectSaved(page);
  const stored = await callApi(app, 'articles.get', { id: created.id });
  expect(stored.body.root.children.map((node) => node.type)).toEqual([
    'paragraph',
    'page-break', // before the heading: it goes with the paragraph under it, to the new page
    'heading',
    'paragraph',
    'paragraph',
    'paragraph',
    'related-link',
    'paragraph',
    'paragraph',
  ]);
  expect(stored.body.root.children.at(-1)).toMatchObject({ children: [{ text: '/hal' }] });
  expect(watch.problems).toEqual([]);
});

test('a page break chosen from "/" on an empty line between paragraphs takes that line’s place; undo brings the line back', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', { headline: 'Baris kosong' });
  await callApi(app, 'articles.save', {
    ...created,
    body: documentOf(paragraph(text(`Awal ${WORDS}`)), paragraph(text(`Akhir ${WORDS}`))),
  });
  const watch = await openApp(page, app, `#/article/${created.id}`);
  await caretAfter(page, 'kata119');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/hal');
  await expect(menu(page).getByRole('option')).toHaveText(['Insert page break']);
  await page.keyboard.press('Enter');
  await expect(body(page).getByRole('separator')).toHaveCount(1);
  await expect(page.locator('footer').getByText('Page 2 of 2')).toBeVisible();
  // No empty line opens page 2: its first words do, with the caret before them.
  expect((await blocks(page)).map((line) => line.slice(0, 8))).toEqual(['p: Awal ', 'div: Pag', 'p: Akhir']);
  await page.keyboard.type('Kini ');
  await expect(body(page).locator('p').nth(1)).toHaveText(`Kini Akhir ${WORDS}`);
  await expectSaved(page);
  const stored = await callApi(app, 'articles.get', { id: created.id });
  expect(stored.body.root.children.map((node) => node.type)).toEqual([
    'paragraph',
    'page-break',
    'paragraph',
  ]);

  // Undo takes the words typed, then the break, with the "/hal" line it replaced.
  await page.keyboard.press('Control+z');
  await expect(body(page).locator('p').nth(1)).toHaveText(`Akhir ${WORDS}`);
  await page.keyboard.press('Control+z');
  await expect(body(page).getByRole('separator')).toHaveCount(0);
  await expect(body(page).locator('p')).toHaveCount(3);
  await expect(body(page).locator('p').nth(1)).toHaveText('/hal');
  expect(watch.problems).toEqual([]);
});

test('a picker opened from the insert menu and closed with nothing chosen puts the "/…" back', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', { headline: 'Menu sisipan' });
  await callApi(app, 'articles.save', { ...created, body: documentOf(paragraph(text('Paragraf pertama.'))) });
  await openApp(page, app, `#/article/${created.id}`);
  await caretAfter(page, 'Paragraf pertama.');

  for (const [typed, choice, dialogName] of [
    ['/foto', 'Insert photo', 'Insert photo'],
    ['/baca', 'Insert related link', 'Insert related link'],
  ]) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(typed!);
    await expect(menu(page).getByRole('option')).toHaveText([choice!]);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: dialogName });
    await expect(dialog).toBeVisible();
    // The dialog holds the focus (the editor's update does not take it back): keys go to it.
    await expect(dialog.locator(':focus')).toHaveCount(1);
    await expect(body(page).locator('p').last()).toHaveText('');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    // What was typed is back, as text (the menu stays closed on it), with the caret after it.
    await expect(body(page).locator('p').last()).toHaveText(typed!);
    await expect(menu(page)).toHaveCount(0);
    await page.keyboard.type('!');
    await expect(body(page).locator('p').last()).toHaveText(`${typed!}!`);
    await page.keyboard.press('Backspace');
  }
  expect((await blocks(page)).map((block) => block.replace(/^p: /, ''))).toEqual([
    'Paragraf pertama.',
    '/foto',
    '/baca',
  ]);
});

test('a photo or related link chosen from the insert menu is one undo step, and a picker closed with nothing chosen leaves none', async ({
  page,
  app,
}) => {
  await importPhoto(app);
  const created = await callApi(app, 'articles.create', { headline: 'Satu langkah' });
  await callApi(app, 'articles.save', { ...created, body: documentOf(paragraph(text('Paragraf pertama.'))) });
  const watch = await openApp(page, app, `#/article/${created.id}`);
  await caretAfter(page, 'Paragraf pertama.');
  const lastLine = body(page).locator('p').last();

  for (const [typed, choice, choose] of [
    [
      '/foto',
      'Insert photo',
      async () => {
        const picker = page.getByRole('dialog', { name: 'Insert photo' });
        await picker.getByRole('list', { name: 'Photos' }).getByRole('button').first().click();
        await expect(body(page).locator('figure')).toHaveCount(1);
      },
    ],
    [
      '/baca',
      'Insert related link',
      async () => {
        const dialog = page.getByRole('dialog', { name: 'Insert related link' });
        await dialog.getByRole('textbox', { name: 'Web address' }).fill('https://example.com/berita');
        await dialog.getByRole('textbox', { name: 'Title' }).fill('Berita sebelumnya');
        await dialog.getByRole('button', { name: 'Add link' }).click();
        await expect(
          body(page).getByRole('group', { name: 'Related link: Berita sebelumnya' }),
        ).toBeVisible();
      },
    ],
  ] as const) {
    // Closed with nothing chosen: the "/…" is back, and Undo goes on from there — the typing, then the
    // Enter — with no step that gives back an empty line or the same "/…".
    await page.keyboard.press('Enter');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: choice })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(lastLine).toHaveText(typed);
    await page.keyboard.press('Control+z');
    await expect(lastLine).toHaveText('');
    await expect(body(page).locator('p')).toHaveCount(2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => blocks(page)).toEqual(['p: Paragraf pertama.']);

    // Chosen: one Ctrl+Z gives back the line with the "/…" as it was before the choice (and with it
    // the menu), as for a heading; Ctrl+Shift+Z puts the photo or link back.
    await caretAfter(page, 'Paragraf pertama.');
    await page.keyboard.press('Enter');
    await page.keyboard.type(typed);
    await expect(menu(page).getByRole('option')).toHaveText([choice]);
    await page.keyboard.press('Enter');
    await choose();
    const inserted = await blocks(page);
    await page.keyboard.press('Control+z');
    await expect(lastLine).toHaveText(typed);
    expect(await blocks(page)).toEqual(['p: Paragraf pertama.', `p: ${typed}`]);
    await expect(menu(page).getByRole('option')).toHaveText([choice]);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => blocks(page)).toEqual(inserted);

    // Back to the first paragraph alone for the next round: the menu that comes back with the "/…" is
    // closed once it is there (an Escape before it opens closes nothing, and the menu then holds the keys).
    await page.keyboard.press('Control+z');
    await expect(menu(page).getByRole('option')).toHaveText([choice]);
    await page.keyboard.press('Escape');
    await expect(menu(page)).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => blocks(page)).toEqual(['p: Paragraf pertama.']);
    await caretAfter(page, 'Paragraf pertama.');
  }
  expect(watch.problems).toEqual([]);
});
