import { callApi } from './support/api';
import { expect, expectSaved, test } from './support/fixtures';
import { newArticleBody, pasteHtml, pastePlain } from './support/paste';

/** Word's empty paragraphs, and a web page's, between the paragraphs of a text. */
const SPACED_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<p class=MsoNormal>Satu<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span lang=IN><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal>Dua<o:p></o:p></p>
<p><br></p><p>&#8203;</p><h2> </h2>
<p>Tiga</p></body></html>`;

test('blank lines and spacer paragraphs of a paste (Word, a web page, plain text) become no empty paragraphs', async ({
  page,
  app,
}) => {
  const editor = await newArticleBody(page, app);
  await pasteHtml(editor, SPACED_HTML, 'Satu\n\n\nDua\n\n\n\nTiga');
  await expect(editor.locator('p')).toHaveText(['Satu', 'Dua', 'Tiga']);
  await expect(editor.locator('h2')).toHaveCount(0);

  // Plain text from an e-mail: paragraphs apart by blank lines, some holding spaces, Windows line ends.
  await page.keyboard.press('Enter');
  await pastePlain(editor, 'Empat\r\n\r\n \r\n\u00a0\r\nLima\n\n\nEnam');
  await expect(editor.locator('p')).toHaveText(['Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam']);
  // The caret stays after the pasted words, as with any paste.
  await page.keyboard.type(' selesai');
  await expect(editor.locator('p').last()).toHaveText('Enam selesai');

  // A single line end is still a paragraph's end.
  await page.keyboard.press('Enter');
  await pastePlain(editor, 'Tujuh\nDelapan');
  await expect(editor.locator('p')).toHaveText([
    'Satu',
    'Dua',
    'Tiga',
    'Empat',
    'Lima',
    'Enam selesai',
    'Tujuh',
    'Delapan',
  ]);

  // One undo takes the whole paste back.
  await page.keyboard.press('Control+Z');
  await expect(editor.locator('p')).toHaveText(['Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam selesai', '']);

  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = await callApi(app, 'articles.get', { id: summary!.id });
  const paragraphs = stored.body.root.children.map((block) =>
    'children' in block
      ? (block.children ?? []).map((inline) => ('text' in inline ? inline.text : '')).join('')
      : block.type,
  );
  expect(paragraphs).toEqual(['Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam selesai', '']);
});

/** Google Docs: an empty line between two paragraphs is a bare <br> between them, inside its <b> wrapper. */
const DOCS_HTML = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5e1f"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt">Satu</span></p><br><br><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt">Dua</span></p><br><p dir="ltr"><span>Tiga</span></p></b>`;

test('the empty lines of a Google Docs paste become no empty paragraphs either', async ({ page, app }) => {
  const editor = await newArticleBody(page, app);
  await pasteHtml(editor, DOCS_HTML, 'Satu\n\n\nDua\n\nTiga');
  await expect(editor.locator('p')).toHaveText(['Satu', 'Dua', 'Tiga']);
});
