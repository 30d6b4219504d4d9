import type { Page } from '@playwright/test';
import { seedArticle } from './support/api';
import { documentOf, list, listItem, paragraph, text } from '../unit/support/documents';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { pasteHtml } from './support/paste';
import { pasteLexical, storedBody } from './support/pages';
import { caretAfter } from './support/selection';
import type { WebApp } from './support/web-app';

const STEPS = documentOf(
  paragraph(text('Langkah:')),
  list(
    'number',
    listItem(text('Daftar daring')),
    listItem(text('Bayar biaya')),
    listItem(text('Ambil kartu')),
  ),
  paragraph(text('Selesai.')),
);

/** Opens an article with a numbered list of three steps; returns it and its body. */
async function openSteps(page: Page, app: WebApp) {
  const seeded = await seedArticle(app, { headline: 'Langkah', body: STEPS });
  await openApp(page, app, `#/article/${seeded.id}`);
  return { seeded, editor: body(page) };
}

test('paragraphs pasted into a numbered list become its items, numbered on, not a split list', async ({
  page,
  app,
}) => {
  const { seeded, editor } = await openSteps(page, app);
  const items = editor.locator(':scope > ol > li');
  await caretAfter(page, 'Bayar');
  await pasteHtml(
    editor,
    '<p>di bank</p><p>Isi <b>formulir</b></p><p>Tunggu SMS</p><p>Cetak bukti dan',
    'di bank\nIsi formulir\nTunggu SMS\nCetak bukti dan',
  );
  await expect(editor.locator(':scope > ol')).toHaveCount(1);
  await expect(items).toHaveText([
    'Daftar daring',
    'Bayardi bank',
    'Isi formulir',
    'Tunggu SMS',
    'Cetak bukti dan biaya',
    'Ambil kartu',
  ]);
  await expect(items.nth(2).locator('strong')).toHaveText('formulir');
  // The caret is where the paste ends, before the words that followed it.
  await page.keyboard.type(' slip');
  await expect(items.nth(4)).toHaveText('Cetak bukti dan slip biaya');
  await expect(items.last()).toHaveAttribute('value', '6');
  await expect(editor.locator(':scope > p')).toHaveText(['Langkah:', 'Selesai.']);

  // A copy of the body's own blocks (two paragraphs) goes in the same way, in one undo step.
  await caretAfter(page, 'Ambil kartu');
  await pasteLexical(editor, [paragraph(text('Simpan')), paragraph(text('Selesai juga'))]);
  await expect(items).toHaveCount(7);
  await expect(items.nth(5)).toHaveText('Ambil kartuSimpan');
  await expect(items.nth(6)).toHaveText('Selesai juga');
  await expect(items.last()).toHaveAttribute('value', '7');
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(6);
  await expect(items.last()).toHaveText('Ambil kartu');

  await expectSaved(page);
  const stored = await storedBody(app, seeded.id);
  expect(stored.root.children.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph']);
  expect(stored.root.children[1]!.children).toHaveLength(6);
});

test('a list pasted into a list gives its items; pasted outside a list, paragraphs stay paragraphs', async ({
  page,
  app,
}) => {
  const { editor } = await openSteps(page, app);
  await caretAfter(page, 'Daftar daring');
  await pasteHtml(editor, '<ul><li>Siapkan KTP</li><li>Siapkan foto</li></ul>', 'Siapkan KTP\nSiapkan foto');
  await expect(editor.locator(':scope > ol')).toHaveCount(1);
  await expect(editor.locator(':scope > ul')).toHaveCount(0);
  await expect(editor.locator(':scope > ol > li')).toHaveText([
    'Daftar daringSiapkan KTP',
    'Siapkan foto',
    'Bayar biaya',
    'Ambil kartu',
  ]);

  await caretAfter(page, 'Selesai.');
  await pasteHtml(editor, '<p>Satu</p><p>Dua</p>', 'Satu\nDua');
  await expect(editor.locator(':scope > p')).toHaveText(['Langkah:', 'Selesai.Satu', 'Dua']);
  await expect(editor.locator(':scope > ol > li')).toHaveCount(4);
});
