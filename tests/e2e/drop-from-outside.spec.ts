import type { Page } from '@playwright/test';
import { documentOf, list, listItem, paragraph, text } from '../unit/support/documents';
import { seedArticle } from './support/api';
import { body, expect, expectSaved, problemsBesidesBlockedPasteMarkup, test } from './support/fixtures';
import { dropFromOutside, endOfText } from './support/drop';
import { alert, block, openArticle, placeCaret } from './support/pages';
import { pasteHtml } from './support/paste';
import { selectText } from './support/selection';
import {
  bringInto,
  expectWordHtmlCleaned,
  wordHtmlPasted,
  twoArticles,
  WORD_HTML,
  WORD_TEXT,
  xssVectors,
} from './support/outside';

const ARTICLE = ['Paragraf satu.', 'Paragraf dua.'];

/** Drops `data` just after the last character of the block that opens with `opening`. */
const dropAtEnd = async (page: Page, opening: string, data: Record<string, string>) =>
  dropFromOutside(page, await endOfText(block(page, opening)), data);

test('HTML dragged in from Word lands at the drop point, cleaned as the same HTML pasted there, and one undo takes it back', async ({
  page,
  app,
}) => {
  const { pasted, other } = await twoArticles(app, ARTICLE);
  const viaPaste = await wordHtmlPasted(page, app, pasted);
  const viaDrop = await bringInto(page, app, { id: other, headline: 'Dibawa' }, async () => {
    await dropAtEnd(page, 'Paragraf satu.', { 'text/html': WORD_HTML, 'text/plain': WORD_TEXT });
    await expectWordHtmlCleaned(page);
  });
  expect(viaDrop.stored).toEqual(viaPaste.stored);
  await expect(body(page).locator('p').first()).toHaveText('Paragraf satu.Dari Word: tebal merah dan atas.');
  await expect(body(page).locator('p').last()).toHaveText('Paragraf dua.');
  expect(problemsBesidesBlockedPasteMarkup(viaDrop.watch)).toEqual([]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(body(page).locator('p')).toHaveText(ARTICLE);
  await expect(body(page).locator('ol, blockquote')).toHaveCount(0);
});

test('a drag from another Lexical editor drops its HTML, cleaned, never that editor’s own data', async ({
  page,
  app,
}) => {
  const { pasted, other } = await twoArticles(app, ARTICLE);
  const viaPaste = await wordHtmlPasted(page, app, pasted);
  const viaDrop = await bringInto(page, app, { id: other, headline: 'Dibawa' }, async () => {
    // Lexical marks a drag that leaves one of its editors, and puts its own nodes beside the HTML.
    await dropAtEnd(page, 'Paragraf satu.', {
      'text/html': WORD_HTML,
      'text/plain': WORD_TEXT,
      'application/x-lexical-editor': JSON.stringify({
        namespace: 'Playground',
        nodes: [{ type: 'tweet', id: '1' }],
      }),
      'application/x-lexical-drag': JSON.stringify({ editorKey: 'playground-editor' }),
    });
    await expectWordHtmlCleaned(page);
  });
  expect(viaDrop.stored).toEqual(viaPaste.stored);
  expect(problemsBesidesBlockedPasteMarkup(viaDrop.watch)).toEqual([]);
});

test('a page break dropped into a list is taken out with the reason, as when pasted there', async ({
  page,
  app,
}) => {
  const withList = documentOf(
    paragraph(text('Paragraf satu.')),
    list('bullet', listItem(text('Butir daftar.'))),
    paragraph(text('Paragraf dua.')),
  );
  const html = `<p>Sisipan satu.</p><hr style="page-break-before:always"><p>Sisipan dua.</p>`;
  const { pasted, other } = await twoArticles(app, withList);
  const reason = 'A page break was taken out. A page break can’t go inside a quote or a list.';
  const viaPaste = await bringInto(page, app, { id: pasted, headline: 'Ditempel' }, async () => {
    await placeCaret(block(page, 'Butir daftar.'), 'end');
    await pasteHtml(body(page), html, 'Sisipan satu.\n\nSisipan dua.');
    await expect(alert(page)).toContainText(reason);
  });
  const viaDrop = await bringInto(page, app, { id: other, headline: 'Dibawa' }, async () => {
    await dropAtEnd(page, 'Butir daftar.', {
      'text/html': html,
      'text/plain': 'Sisipan satu.\n\nSisipan dua.',
    });
    await expect(alert(page)).toContainText(reason);
  });
  expect(viaDrop.stored).toEqual(viaPaste.stored);
  await expect(body(page).getByRole('separator')).toHaveCount(0);
  await expect(body(page).locator(':scope > p, li')).toHaveText([
    'Paragraf satu.',
    'Butir daftar.Sisipan satu.',
    'Sisipan dua.',
    'Paragraf dua.',
  ]);
});

test('every XSS vector dragged into the body runs nothing and lands as it does pasted there', async ({
  page,
  app,
}) => {
  const vectors = xssVectors();
  expect(vectors.length).toBeGreaterThan(10);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const openings = vectors.map((_, i) => `Vektor ${i + 1}:`);
  const { pasted, other } = await twoArticles(app, openings);
  const viaPaste = await bringInto(page, app, { id: pasted, headline: 'Ditempel' }, async () => {
    for (const [i, vector] of vectors.entries()) {
      await placeCaret(block(page, openings[i]!), 'end');
      await pasteHtml(body(page), vector);
    }
  });
  const viaDrop = await bringInto(page, app, { id: other, headline: 'Dibawa' }, async () => {
    for (const [i, vector] of vectors.entries())
      await dropAtEnd(page, openings[i]!, { 'text/html': vector, 'text/plain': '' });
  });
  expect(viaDrop.stored).toEqual(viaPaste.stored);
  expect(JSON.stringify(viaDrop.stored)).not.toMatch(/javascript:|data:text\/html|__pwned/i);
  await expect(
    body(page).locator('script, iframe, object, embed, form, img, svg, math, style, [onerror], [onload]'),
  ).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(problemsBesidesBlockedPasteMarkup(viaDrop.watch)).toEqual([]);
});

test('plain text dragged in with blank lines between its paragraphs becomes those paragraphs, as pasted', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Teks', body: ARTICLE });
  await openArticle(page, app, 'Teks');
  await dropAtEnd(page, 'Paragraf dua.', { 'text/plain': 'Tiga\r\n\r\n \r\n\nEmpat' });
  await expect(body(page).locator('p')).toHaveText(['Paragraf satu.', 'Paragraf dua.Tiga', 'Empat']);
});

test('words dragged within the body are still moved where they are dropped (Lexical’s own drop)', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Seret', body: ['Paragraf satu kata.', 'Paragraf dua.'] });
  await openArticle(page, app, 'Seret');
  const to = await endOfText(block(page, 'Paragraf dua.'));
  await selectText(page, 'kata');
  const from = await page.evaluate(() => {
    const box = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expect(body(page).locator('p')).toHaveText(['Paragraf satu .', 'Paragraf dua.kata']);
  await expectSaved(page);
});

test('a drop the browser makes itself (insertFromDrop, where no drop point was found) is cleaned as a paste too', async ({
  page,
  app,
}) => {
  const { pasted, other } = await twoArticles(app, ARTICLE);
  const viaPaste = await wordHtmlPasted(page, app, pasted);
  const viaBrowser = await bringInto(page, app, { id: other, headline: 'Dibawa' }, async () => {
    await placeCaret(block(page, 'Paragraf satu.'), 'end');
    // What Chromium fires at the caret it dropped at, after a drop event nobody took.
    await body(page).evaluate(
      (element, data) => {
        const transfer = new DataTransfer();
        for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
        element.dispatchEvent(
          new InputEvent('beforeinput', {
            inputType: 'insertFromDrop',
            dataTransfer: transfer,
            bubbles: true,
            cancelable: true,
          }),
        );
      },
      { 'text/html': WORD_HTML, 'text/plain': WORD_TEXT },
    );
    await expectWordHtmlCleaned(page);
  });
  expect(viaBrowser.stored).toEqual(viaPaste.stored);
});
