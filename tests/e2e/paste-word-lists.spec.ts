import { callApi } from './support/api';
import { expect, expectSaved, test } from './support/fixtures';
import { newArticleBody, pasteHtml } from './support/paste';

/** One list paragraph as Word puts it on the clipboard: its level in the style, its marker as text. */
const item = (level: number, marker: string, font: string, words: string) =>
  `<p class=MsoListParagraphCxSpMiddle style='margin-left:${36 * level}pt;text-indent:-18.0pt;mso-list:l0 level${level} lfo1'>` +
  `<![if !supportLists]><span style='font-family:${font}'><span style='mso-list:Ignore'>${marker}` +
  `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span></span><![endif]>` +
  `<span lang=IN>${words}<o:p></o:p></span></p>`;

const WORD_LISTS = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<p class=MsoNormal>Syarat pendaftaran:</p>
${item(1, '·', 'Symbol', 'Dokumen')}
${item(2, 'o', '"Courier New"', 'KTP <b>asli</b>')}
${item(3, '§', 'Wingdings', 'Fotokopi')}
${item(4, '·', 'Symbol', 'Terlalu dalam')}
${item(1, '·', 'Symbol', 'Pas foto')}
<p class=MsoNormal>Langkah:</p>
${item(1, '1.', 'Calibri', 'Daftar daring')}
${item(2, 'a.', 'Calibri', 'Isi formulir')}
${item(1, '2.', 'Calibri', 'Datang ke kantor')}
</body></html>`;

test('a list pasted from Word becomes a list — bulleted or numbered, nested — without its written-out markers', async ({
  page,
  app,
}) => {
  const editor = await newArticleBody(page, app);
  await pasteHtml(editor, WORD_LISTS);
  await expect(editor.locator(':scope > p')).toHaveText(['Syarat pendaftaran:', 'Langkah:']);
  await expect(editor.locator(':scope > ul > li:not(.rx-li-nested)')).toHaveText(['Dokumen', 'Pas foto']);
  await expect(editor.locator(':scope > ul li li:not(.rx-li-nested)').first()).toHaveText('KTP asli');
  await expect(editor.locator(':scope > ul strong')).toHaveText('asli');
  // Word's fourth level comes up to the third, the deepest a list goes.
  await expect(editor.locator('li li li li')).toHaveCount(0);
  await expect(editor.getByText('Terlalu dalam')).toBeVisible();
  await expect(editor.locator(':scope > ol > li:not(.rx-li-nested)')).toHaveText([
    'Daftar daring',
    'Datang ke kantor',
  ]);
  await expect(editor.locator(':scope > ol ol > li')).toHaveText(['Isi formulir']);
  await expect(editor).not.toContainText('·');
  await expect(editor).not.toContainText('§');
  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = (await callApi(app, 'articles.get', { id: summary!.id })).body;
  expect(stored.root.children.map((block) => [block.type, block.listType ?? ''])).toEqual([
    ['paragraph', ''],
    ['list', 'bullet'],
    ['paragraph', ''],
    ['list', 'number'],
  ]);
});
