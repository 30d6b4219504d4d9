import { documentOf, heading, list, listItem, paragraph, quote, text } from '../unit/support/documents';
import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, test } from './support/fixtures';
import { selectText } from './support/selection';
import {
  alert,
  block,
  indicator,
  openArticle,
  pageBreaks,
  para,
  paragraphText,
  pasteLexical,
  placeCaret,
  selectAllText,
  storedBody,
} from './support/pages';

test('an editor splits a long article by toolbar and keyboard, follows the pages, and finds them after reopening', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, {
    headline: 'Banjir di Medan',
    body: Array.from({ length: 12 }, (_, i) => paragraphText(i + 1, 40)),
  });
  const watch = await openArticle(page, app, 'Banjir di Medan');
  await expect(indicator(page)).toHaveText('Page 1 of 1');

  // Toolbar, caret at the start of a paragraph: the break goes before it.
  await placeCaret(para(page, 5), 'start');
  await page.getByRole('button', { name: 'Insert page break' }).click();
  await expect(pageBreaks(page)).toHaveCount(1);
  await expect(indicator(page)).toHaveText('Page 2 of 2');

  // Ctrl+Enter mid-paragraph: the paragraph splits and the new page starts with its second half, at
  // the start of the word the caret was in.
  const ninth = paragraphText(9, 40);
  const cut = ninth.lastIndexOf(' ', 25);
  await placeCaret(para(page, 9), 25);
  await page.keyboard.press('Control+Enter');
  await expect(pageBreaks(page)).toHaveCount(2);
  await expect(pageBreaks(page).nth(1)).toHaveAccessibleName('Page break: page 3 starts here');
  await expect(body(page).locator('p').nth(8)).toHaveText(ninth.slice(0, cut));
  await expect(body(page).locator('p').nth(9)).toHaveText(ninth.slice(cut + 1));
  await expect(indicator(page)).toHaveText('Page 3 of 3');

  // The indicator follows the caret, and shows the page's own word count.
  await placeCaret(para(page, 2), 10);
  await expect(indicator(page)).toHaveText('Page 1 of 3');
  await expect(page.locator('footer').getByText('168 words on this page')).toBeVisible();
  await placeCaret(para(page, 6), 'end');
  await expect(indicator(page)).toHaveText('Page 2 of 3');

  // The page navigator moves the caret to the page chosen. Arrowed through, each page is shown while
  // the focus stays in the navigator; Enter goes to the one chosen.
  const navigator = page.getByRole('combobox', { name: 'Pages' });
  await navigator.focus();
  await page.keyboard.press('ArrowUp');
  await expect(navigator).toHaveValue('1');
  await expect(navigator).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(navigator).toHaveValue('3');
  await expect(navigator).toBeFocused();
  await expect(pageBreaks(page).nth(1)).toBeInViewport();
  await expect(indicator(page)).toHaveText('Page 2 of 3');
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();
  await expect(indicator(page)).toHaveText('Page 3 of 3');
  // Chosen with the mouse, it goes straight to the page.
  await navigator.click();
  await navigator.selectOption('1');
  await expect(indicator(page)).toHaveText('Page 1 of 3');
  await expect(body(page)).toBeFocused();
  await navigator.click();
  await navigator.selectOption('3');
  await expect(body(page)).toBeFocused();
  // The page's break line (its words and hints) shows under the sticky toolbar, not behind it.
  const toolbar = (await page.locator('.rx-body-head').boundingBox())!;
  expect((await pageBreaks(page).nth(1).boundingBox())!.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
  await page.keyboard.type('Baru ');
  await expect(body(page).locator('p').nth(9)).toHaveText(`Baru ${ninth.slice(cut + 1)}`);
  await page.keyboard.press('Control+z');
  await expect(body(page).locator('p').nth(9)).toHaveText(ninth.slice(cut + 1));

  // One undo takes the last break out and joins the paragraph again; redo puts it back.
  await page.keyboard.press('Control+z');
  await expect(pageBreaks(page)).toHaveCount(1);
  await expect(para(page, 9)).toHaveText(ninth);
  await page.keyboard.press('Control+Shift+z');
  await expect(pageBreaks(page)).toHaveCount(2);

  await page.keyboard.press('Control+s');
  await expectSaved(page);
  const stored = await storedBody(app, article.id);
  // The break that split paragraph 9 keeps the space it took out, to put it back if it goes.
  expect(stored.root.children.filter((node) => node.type === 'page-break')).toEqual([
    { type: 'page-break', version: 1 },
    { type: 'page-break', version: 1, splitSpace: ' ' },
  ]);
  expect(stored.root.children.map((node) => node.type).indexOf('page-break')).toBe(4);

  // Reopened, the breaks are where they were; in Indonesian the indicator reads "Halaman X/Y".
  await callApi(app, 'settings.update', { uiLanguage: 'id' });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Artikel', exact: true })).toBeVisible();
  const isi = page.getByRole('textbox', { name: 'Isi artikel' });
  await expect(isi.getByRole('separator')).toHaveCount(2);
  await expect(isi.getByRole('separator').first()).toHaveAccessibleName(
    'Pemisah halaman: halaman 2 dimulai di sini',
  );
  await expect(page.locator('footer').getByText(/^Halaman \d+\/3$/)).toBeVisible();
  await placeCaret(isi.locator('p').filter({ hasText: /^Paragraf 7\b/ }), 'start');
  await expect(page.locator('footer').getByText('Halaman 2/3')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sisipkan pemisah halaman' })).toBeVisible();
  expect(watch.problems).toEqual([]);
});

test('page breaks are refused, with a message, where a page would be empty or inside a quote or list', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', {});
  const document = documentOf(
    paragraph(text('Pembuka berita.')),
    quote(text('Kami siap, kata dia.')),
    list('bullet', listItem(text('Poin satu'))),
    paragraph(text('Paragraf tengah.')),
    paragraph(text('Paragraf akhir.')),
  );
  await callApi(app, 'articles.save', { ...created, headline: 'Aturan halaman', body: document });
  await openArticle(page, app, 'Aturan halaman');

  await placeCaret(block(page, 'Pembuka'), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(alert(page)).toContainText('can’t go at the start of the article: page 1 would be empty');

  await placeCaret(block(page, 'Paragraf akhir'), 'end');
  await page.getByRole('button', { name: 'Insert page break' }).click();
  await expect(alert(page)).toContainText('can’t go at the end of the article');

  await placeCaret(block(page, 'Kami siap'), 5);
  await page.keyboard.press('Control+Enter');
  await expect(alert(page)).toContainText('can’t go inside a quote or a list');
  // From the keyboard: Dismiss gives the focus back to the text, not to the page.
  await alert(page).getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(alert(page)).toHaveCount(0);
  await expect(body(page)).toBeFocused();

  await placeCaret(block(page, 'Poin satu'), 'end');
  await page.getByRole('button', { name: 'Insert page break' }).click();
  await expect(alert(page)).toContainText('can’t go inside a quote or a list');
  await expect(pageBreaks(page)).toHaveCount(0);

  // A legal break, then a second one right beside it: refused from either side.
  await placeCaret(block(page, 'Paragraf tengah'), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(pageBreaks(page)).toHaveCount(1);
  await placeCaret(block(page, 'Paragraf tengah'), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(alert(page)).toContainText('the page between the two breaks would be empty');
  await placeCaret(block(page, 'Kami siap'), 'end');
  await page.keyboard.press('Control+Enter');
  await expect(alert(page)).toContainText('can’t go inside a quote or a list');
  await expect(pageBreaks(page)).toHaveCount(1);

  // One notice at a time: a refused tag replaces the refused break's notice, in the same place.
  await page.keyboard.press('Control+Alt+KeyS');
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(alert(page)).toContainText('Select the words to attribute first');
  // Once it has been up long enough to read, writing on takes it away; moving the caret does not.
  await page.waitForTimeout(1600);
  await page.keyboard.press('ArrowLeft');
  await expect(alert(page)).toHaveCount(1);
  await page.keyboard.type('x');
  await expect(alert(page)).toHaveCount(0);
  await page.keyboard.press('Backspace');

  // Pages under 100 words carry a hint, at the break and in the status line.
  await expect(pageBreaks(page).first()).toContainText('Short page: under 100 words');
  // Page 1 has no break above it: the first break says it for page 1.
  await expect(pageBreaks(page).first()).toContainText('Page 1, above, is short: under 100 words');
  await expect(page.locator('footer').getByText('Short page: under 100 words')).toBeVisible();
  // Announced when it comes, like the page the caret is on (both are live regions).
  await expect(page.locator('footer').getByText('Short page: under 100 words')).toHaveAttribute(
    'aria-live',
    'polite',
  );
  await expect(indicator(page)).toHaveAttribute('aria-live', 'polite');

  // Deleting the only text between two breaks empties a page. While the caret is on it (the page
  // being written again) its break waits, and says so; written on, it stays.
  await placeCaret(block(page, 'Paragraf akhir'), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(pageBreaks(page)).toHaveCount(2);
  await expect(alert(page)).toHaveCount(0);
  await selectAllText(block(page, 'Paragraf tengah'));
  await page.keyboard.press('Backspace');
  await expect(alert(page)).toContainText(
    'Page 2 is empty. Write on it, or its page break goes when you leave the page.',
  );
  await expect(pageBreaks(page)).toHaveCount(2);
  await page.keyboard.type('Tengah baru');
  await expect(alert(page)).toHaveCount(0);
  await expect(pageBreaks(page)).toHaveCount(2);
  await expect(block(page, 'Tengah baru')).toHaveCount(1);
  // Emptied again and left: the break goes, one step with the deletion.
  await selectAllText(block(page, 'Tengah baru'));
  await page.keyboard.press('Backspace');
  await expect(alert(page)).toContainText('Page 2 is empty');
  await placeCaret(block(page, 'Paragraf akhir'), 'end');
  await expect(alert(page)).toContainText('taken out because its page had become empty');
  await expect(pageBreaks(page)).toHaveCount(1);

  // A page break pasted where it would leave page 1 empty is taken out as it lands.
  await placeCaret(block(page, 'Pembuka'), 'start');
  await pasteLexical(body(page), [{ type: 'page-break', version: 1 }]);
  await expect(alert(page)).toContainText('page 1 would be empty');
  await expect(pageBreaks(page)).toHaveCount(1);
  await expect(block(page, 'Pembuka')).toHaveCount(1);

  // Blocks with a break between them pasted inside a quote or a list: the text goes in, the break
  // does not (it would split the quote or list across two pages).
  for (const [inside, tag] of [
    ['Kami siap', 'blockquote'],
    ['Poin satu', 'li'],
  ] as const) {
    await alert(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert(page)).toHaveCount(0);
    await placeCaret(block(page, inside), 4);
    await pasteLexical(body(page), [
      paragraph(text('Tempel A')),
      { type: 'page-break', version: 1 },
      paragraph(text('Tempel B')),
    ]);
    await expect(alert(page)).toContainText('can’t go inside a quote or a list');
    await expect(pageBreaks(page)).toHaveCount(1);
    await expect(body(page).locator(tag).filter({ hasText: 'Tempel A' })).toHaveCount(1);
  }
});

test('a page of several paragraphs, selected and deleted to be written again, keeps its break until the caret leaves', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', {});
  const document = documentOf(
    paragraph(text('Halaman satu.')),
    { type: 'page-break', version: 1 },
    paragraph(text('Dua pertama.')),
    paragraph(text('Dua kedua.')),
    { type: 'page-break', version: 1 },
    paragraph(text('Halaman tiga.')),
  );
  await callApi(app, 'articles.save', { ...created, headline: 'Tulis ulang', body: document });
  await openArticle(page, app, 'Tulis ulang');
  await expect(indicator(page)).toHaveText(/of 3$/);

  await selectText(page, 'Dua pertama.', 'Dua kedua.');
  await page.keyboard.press('Backspace');
  await expect(alert(page)).toContainText('Page 2 is empty. Write on it');
  await expect(pageBreaks(page)).toHaveCount(2);
  // Enter first, as a writer starting afresh does, then the new text.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Dua ditulis ulang.');
  await expect(alert(page)).toHaveCount(0);
  await expect(pageBreaks(page)).toHaveCount(2);
  await placeCaret(block(page, 'Halaman tiga'), 'end');
  await expect(indicator(page)).toHaveText('Page 3 of 3');

  // The first page too, from its start.
  await selectText(page, 'Halaman satu.');
  await page.keyboard.press('Backspace');
  await expect(alert(page)).toContainText('Page 1 is empty');
  await page.keyboard.type('Satu baru.');
  await expect(pageBreaks(page)).toHaveCount(2);
  await expectSaved(page);
  expect((await storedBody(app, created.id)).root.children.map((node) => node.type)).toEqual([
    'paragraph',
    'page-break',
    'paragraph',
    'paragraph',
    'page-break',
    'paragraph',
  ]);

  // Emptied and left, the break goes; Ctrl+Z brings it back, and the notice that it went goes too.
  await selectText(page, 'Satu baru.');
  await page.keyboard.press('Backspace');
  await placeCaret(block(page, 'Halaman tiga'), 'end');
  await expect(alert(page)).toContainText('taken out because its page had become empty');
  await expect(pageBreaks(page)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(pageBreaks(page)).toHaveCount(2);
  await expect(alert(page)).toHaveCount(0);
});

test('a selected page break is deleted with Backspace', async ({ page, app }) => {
  await seedArticle(app, { headline: 'Hapus pemisah', body: [paragraphText(1, 30), paragraphText(2, 30)] });
  await openArticle(page, app, 'Hapus pemisah');
  await placeCaret(para(page, 2), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(pageBreaks(page)).toHaveCount(1);
  await pageBreaks(page).click();
  await expect(body(page).locator('.rx-page-break-view.rx-selected')).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(pageBreaks(page)).toHaveCount(0);
  await expect(indicator(page)).toHaveText('Page 1 of 1');
});

test('Ctrl+Enter in a heading starts the new page with the heading, never between its words', async ({
  page,
  app,
}) => {
  await seedArticle(app, {
    headline: 'Subjudul',
    body: documentOf(
      paragraph(text(paragraphText(1, 40))),
      heading('h2', text('Judul tengah bagian')),
      heading('h3', text('Sub bagian')),
      paragraph(text(paragraphText(2, 40))),
    ),
  });
  await openArticle(page, app, 'Subjudul');
  // In the subheading under it: the page starts with both.
  await placeCaret(body(page).locator('h3'), 3);
  await page.keyboard.press('Control+Enter');
  await expect(pageBreaks(page)).toHaveCount(1);
  await expect(body(page).locator('h2')).toHaveText(['Judul tengah bagian']);
  expect(
    await body(page)
      .locator(':scope > *')
      .evaluateAll((blocks) =>
        blocks.map((each) => (each.querySelector('[role="separator"]') ? 'break' : each.tagName)),
      ),
  ).toEqual(['P', 'break', 'H2', 'H3', 'P']);
  // Asked again there, or at the start of the text under the headings, the break would go above
  // them, where page 2 already starts: the refusal says so (page 2 has text, it is not "empty").
  for (const [where, at] of [
    [body(page).locator('h3'), 3],
    [para(page, 2), 'start'],
  ] as const) {
    await placeCaret(where, at);
    await page.keyboard.press('Control+Enter');
    await expect(alert(page)).toHaveText(/this heading already opens its page/);
    await expect(alert(page)).not.toContainText('empty');
    await expect(pageBreaks(page)).toHaveCount(1);
  }
});
