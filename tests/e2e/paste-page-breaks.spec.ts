import { documentOf, heading, paragraph, text } from '../unit/support/documents';
import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { newArticleBody, pasteHtml } from './support/paste';
import { caretBefore } from './support/selection';

// Word's clipboard: a page break is a <br> with page-break-before, in a paragraph of its own or
// before the next page's first words.
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<p class=MsoNormal>Halaman satu dari Word.</p>
<p class=MsoNormal><span lang=IN><br clear=all style='mso-special-character:line-break;page-break-before:always'></span></p>
<p class=MsoNormal>Halaman dua dari Word.</p>
<p class=MsoNormal><span><br clear=all style='page-break-before:always'></span>Halaman tiga langsung sesudah pemisah.</p>
</body></html>`;

// Google Docs: an <hr> with page-break-before, hidden.
const GOOGLE_DOCS_HTML = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span>Halaman empat dari Docs.</span></p><hr style="page-break-before:always;display:none;"><p dir="ltr"><span>Halaman lima dari Docs.</span></p></b>`;

test('page breaks pasted from Word and Google Docs become page breaks, where the page rules allow them', async ({
  page,
  app,
}) => {
  const editor = await newArticleBody(page, app);
  await pasteHtml(editor, WORD_HTML);
  await page.keyboard.press('Enter');
  await pasteHtml(editor, GOOGLE_DOCS_HTML);
  await expect(editor.getByRole('separator')).toHaveCount(3);
  await expect(editor.locator('p')).toHaveText([
    'Halaman satu dari Word.',
    'Halaman dua dari Word.',
    'Halaman tiga langsung sesudah pemisah.',
    'Halaman empat dari Docs.',
    'Halaman lima dari Docs.',
  ]);
  await expect(page.locator('footer').getByText(/^Page \d of 4$/)).toBeVisible();
  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = (await callApi(app, 'articles.get', { id: summary!.id })).body;
  expect(stored.root.children.map((block) => block.type)).toEqual([
    'paragraph',
    'page-break',
    'paragraph',
    'page-break',
    'paragraph',
    'paragraph',
    'page-break',
    'paragraph',
  ]);

  // A break pasted where the rules forbid it (here: first in an empty article) is left out, with why.
  await page.getByRole('button', { name: /All articles/ }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await body(page).click();
  await pasteHtml(body(page), `<hr style="page-break-before:always"><p>Hanya satu halaman.</p>`);
  await expect(body(page).locator('p')).toHaveText(['Hanya satu halaman.']);
  await expect(body(page).getByRole('separator')).toHaveCount(0);
  await expect(page.locator('.rx-page-notice[role="alert"]')).toContainText('start of the article');

  // Several left out in one paste: each reason is said, in one notice.
  await page.keyboard.press('End');
  await pasteHtml(
    body(page),
    `<p>Dua.</p><hr style="page-break-before:always"><hr style="page-break-before:always">` +
      `<p>Tiga.</p><hr style="page-break-before:always">`,
  );
  await expect(body(page).getByRole('separator')).toHaveCount(1);
  const notice = page.locator('.rx-page-notice[role="alert"]');
  await expect(notice).toContainText('2 page breaks were taken out.');
  await expect(notice).toContainText('the page between the two breaks would be empty');
  await expect(notice).toContainText('the last page would be empty');
});

test('a pasted break in the middle of a paragraph splits it; one in a list, quote or table is left out with a message and no empty block', async ({
  page,
  app,
}) => {
  const editor = await newArticleBody(page, app);
  await pasteHtml(
    editor,
    `<p>Awal artikel.</p><p class=MsoNormal>Sebelum<br clear=all style='page-break-before:always'>Sesudah pemisah.</p>` +
      `<ul><li>Aa</li><li style="page-break-before:always">Bb</li><li><br style='page-break-before:always'>Cc</li></ul>` +
      `<table><tr><td>Sel satu</td></tr><tr><td><br style='page-break-before:always'>Sel dua</td></tr></table>` +
      `<blockquote><p>Kutipan awal</p><br style="page-break-before:always"><p>Kutipan akhir</p></blockquote>` +
      `<p>Penutup.</p>`,
  );
  await expect(editor.getByRole('separator')).toHaveCount(1);
  // The breaks that could not come with the list, table and quote are not dropped silently.
  await expect(page.locator('.rx-page-notice[role="alert"]')).toContainText(
    '4 page breaks inside the pasted lists, quotes or tables were left out',
  );
  await expect(editor.locator(':scope > p').first()).toHaveText('Awal artikel.');
  await expect(editor.locator(':scope > p').nth(1)).toHaveText('Sebelum');
  await expect(editor.locator(':scope > p').nth(2)).toHaveText('Sesudah pemisah.');
  await expect(editor.locator('ul > li')).toHaveText(['Aa', 'Bb', 'Cc']);
  await expect(editor).toContainText('Sel satu');
  await expect(editor).toContainText('Sel dua');
  // The quote stays one quote: not split in two around a break.
  await expect(editor.locator('blockquote')).toHaveCount(1);
  await expect(editor.locator('blockquote')).toContainText('Kutipan awal');
  await expect(editor.locator('blockquote')).toContainText('Kutipan akhir');
  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = (await callApi(app, 'articles.get', { id: summary!.id })).body;
  const texts = stored.root.children.map((block) =>
    block.type === 'page-break' ? '—' : JSON.stringify(block).replace(/.*?"text":"([^"]*)".*|.*/s, '$1'),
  );
  expect(texts.filter((t) => t === '')).toEqual([]);
  expect(texts.slice(0, 4)).toEqual(['Awal artikel.', 'Sebelum', '—', 'Sesudah pemisah.']);
});

test('a break pasted between words in a list item, quote or table cell leaves them on two lines, with the message', async ({
  page,
  app,
}) => {
  const editor = await newArticleBody(page, app);
  // Word's mark, as it comes in the middle of a line: <br clear=all style='page-break-before:always'>.
  await pasteHtml(
    editor,
    `<p>Awal artikel.</p>` +
      `<ul><li>alpha<br style="page-break-before:always">beta</li>` +
      // Word writes conditional comments beside its breaks: a comment is no word, so no empty line.
      `<li>theta<!--[if !supportLineBreakNewLine]--><br style="page-break-before:always"><!--[endif]--></li>` +
      // An empty styled span between spaced words only keeps them apart: no line break it never was.
      `<li>iota <span style="break-before:page"></span> kappa</li></ul>` +
      `<blockquote>gamma<br style="page-break-before:always">delta</blockquote>` +
      `<table><tr><td>epsilon<span><br clear=all style='page-break-before:always'></span>zeta</td></tr></table>` +
      `<p>Penutup.</p>`,
  );
  await expect(page.locator('.rx-page-notice[role="alert"]')).toContainText(
    '5 page breaks inside the pasted lists, quotes or tables were left out',
  );
  await expect(editor.getByRole('separator')).toHaveCount(0);
  // Two lines each, as a plain <br> there gives: the words on either side of the break stay apart.
  await expect(editor.locator('ul > li')).toHaveText(['alpha\nbeta', 'theta', 'iota kappa'], {
    useInnerText: true,
  });
  await expect(editor.locator('blockquote')).toHaveText('gamma\ndelta', { useInnerText: true });
  await expect(editor).toContainText(/epsilon\s+zeta/, { useInnerText: true });
  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = JSON.stringify((await callApi(app, 'articles.get', { id: summary!.id })).body);
  for (const joined of ['alphabeta', 'gammadelta', 'epsilonzeta']) expect(stored).not.toContain(joined);
  // Stored: a line break only between alpha and beta; none after theta, none between iota and kappa.
  const items = JSON.parse(stored).root.children.find((node: { type: string }) => node.type === 'list')
    .children as Array<{ children: Array<{ type: string; text?: string }> }>;
  expect(items.map((item) => item.children.map((child) => child.text ?? child.type))).toEqual([
    ['alpha', 'linebreak', 'beta'],
    ['theta'],
    [expect.stringMatching(/^iota\s+kappa$/)],
  ]);
});

test('the notice for breaks left out of a paste says how many: one, or a count', async ({ page, app }) => {
  const editor = await newArticleBody(page, app);
  const notice = page.locator('.rx-page-notice[role="alert"]');
  await pasteHtml(
    editor,
    `<ul><li>a</li><li style="page-break-before:always">b</li></ul>` +
      `<blockquote><p>q</p><p style="break-before:page">q2</p></blockquote>`,
  );
  await expect(editor.locator('ul > li')).toHaveText(['a', 'b']);
  // The break on the quote's paragraph is counted too: it was dropped unsaid when the quote was flattened first.
  await expect(editor.locator('blockquote')).toHaveText('q\nq2', { useInnerText: true });
  await expect(notice).toContainText(
    /^2 page breaks inside the pasted lists, quotes or tables were left out: a page can’t end inside one\./,
  );
  await pasteHtml(editor, `<ul><li>c</li><li style="page-break-before:always">d</li></ul>`);
  await expect(editor.locator('ul > li')).toHaveText(['a', 'b', 'c', 'd']);
  await expect(notice).toContainText(
    /^A page break inside the pasted list, quote or table was left out: a page can’t end inside one\./,
  );
  await expect(editor.getByRole('separator')).toHaveCount(0);
});

test('a break pasted under a subheading that opens its page is taken out, saying why, as Insert page break refuses it there', async ({
  page,
  app,
}) => {
  const words = (n: number) => Array.from({ length: 110 }, (_, i) => `kata${n}x${i}`).join(' ');
  const body = documentOf(
    paragraph(text(words(1))),
    { type: 'page-break', version: 1 },
    heading('h2', text('Subjudul satu')),
    paragraph(text(`Paragraf tiga ${words(3)}`)),
    paragraph(text(words(4))),
  );
  const { id } = await seedArticle(app, { headline: 'Banjir', lead: 'Lead.', body });
  await openApp(page, app, `#/article/${id}`);
  const editor = page.getByRole('textbox', { name: 'Article body' });
  await caretBefore(page, 'Paragraf tiga');
  // Word's clipboard: a paragraph holding only the page break, then the next page's first words.
  await pasteHtml(
    editor,
    `<p class=MsoNormal><span lang=IN><br clear=all style='mso-special-character:line-break;page-break-before:always'></span></p><p class=MsoNormal>Teks baru.</p>`,
  );
  await expect(page.locator('.rx-page-notice[role="alert"]')).toContainText(
    'A page break was taken out. A page break can’t go here: this heading already opens its page',
  );
  await expect(editor.getByRole('separator')).toHaveCount(1);
  await expect(editor.locator('h2')).toHaveText('Subjudul satu');
  await expectSaved(page);
  const stored = await callApi(app, 'articles.get', { id });
  expect(stored.body.root.children.filter((block) => block.type === 'page-break')).toHaveLength(1);
});
