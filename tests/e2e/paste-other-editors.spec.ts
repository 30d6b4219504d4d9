import type { Page } from '@playwright/test';
import type { StoredNode } from '../../shared/editor/document';
import { body, expect, problemsBesidesBlockedPasteMarkup, test } from './support/fixtures';
import { block, placeCaret } from './support/pages';
import { paste, pasteHtml } from './support/paste';
import {
  bringInto,
  expectWordHtmlCleaned,
  wordHtmlPasted,
  twoArticles,
  WORD_HTML,
  WORD_TEXT,
  xssVectors,
} from './support/outside';

/**
 * What another Lexical editor (Facebook's, a CMS's, Lexical's playground) puts on the clipboard: its
 * own nodes, under its own namespace, beside their HTML and plain text.
 */
const fromOtherEditor = (
  html: string,
  plain: string,
  namespace = 'Playground',
  nodes: StoredNode[] = [
    { type: 'paragraph', children: [{ type: 'text', text: 'Dari editor lain', style: 'color: red' }] },
    { type: 'image', src: 'javascript:window.__pwned=1', altText: 'gambar' },
    { type: 'tweet', id: '1' },
  ],
): Record<string, string> => ({
  'application/x-lexical-editor': JSON.stringify({ namespace, nodes }),
  'text/html': html,
  'text/plain': plain,
});

const ARTICLE = ['Paragraf satu.', 'Paragraf dua.'];
const atEndOfFirst = (page: Page) => placeCaret(block(page, 'Paragraf satu.'), 'end');

test('a paste from another Lexical editor is cleaned as its HTML pasted alone is, and is one undo step', async ({
  page,
  app,
}) => {
  const { pasted, other } = await twoArticles(app, ARTICLE);
  const viaHtml = await bringInto(page, app, { id: pasted, headline: 'Ditempel' }, async () => {
    await atEndOfFirst(page);
    await pasteHtml(body(page), WORD_HTML, WORD_TEXT);
    await expectWordHtmlCleaned(page);
  });
  const viaOther = await bringInto(page, app, { id: other, headline: 'Dibawa' }, async () => {
    await atEndOfFirst(page);
    await paste(body(page), fromOtherEditor(WORD_HTML, WORD_TEXT));
    await expectWordHtmlCleaned(page);
  });
  expect(viaOther.stored).toEqual(viaHtml.stored);
  expect(JSON.stringify(viaOther.stored)).not.toMatch(/Dari editor lain|tweet|image|__pwned/);
  expect(problemsBesidesBlockedPasteMarkup(viaOther.watch)).toEqual([]);

  await page.keyboard.press('Control+Z');
  await expect(body(page).locator('p')).toHaveText(ARTICLE);
});

test('a copy that names Redaksi’s own format but holds a node type Redaksi does not know pastes its HTML, cleaned, without an error', async ({
  page,
  app,
}) => {
  const { pasted, other } = await twoArticles(app, ARTICLE);
  const viaHtml = await wordHtmlPasted(page, app, pasted);
  const forged = [
    { type: 'paragraph', children: [{ type: 'text', text: 'Dari editor lain' }] },
    { type: 'tweet', id: '1' },
  ];
  const viaOther = await bringInto(page, app, { id: other, headline: 'Dibawa' }, async () => {
    await atEndOfFirst(page);
    await paste(body(page), fromOtherEditor(WORD_HTML, WORD_TEXT, 'redaksi-body', forged));
    await expectWordHtmlCleaned(page);
  });
  expect(viaOther.stored).toEqual(viaHtml.stored);
  expect(problemsBesidesBlockedPasteMarkup(viaOther.watch)).toEqual([]);
});

test('every XSS vector pasted with another Lexical editor’s data runs nothing and lands as its HTML pasted alone does', async ({
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
  const { pasted, other } = await twoArticles(
    app,
    vectors.map((_, i) => `Vektor ${i + 1}:`),
  );
  const pasteEach = (how: (html: string) => Promise<void>) => async () => {
    for (const [i, vector] of vectors.entries()) {
      await placeCaret(block(page, `Vektor ${i + 1}:`), 'end');
      await how(vector);
    }
  };
  const viaHtml = await bringInto(
    page,
    app,
    { id: pasted, headline: 'Ditempel' },
    pasteEach((html) => pasteHtml(body(page), html)),
  );
  const viaOther = await bringInto(
    page,
    app,
    { id: other, headline: 'Dibawa' },
    pasteEach((html) => paste(body(page), fromOtherEditor(html, ''))),
  );
  expect(viaOther.stored).toEqual(viaHtml.stored);
  expect(JSON.stringify(viaOther.stored)).not.toMatch(/javascript:|data:text\/html|__pwned/i);
  await expect(body(page).locator('a', { hasText: 'Voice of America' })).toHaveAttribute(
    'href',
    'https://www.voanews.com/',
  );
  await expect(
    body(page).locator('script, iframe, object, embed, form, img, svg, math, style, [onerror], [onload]'),
  ).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(problemsBesidesBlockedPasteMarkup(viaOther.watch)).toEqual([]);
});
