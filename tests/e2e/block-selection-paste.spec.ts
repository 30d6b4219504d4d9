import type { Page } from '@playwright/test';
import { documentOf, paragraph, photoBlock, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { callApi } from './support/api';
import { selectText } from './support/selection';
import { article, importPhoto } from './support/sources';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import type { WebApp } from './support/web-app';

/** An article P1, page break, P2, photo, P3 opened in the editor; returns its id. */
async function openWithBlocks(page: Page, app: WebApp): Promise<string> {
  const photoId = await importPhoto(app);
  const id = await article(
    app,
    'Tempel di blok',
    documentOf(
      paragraph(text('Paragraf satu warga banjir.')),
      pageBreak(),
      paragraph(text('Paragraf dua petugas sungai.')),
      photoBlock(photoId),
      paragraph(text('Paragraf tiga rumah jalan.')),
    ),
  );
  await openApp(page, app, `#/article/${id}`);
  await expect(body(page).getByRole('separator')).toHaveCount(1);
  return id;
}

const blockTypes = async (app: WebApp, id: string) =>
  (await callApi(app, 'articles.get', { id })).body.root.children.map((block) => block.type);

test('pasting while a photo or a page break is selected writes after it, as typing does; the block stays and one Ctrl+Z takes the paste back', async ({
  page,
  app,
}) => {
  const id = await openWithBlocks(page, app);
  const figure = body(page).locator('figure');
  const separator = body(page).getByRole('separator');
  const second = body(page).locator('p').nth(1);
  const third = body(page).locator('p').nth(2);

  // Words copied from the body itself (a real copy: Lexical's own format, with its HTML beside it).
  await selectText(page, 'warga banjir.');
  await page.keyboard.press('Control+c');
  await figure.locator('img').click();
  await expect(figure).toHaveClass(/rx-selected/);
  await page.keyboard.press('Control+v');
  await expect(third).toHaveText('warga banjir.Paragraf tiga rumah jalan.');
  await expect(figure).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(third).toHaveText('Paragraf tiga rumah jalan.');
  await expect(figure).toHaveCount(1);

  await separator.click();
  await expect(separator).toHaveClass(/rx-selected/);
  await page.keyboard.press('Control+v');
  await expect(second).toHaveText('warga banjir.Paragraf dua petugas sungai.');
  await expect(separator).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(second).toHaveText('Paragraf dua petugas sungai.');
  await expect(separator).toHaveCount(1);

  // Plain text copied from another field: the block clicked from there, the browser holds no
  // selection in the body, yet the paste is the body's.
  const lead = page.getByLabel('Lead');
  await lead.fill('Dari lead. ');
  await lead.press('Control+a');
  await lead.press('Control+c');
  await separator.click();
  await expect(separator).toHaveClass(/rx-selected/);
  await page.keyboard.press('Control+v');
  await expect(second).toHaveText('Dari lead. Paragraf dua petugas sungai.');
  await expect(separator).toHaveCount(1);
  await expectSaved(page);
  expect(await blockTypes(app, id)).toEqual(['paragraph', 'page-break', 'paragraph', 'photo', 'paragraph']);
  await page.keyboard.press('Control+z');
  await expect(second).toHaveText('Paragraf dua petugas sungai.');
  await expect(body(page).locator('p').first()).toHaveText('Paragraf satu warga banjir.');
});
