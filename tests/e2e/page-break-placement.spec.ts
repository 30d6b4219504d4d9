import type { Locator } from '@playwright/test';
import { documentOf, heading, paragraph, photoBlock, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { seedArticle } from './support/api';
import { body, expect, test } from './support/fixtures';
import {
  alert,
  indicator,
  openArticle,
  pageBreaks,
  para,
  paragraphText,
  pasteLexical,
  placeCaret,
} from './support/pages';
import { pasteHtml } from './support/paste';
import { installChangeSelection } from './support/selection';
import { importPhoto } from './support/sources';

/** Selects characters `from`–`to` of a block's first text, as a drag would. */
async function selectText(target: Locator, from: number, to: number): Promise<void> {
  await target.click();
  await installChangeSelection(target.page());
  await target.evaluate(
    (element, [start, end]) => {
      const text = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()!;
      return window.__changeSelection!(() =>
        element.ownerDocument.getSelection()!.setBaseAndExtent(text, start!, text, end!),
      );
    },
    [from, to],
  );
}

/** The body's top-level blocks: "break" for a page break, else the tag and its text. */
const blocks = (editor: Locator) =>
  editor
    .locator(':scope > *')
    .evaluateAll((all) =>
      all.map((each) =>
        each.querySelector('[role="separator"]') ? 'break' : `${each.tagName}: ${each.textContent}`,
      ),
    );

test('Ctrl+Enter never cuts a word: the page starts at the word, at a selection’s start, before a heading', async ({
  page,
  app,
}) => {
  const first = paragraphText(1, 40); // "Paragraf 1 kota …": the third word starts at 11
  const second = paragraphText(2, 40);
  await seedArticle(app, {
    headline: 'Letak pemisah',
    body: documentOf(paragraph(text(first)), heading('h2', text('Judul bagian')), paragraph(text(second))),
  });
  await openArticle(page, app, 'Letak pemisah');
  const editor = body(page);
  const split = ['P: Paragraf 1', 'break', `P: ${first.slice(11)}`, 'H2: Judul bagian', `P: ${second}`];

  // The caret inside a word: the word goes to the new page whole, with no space left at either end.
  await placeCaret(para(page, 1), 13);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => blocks(editor)).toEqual(split);
  await page.keyboard.press('Control+z');
  await expect(pageBreaks(page)).toHaveCount(0);

  // Text selected: the page starts where the selection does (at its word), and the text stays.
  await selectText(para(page, 1), 13, 40);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => blocks(editor)).toEqual(split);
  await page.keyboard.press('Control+z');
  await expect(pageBreaks(page)).toHaveCount(0);

  // At the start of the paragraph under a heading: the heading goes with it to the new page.
  await placeCaret(para(page, 2), 'start');
  await page.keyboard.press('Control+Enter');
  await expect
    .poll(() => blocks(editor))
    .toEqual([`P: ${first}`, 'break', 'H2: Judul bagian', `P: ${second}`]);
});

test('Ctrl+Enter never ends a page on a heading or a photo: the page starts above them, as auto-split would start it', async ({
  page,
  app,
}) => {
  const photoId = await importPhoto(app);
  const first = paragraphText(1, 120);
  const second = paragraphText(2, 120);
  const third = paragraphText(3, 120);
  await seedArticle(app, {
    headline: 'Tetap bersama',
    body: documentOf(
      paragraph(text(first)),
      heading('h2', text('Judul bagian')),
      paragraph(),
      paragraph(text(second)),
      photoBlock(photoId),
      paragraph(text(third)),
    ),
  });
  await openArticle(page, app, 'Tetap bersama');
  const editor = body(page);
  const figure = editor.locator('figure');
  const photo = (await blocks(editor))[4]!; // the photo block, as blocks() reads it

  // At the start of the text under "heading + blank line": above the heading, not after the blank line.
  await placeCaret(para(page, 2), 'start');
  await page.keyboard.press('Control+Enter');
  await expect
    .poll(() => blocks(editor))
    .toEqual([`P: ${first}`, 'break', 'H2: Judul bagian', 'P: ', `P: ${second}`, photo, `P: ${third}`]);
  await page.keyboard.press('Control+z');
  await expect(pageBreaks(page)).toHaveCount(0);

  // At the start of the text under the photo, or with the photo selected: above the photo, which
  // opens the next page with its text.
  const abovePhoto = [
    `P: ${first}`,
    'H2: Judul bagian',
    'P: ',
    `P: ${second}`,
    'break',
    photo,
    `P: ${third}`,
  ];
  await placeCaret(para(page, 3), 'start');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => blocks(editor)).toEqual(abovePhoto);
  await page.keyboard.press('Control+z');
  await expect(pageBreaks(page)).toHaveCount(0);
  await figure.locator('img').click();
  await expect(figure).toHaveClass(/rx-selected/);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => blocks(editor)).toEqual(abovePhoto);
  // Asked for again under that photo, which now opens its page: refused, and the message says why.
  await placeCaret(para(page, 3), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(alert(page)).toContainText('this photo already opens its page');
  await expect(pageBreaks(page)).toHaveCount(1);
});

test('the page navigator goes to a page that holds only a photo and selects the photo', async ({
  page,
  app,
}) => {
  const photoId = await importPhoto(app);
  await seedArticle(app, {
    headline: 'Halaman foto',
    body: documentOf(
      paragraph(text(paragraphText(1, 40))),
      pageBreak(),
      { type: 'photo', version: 1, photoId, caption: 'Foto', credit: 'Kredit', altText: 'Alt' },
      pageBreak(),
      paragraph(text(paragraphText(2, 40))),
    ),
  });
  await openArticle(page, app, 'Halaman foto');
  await placeCaret(para(page, 2), 'end');
  await expect(indicator(page)).toHaveText('Page 3 of 3');
  const navigator = page.getByRole('combobox', { name: 'Pages' });
  await navigator.click();
  await navigator.selectOption('2');
  await expect(indicator(page)).toHaveText('Page 2 of 3');
  await expect(navigator).toHaveValue('2');
  await expect(body(page).locator('figure')).toHaveClass(/rx-selected/);
  await expect(body(page)).toBeFocused();
});

test('a page break pasted alone lands where Ctrl+Enter puts one: at the word, never inside it, and by the same rules', async ({
  page,
  app,
}) => {
  const first = paragraphText(1, 40); // "Paragraf 1 kota …": the third word starts at 11
  const second = paragraphText(2, 40);
  await seedArticle(app, {
    headline: 'Pemisah ditempel',
    body: documentOf(paragraph(text(first)), paragraph(text(second))),
  });
  await openArticle(page, app, 'Pemisah ditempel');
  const editor = body(page);
  const split = ['P: Paragraf 1', 'break', `P: ${first.slice(11)}`, `P: ${second}`];

  // Moved by cut and paste within Redaksi (Lexical's clipboard): inside a word, the page starts at it.
  await placeCaret(para(page, 1), 13);
  await pasteLexical(editor, [{ type: 'page-break', version: 1 }]);
  await expect.poll(() => blocks(editor)).toEqual(split);
  // One undo takes it out, as a paste.
  await page.keyboard.press('Control+z');
  await expect(pageBreaks(page)).toHaveCount(0);
  await expect.poll(() => blocks(editor)).toEqual([`P: ${first}`, `P: ${second}`]);

  // From Google Docs (a break alone, in its wrapper), with the caret right before a space: no page
  // starts with a space.
  await placeCaret(para(page, 1), 10);
  await pasteHtml(
    editor,
    '<meta charset="utf-8"><b id="docs-internal-guid-1"><hr style="page-break-before:always;display:none;"></b>',
  );
  await expect.poll(() => blocks(editor)).toEqual(split);
  await page.keyboard.press('Control+z');

  // Where Ctrl+Enter is refused, so is the paste, with the same message.
  await placeCaret(para(page, 1), 'start');
  await pasteLexical(editor, [{ type: 'page-break', version: 1 }]);
  await expect(alert(page)).toContainText('page 1 would be empty');
  await expect(pageBreaks(page)).toHaveCount(0);
  await expect(indicator(page)).toHaveText('Page 1 of 1');
});
