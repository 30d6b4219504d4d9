import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { articleWithPhoto } from './support/sources';

test('leaving a photo’s caption at once after typing (Tab, or a click on Credit) goes where it was asked, never into the body', async ({
  page,
  app,
}) => {
  const id = await articleWithPhoto(app, 'Pasar Petisah', 'Lama');
  await openApp(page, app, `#/article/${id}`);
  const figure = body(page).getByRole('figure');
  const caption = figure.getByLabel('Caption');
  const credit = figure.getByLabel('Credit');

  // The writer was in the body before: the editor keeps that caret while the fields have the focus.
  await body(page).getByText('Paragraf satu.').click();
  await page.keyboard.press('End');

  // Tab straight after the last key: the caption is kept as the focus moves on, to Credit.
  await caption.fill('');
  await caption.pressSequentially('PASAR RAMAI: Warga berbelanja.', { delay: 20 });
  await page.keyboard.press('Tab');
  await expect(credit).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('RINA/ANTARA');
  await expect(credit).toHaveValue('RINA/ANTARA');

  // A click on Alt text straight after typing in Credit: the same.
  await credit.pressSequentially(' FOTO', { delay: 20 });
  await figure.getByLabel('Alt text').click();
  await expect(figure.getByLabel('Alt text')).toBeFocused();
  await page.keyboard.type('Warga di pasar');

  await expect(caption).toHaveValue('PASAR RAMAI: Warga berbelanja.');
  await expect(credit).toHaveValue('RINA/ANTARA FOTO');
  await expect(figure.getByLabel('Alt text')).toHaveValue(/Warga di pasar$/);
  await expect(body(page).locator('p')).toHaveText(['Paragraf satu.']);
  await expectSaved(page);
});
