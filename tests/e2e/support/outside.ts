import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { StoredDocument } from '../../../shared/editor/document';
import { seedArticle } from './api';
import { body, expect, expectSaved, type PageWatch } from './fixtures';
import { block, openArticle, placeCaret, storedBody } from './pages';
import { pasteHtml } from './paste';
import type { WebApp } from './web-app';

/** Content from outside Redaksi, for the specs that bring it in by other ways than a paste of HTML. */

const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures');

/** The team's XSS corpus: one HTML snippet a line. */
export const xssVectors = (): string[] =>
  fs
    .readFileSync(path.join(FIXTURES, 'paste/xss-vectors.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

const wordItem = (marker: string, text: string) =>
  `<p class=MsoListParagraphCxSpMiddle style='margin-left:36pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'>` +
  `<![if !supportLists]><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]>${text}</p>`;

/**
 * A Word clipboard with all a paste cleans up: colours and superscript, spacer paragraphs, a list
 * written out as paragraphs (a page break inside one), a quote of paragraphs, an image between words,
 * an unsafe link and a script.
 */
export const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{color:red}</style></head><body>
<p class=MsoNormal>Dari Word: <span style='color:red;font-weight:bold'>tebal merah</span> dan <sup>atas</sup>.</p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
${wordItem('1.', 'Butir satu')}
${wordItem('2.', "Butir<br clear=all style='page-break-before:always'>dua")}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<blockquote><p>Kutipan baris satu,</p><p>baris dua.</p></blockquote>
<p class=MsoNormal>Kata <img src="x.png"> dan <a href="javascript:window.__pwned=1">tautan jahat</a>.</p>
<script>window.__pwned=1</script>
</body></html>`;

export const WORD_TEXT =
  'Dari Word: tebal merah dan atas.\n\n1. Butir satu\n2. Butir dua\n\nKutipan baris satu,';

/** What WORD_HTML leaves, pasted or brought in any other way: the body's blocks as they show. */
export async function expectWordHtmlCleaned(page: Page): Promise<void> {
  const editor = body(page);
  await expect(editor.locator('strong', { hasText: 'tebal merah' })).toBeVisible();
  await expect(editor.locator('ol > li')).toHaveText(['Butir satu', 'Butir\ndua'], { useInnerText: true });
  await expect(editor.locator('blockquote')).toHaveText('Kutipan baris satu,\nbaris dua.', {
    useInnerText: true,
  });
  await expect(editor.locator('blockquote p')).toHaveCount(0);
  await expect(editor).toContainText('Kata dan tautan jahat.');
  await expect(editor.locator('a, img, sup, [style]')).toHaveCount(0);
  // Word's spacer paragraphs and the list's page break are gone; the break is said to be.
  await expect(editor.locator('p').filter({ hasText: /^\s*$/ })).toHaveCount(0);
  await expect(page.locator('.rx-page-notice[role="alert"]')).toContainText(
    'A page break inside the pasted list, quote or table was left out',
  );
}

/** Two articles with the same paragraphs: one to paste HTML into, one to bring the same content in otherwise. */
export async function twoArticles(
  app: WebApp,
  body: string[] | StoredDocument,
): Promise<{ pasted: string; other: string }> {
  const pasted = await seedArticle(app, { headline: 'Ditempel', body });
  const other = await seedArticle(app, { headline: 'Dibawa', body });
  return { pasted: pasted.id, other: other.id };
}

/**
 * Opens the article with `headline`, lets `bringIn` put content into it and waits for it to be saved;
 * returns the stored body and the page's watch.
 */
export async function bringInto(
  page: Page,
  app: WebApp,
  { id, headline }: { id: string; headline: string },
  bringIn: () => Promise<void>,
): Promise<{ stored: StoredDocument; watch: PageWatch }> {
  const watch = await openArticle(page, app, headline);
  await bringIn();
  await expectSaved(page);
  return { stored: await storedBody(app, id), watch };
}

/**
 * The yardstick the other ways are held to: WORD_HTML pasted at the end of "Paragraf satu." in the
 * article `twoArticles` made for pasting (`pasted`).
 */
export function wordHtmlPasted(
  page: Page,
  app: WebApp,
  pasted: string,
): Promise<{ stored: StoredDocument; watch: PageWatch }> {
  return bringInto(page, app, { id: pasted, headline: 'Ditempel' }, async () => {
    await placeCaret(block(page, 'Paragraf satu.'), 'end');
    await pasteHtml(body(page), WORD_HTML, WORD_TEXT);
  });
}
