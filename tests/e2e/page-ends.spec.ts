import { documentOf, paragraph, photoBlock, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { callApi } from './support/api';
import { expect, expectSaved, test } from './support/fixtures';
import { indicator, openArticle, pageBreaks, para, paragraphText, placeCaret } from './support/pages';
import { importPhoto } from './support/sources';

test('a break put right after a photo is pointed out at the break, in the status line and before export', async ({
  page,
  app,
}) => {
  const photoId = await importPhoto(app);
  const created = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', {
    ...created,
    headline: 'Kapal di Belawan',
    lead: 'Kapal bersandar.',
    // Insert page break never puts one there (it goes above the photo): the break stayed after the
    // photo when the text between them was deleted, or came in an older article.
    body: documentOf(
      paragraph(text(paragraphText(1, 120))),
      photoBlock(photoId),
      pageBreak(),
      paragraph(text(paragraphText(2, 120))),
      paragraph(text(paragraphText(3, 120))),
    ),
  });
  await openArticle(page, app, 'Kapal di Belawan');

  // Page 1 ends on the photo.
  await placeCaret(para(page, 2), 'start');
  await expect(pageBreaks(page)).toHaveCount(1);
  const hint = 'The page above ends with a photo: move this break below the text that goes with it';
  await expect(pageBreaks(page)).toContainText(hint);
  await expect(pageBreaks(page)).toHaveAttribute('aria-description', hint);
  const footer = page.locator('footer');
  await expect(indicator(page)).toHaveText('Page 2 of 2');
  await expect(footer).not.toContainText('This page ends with a photo');
  await placeCaret(para(page, 1), 'end');
  await expect(indicator(page)).toHaveText('Page 1 of 2');
  await expect(footer.getByText('This page ends with a photo')).toHaveAttribute('aria-live', 'polite');
  await expectSaved(page);

  // The export names it as a warning, with the page to go to.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  await expect(dialog).toContainText('Page 1 ends with a photo: its reader turns the page right after it.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The break moved below the text that goes with the photo: no hint anywhere.
  await pageBreaks(page).click();
  await page.keyboard.press('Delete');
  await expect(pageBreaks(page)).toHaveCount(0);
  await placeCaret(para(page, 3), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(pageBreaks(page)).toHaveCount(1);
  await expect(pageBreaks(page)).not.toContainText('ends with');
  await expect(footer).not.toContainText('ends with');
});
