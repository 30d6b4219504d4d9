import { documentOf, paragraph, text } from '../unit/support/documents';
import { seedArticle } from './support/api';
import { expect, test } from './support/fixtures';
import { alert, block, openArticle, pageBreaks, selectAllText, storedBody } from './support/pages';

test('a break waiting on an emptied page, taken out as the article is exported, is said — the page count changed', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, {
    headline: 'Halaman kosong',
    lead: 'Teras.',
    body: documentOf(
      paragraph(text('Halaman pertama.')),
      { type: 'page-break', version: 1 },
      paragraph(text('Halaman kedua.')),
    ),
  });
  await openArticle(page, app, 'Halaman kosong');
  await selectAllText(block(page, 'Halaman kedua'));
  await page.keyboard.press('Backspace');
  await expect(alert(page)).toContainText('Page 2 is empty');
  await expect(pageBreaks(page)).toHaveCount(1);

  // Export reads the article as it will be published: the break goes, and the editor says so.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  await expect(dialog.getByText('Ready to export: no problems found.')).toBeVisible();
  await expect(pageBreaks(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(alert(page)).toContainText('A page break was taken out because its page had become empty.');
  await expect.poll(async () => (await storedBody(app, article.id)).root.children.length).toBe(2);
});
