import type { Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi } from './support/api';
import {
  test,
  expect,
  openApp,
  body,
  expectSaved,
  problemsBesidesBlockedPasteMarkup,
} from './support/fixtures';
import { pasteHtml } from './support/paste';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{color:red}</style></head><body>
<p class=MsoNormal style='margin-bottom:0cm;text-align:center;line-height:normal'><b><span style='font-size:14.0pt;font-family:"Arial",sans-serif;color:red'>Judul tebal</span></b><o:p></o:p></p>
<p class=MsoNormal style='margin-left:36pt'><i>Miring</i> dan <span style='background:yellow;mso-highlight:yellow'>sorot</span> <sup>atas</sup> <code>kode</code></p>
<h1>Heading satu</h1><h4>Heading empat</h4>
<ul><li class=MsoListParagraph>Butir Word</li></ul>
<table><tr><td>sel tabel</td></tr></table></body></html>`;

const GOOGLE_DOCS_HTML = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr" style="line-height:1.38;margin-top:0pt;"><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:700;">Tebal GDocs</span><span style="font-size:11pt;font-family:Arial;color:#ff0000;font-style:italic;"> merah miring</span></p><h2 dir="ltr"><span style="font-size:16pt;">Sub judul GDocs</span></h2><ol><li dir="ltr"><p dir="ltr"><span style="text-decoration:underline;">garis bawah</span></p></li></ol></b>`;

const WEB_HTML = `<article><h3 style="color:blue">Dari situs web</h3><p>Teks <a href="https://example.com/berita" onclick="window.__pwned=1" style="color:red">tautan aman</a> dan <a href="vbscript:msgbox(1)">tautan jahat</a>.</p><blockquote class="twitter-tweet"><p>Kutipan web</p></blockquote><img src="https://example.com/x.png" alt="gambar"></article>`;

async function newArticle(page: Page) {
  await page.getByRole('button', { name: 'New article' }).click();
  await body(page).click();
}

test('paste from Word, Google Docs and a web page keeps only the supported formatting', async ({
  page,
  app,
}) => {
  const watch = await openApp(page, app);
  await newArticle(page);
  const editor = body(page);
  for (const html of [WORD_HTML, GOOGLE_DOCS_HTML, WEB_HTML]) await pasteHtml(editor, html);
  await expectSaved(page);

  await expect(editor.locator('strong', { hasText: 'Judul tebal' })).toBeVisible();
  await expect(editor.locator('strong', { hasText: 'Tebal GDocs' })).toBeVisible();
  await expect(editor.locator('em', { hasText: 'merah miring' })).toBeVisible();
  await expect(editor.locator('h2', { hasText: 'Heading satu' })).toBeVisible(); // h1 is the headline's: mapped to h2
  await expect(editor.locator('h3', { hasText: 'Heading empat' })).toBeVisible();
  await expect(editor.locator('h2', { hasText: 'Sub judul GDocs' })).toBeVisible();
  await expect(editor.locator('ul > li', { hasText: 'Butir Word' })).toBeVisible();
  await expect(editor.locator('ol > li', { hasText: 'garis bawah' })).toBeVisible();
  await expect(editor.locator('blockquote', { hasText: 'Kutipan web' })).toBeVisible();
  await expect(editor.locator('a', { hasText: 'tautan aman' })).toHaveAttribute(
    'href',
    'https://example.com/berita',
  );
  await expect(editor).toContainText('sel tabel');
  await expect(editor).toContainText('tautan jahat');
  await expect(editor.locator('a', { hasText: 'tautan jahat' })).toHaveCount(0);
  await expect(
    editor.locator('img, table, code, sup, [style*="color"], [style*="font"], [onclick]'),
  ).toHaveCount(0);

  const [summary] = await callApi(app, 'articles.list', {});
  const stored = JSON.stringify((await callApi(app, 'articles.get', { id: summary!.id })).body);
  expect(stored).not.toMatch(/color|font-size|font-family|background|vbscript|onclick/);
  expect(stored).not.toMatch(/"style":"[^"]/);
  expect(stored).not.toMatch(/"format":"(center|left|right|justify)"/);
  expect(problemsBesidesBlockedPasteMarkup(watch)).toEqual([]);
});

test('every XSS vector pasted into the body runs nothing, keeps its text, and stays harmless after reload (R5)', async ({
  page,
  app,
}) => {
  const vectors = fs
    .readFileSync(path.join(FIXTURES, 'paste/xss-vectors.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  expect(vectors.length).toBeGreaterThan(10);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const watch = await openApp(page, app);
  await newArticle(page);
  const editor = body(page);
  for (const vector of vectors) {
    await pasteHtml(editor, vector);
    await page.keyboard.press('Enter');
  }
  await editor.hover();
  await expectSaved(page);

  const visible = [
    // The image between the words is gone; the words stay apart.
    'Kirby said nothing.',
    'click here',
    'mixed case',
    'entity encoded',
    'after script',
    'styled paragraph',
  ];
  visible.push(
    'svg onload',
    'iframe',
    'data url',
    'form',
    'object',
    'Tidak ada satupun negara',
    'Hover text from Word',
  );
  const check = async () => {
    for (const text of visible) await expect(editor).toContainText(text);
    await expect(editor.locator('strong', { hasText: 'bold' })).toBeVisible();
    await expect(editor.locator('em', { hasText: 'italic' })).toBeVisible();
    await expect(editor.locator('a', { hasText: 'Voice of America' })).toHaveAttribute(
      'href',
      'https://www.voanews.com/',
    );
    const unsafe = await editor.evaluate((root) => {
      const found: string[] = [];
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames()) {
          const value = element.getAttribute(attribute) ?? '';
          if (attribute.startsWith('on') || /javascript:|data:text\/html|vbscript:/i.test(value))
            found.push(`${element.tagName} ${attribute}`);
        }
        if (
          ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'IMG', 'SVG', 'MATH', 'STYLE'].includes(
            element.tagName.toUpperCase(),
          )
        ) {
          found.push(element.tagName);
        }
      }
      return found;
    });
    expect(unsafe).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  };
  await check();

  const [summary] = await callApi(app, 'articles.list', {});
  const stored = JSON.stringify((await callApi(app, 'articles.get', { id: summary!.id })).body);
  expect(stored).not.toMatch(/javascript:|data:text\/html|__pwned/i);

  await page.reload();
  await expect(editor).toBeVisible();
  await check();
  expect(dialogs).toEqual([]);
  expect(problemsBesidesBlockedPasteMarkup(watch)).toEqual([]);

  // Exported, the pasted vectors are inert text: the only script element is the JSON-LD block.
  await callApi(app, 'articles.save', {
    ...(await callApi(app, 'articles.get', { id: summary!.id })),
    headline: 'XSS',
  });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-xss-'));
  const { folder } = await callApi(app, 'export.run', {
    id: summary!.id,
    folder: out,
    zip: false,
    acceptWarnings: true,
  });
  const html = fs
    .readFileSync(path.join(folder, 'index.html'), 'utf8')
    .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    expect(tag).not.toMatch(/^<(script|iframe|object|embed|svg|math|form|img|style)\b/i);
    expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(/(javascript|vbscript|data):/i);
  }
  for (const text of visible) expect(html).toContain(text);
});

test('a pasted quote holding paragraphs, a list or another quote becomes one quote of lines, and exports valid', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Kutipan tempel');
  const editor = body(page);
  await editor.click();
  await pasteHtml(
    editor,
    '<p>Sebelum.</p><blockquote><p>Baris satu,</p><p>baris dua.</p><ul><li><p>Poin</p></li></ul>' +
      '<blockquote><p>Kutipan dalam.</p></blockquote></blockquote><p>Sesudah.</p>',
  );
  await expect(editor.locator('blockquote')).toHaveCount(1);
  await expect(editor.locator('blockquote p, blockquote li, blockquote blockquote')).toHaveCount(0);
  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = (await callApi(app, 'articles.get', { id: summary!.id })).body.root.children;
  const quote = stored.find((block) => block.type === 'quote')!;
  expect(quote.children!.map((child) => child.type)).toEqual([
    'text',
    'linebreak',
    'text',
    'linebreak',
    'text',
    'linebreak',
    'text',
  ]);
  expect(quote.children!.filter((child) => child.type === 'text').map((child) => child.text)).toEqual([
    'Baris satu,',
    'baris dua.',
    'Poin',
    'Kutipan dalam.',
  ]);

  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-quote-'));
  const { folder } = await callApi(app, 'export.run', {
    id: summary!.id,
    folder: out,
    zip: false,
    acceptWarnings: true,
  });
  expect(fs.readFileSync(path.join(folder, 'index.html'), 'utf8')).toContain(
    '<blockquote><p>Baris satu,<br>baris dua.<br>Poin<br>Kutipan dalam.</p></blockquote>',
  );
});

test('control characters a paste carries are left out (a form feed or vertical tab between words becomes a space), and the caret stays after the pasted words', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await newArticle(page);
  const editor = body(page);
  await page.keyboard.type('Awal ');
  // Plain text only (as from a PDF or a terminal), then HTML whose text carries them too.
  await pasteHtml(editor, '', 'Jakarta\u0000 ibu\u000c kota\u0007');
  await page.keyboard.type(' lalu');
  await page.keyboard.press('Enter');
  await pasteHtml(editor, '<p>Medan\u0000 dan\u001b Binjai</p>', 'Medan dan Binjai');
  await page.keyboard.type('!');
  await page.keyboard.press('Enter');
  // A PDF's page break (form feed) and Word's plain-text line break (vertical tab) separate words:
  // they become a space, never nothing.
  await pasteHtml(editor, '', 'Akhir PDF.\fAwal halaman\u000bdua');
  await page.keyboard.press('Enter');
  await pasteHtml(editor, '<p>Satu\fdua</p>', 'Satu dua');
  await expect(editor.locator('p').first()).toHaveText('Awal Jakarta ibu kota lalu');
  await expect(editor.locator('p').nth(1)).toHaveText('Medan dan Binjai!');
  await expect(editor.locator('p').nth(2)).toHaveText('Akhir PDF. Awal halaman dua');
  await expect(editor.locator('p').nth(3)).toHaveText('Satu dua');
  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = JSON.stringify((await callApi(app, 'articles.get', { id: summary!.id })).body);
  expect(stored).toContain('Jakarta ibu kota');
  // eslint-disable-next-line no-control-regex
  expect(stored).not.toMatch(/\\u000[07c]|\\u001b|[\u0000\u0007\u000c\u001b]/);
});

test('a link styled underlined (Google Docs, many web pages) pastes as a link, not as underlined words', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await newArticle(page);
  const editor = body(page);
  await pasteHtml(
    editor,
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5678"><p dir="ltr">' +
      '<span style="font-weight:400;">Baca </span>' +
      '<a href="https://www.kompas.id/baca/laporan" style="text-decoration:none;">' +
      '<span style="color:#1155cc;text-decoration:underline;-webkit-text-decoration-skip:none;">situs Kompas</span></a>' +
      '<span style="text-decoration:underline;"> ini penting</span></p></b>',
    'Baca situs Kompas ini penting',
  );
  const link = editor.getByRole('link', { name: 'situs Kompas' });
  await expect(link).toHaveAttribute('href', 'https://www.kompas.id/baca/laporan');
  await expect(link.locator('.rx-underline')).toHaveCount(0);
  // Underlined words outside a link stay underlined.
  await expect(editor.locator('.rx-underline')).toHaveText(['ini penting']);
  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = (await callApi(app, 'articles.get', { id: summary!.id })).body;
  const [paragraph] = stored.root.children;
  const linked = paragraph!.children!.find((node) => node.type === 'link')!;
  expect(linked.children!.map((node) => [node.text, node.format])).toEqual([['situs Kompas', 0]]);
});

test('a PDF’s ligatures pasted into the body or the headline are written out, so search finds the words', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await newArticle(page);
  const editor = body(page);
  await pasteHtml(editor, '', 'Laporan \ufb01nal dari o\ufb03ce');
  await page.keyboard.type('.');
  await expect(editor.locator('p').first()).toHaveText('Laporan final dari office.');
  const headline = page.getByLabel('Headline');
  await headline.click();
  await pasteHtml(headline, '', 'Kon\ufb02ik \ufb01nal');
  await expect(headline).toHaveValue('Konflik final');
  await expectSaved(page);
  const found = await callApi(app, 'articles.list', { query: 'final' });
  expect(found.map((article) => article.headline)).toEqual(['Konflik final']);
});
