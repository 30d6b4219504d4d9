import type { StoredNode } from '../../shared/editor/document';
import { documentOf, paragraph, text } from '../unit/support/documents';
import { callApi } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { importPhoto } from './support/sources';

const photoBlock = (photoId: string, caption: string): StoredNode => ({
  type: 'photo',
  version: 1,
  photoId,
  caption,
  credit: 'ANTARA FOTO/ANTARA',
  altText: 'Pelabuhan Belawan',
});
const LONG = 'Kapal nelayan bersandar di dermaga sejak pagi karena gelombang tinggi di perairan Belawan.';

test("a preflight finding's Show closes the dialog and takes the editor to the photo or page it names", async ({
  page,
  app,
}) => {
  const photoId = await importPhoto(app);
  // The library's caption would stand in for a block without one.
  await callApi(app, 'photos.update', { id: photoId, caption: '' });
  const created = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', {
    ...created,
    headline: 'Nelayan Belawan',
    lead: 'Gelombang tinggi.',
    // Page 1: a captioned photo and enough text to push page 2 below the window; page 2: a short
    // paragraph and a photo without a caption.
    body: documentOf(
      paragraph(text('Paragraf pembuka.')),
      photoBlock(photoId, 'NELAYAN: Kapal bersandar.'),
      ...Array.from({ length: 40 }, () => paragraph(text(LONG))),
      { type: 'page-break', version: 1 },
      paragraph(text('Halaman pendek.')),
      photoBlock(photoId, ''),
    ),
  });
  await openApp(page, app, `#/article/${created.id}`);
  const photos = body(page).locator('.rx-photo');
  await expect(photos).toHaveCount(2);
  await page.evaluate(() => window.scrollTo(0, 0));

  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  const finding = (words: string | RegExp) => dialog.getByRole('listitem').filter({ hasText: words });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(finding('Photo 2 in the body has no caption.')).toBeVisible();
  // Findings with no place in the body have no Show.
  await expect(finding('The publication').or(finding('lead'))).toHaveCount(0);
  await finding('Photo 2 in the body has no caption.').getByRole('button', { name: 'Show' }).click();

  await expect(dialog).toBeHidden();
  await expect(photos.nth(1)).toHaveClass(/rx-selected/);
  await expect(photos.nth(0)).not.toHaveClass(/rx-selected/);
  await expect(photos.nth(1)).toBeInViewport();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  // The keys act on the selected photo: Alt+ArrowUp moves it above the short paragraph.
  await page.keyboard.press('Alt+ArrowUp');
  const photoFirst = () =>
    page.evaluate(() => {
      const photo = document.querySelectorAll('.rx-photo')[1]!;
      const short = [...document.querySelectorAll('p')].find((p) => p.textContent === 'Halaman pendek.')!;
      return Boolean(photo.compareDocumentPosition(short) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
  await expect.poll(photoFirst).toBe(true);

  // A short page's warning takes the caret to that page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByText('Paragraf pembuka.').click();
  await expect(page.getByText('Page 1 of 2')).toBeVisible();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await finding(/^Page 2 has only 2 words\./)
    .getByRole('button', { name: 'Show' })
    .click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  // Page 2 now opens with the photo moved above: it is selected, and typing writes after it.
  await expect(photos.nth(1)).toHaveClass(/rx-selected/);
  await expect(photos.nth(1)).toBeInViewport();
  await page.keyboard.type('Tambah ');
  await expect(body(page).getByText('Tambah Halaman pendek.')).toBeVisible();
});
