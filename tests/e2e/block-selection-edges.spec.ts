import { documentOf, paragraph, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';

test('Ctrl+Home and Ctrl+End go to the article’s start and end from a selected page break too', async ({
  page,
  app,
}) => {
  const { id } = await seedArticle(app, {
    headline: 'Ujung artikel',
    body: documentOf(
      paragraph(text('Paragraf satu warga banjir.')),
      pageBreak(),
      paragraph(text('Paragraf dua petugas sungai.')),
      paragraph(text('Paragraf tiga rumah jalan.')),
    ),
  });
  await openApp(page, app, `#/article/${id}`);
  const separator = body(page).getByRole('separator');
  const paragraphs = body(page).locator('p');

  await separator.click();
  await expect(separator).toHaveClass(/rx-selected/);
  await page.keyboard.press('Control+Home');
  await expect(separator).not.toHaveClass(/rx-selected/);
  await page.keyboard.type('Awal ');
  await expect(paragraphs.first()).toHaveText('Awal Paragraf satu warga banjir.');

  await separator.click();
  await expect(separator).toHaveClass(/rx-selected/);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Akhir.');
  await expect(paragraphs.last()).toHaveText('Paragraf tiga rumah jalan. Akhir.');
  await expect(paragraphs.nth(1)).toHaveText('Paragraf dua petugas sungai.');
});
