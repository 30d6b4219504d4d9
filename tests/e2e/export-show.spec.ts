import type { StoredNode } from '../../shared/editor/document';
import { documentOf, heading, paragraph, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { callApi, seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { indicator, paragraphText } from './support/pages';
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

test('Show on "page ends with a heading / photo" goes to that heading or photo at the end of the page', async ({
  page,
  app,
}) => {
  const photoId = await importPhoto(app);
  const paragraphs = (from: number) =>
    Array.from({ length: 8 }, (_, i) => paragraph(text(paragraphText(from + i, 60))));
  const article = await seedArticle(app, {
    headline: 'Ujung halaman',
    lead: 'Halaman yang berakhir pada judul dan foto.',
    // Page 1 ends on a heading, page 2 on a photo (a blank paragraph after it aside).
    body: documentOf(
      ...paragraphs(1),
      heading('h2', text('Judul di ujung halaman')),
      pageBreak(),
      ...paragraphs(9),
      photoBlock(photoId, 'BELAWAN: Kapal bersandar.'),
      paragraph(),
      pageBreak(),
      ...paragraphs(17),
    ),
  });
  await openApp(page, app, `#/article/${article.id}`);
  await expect(body(page).locator('.rx-photo')).toHaveCount(1);
  await page.evaluate(() => window.scrollTo(0, 0));

  const dialog = page.getByRole('dialog', { name: 'Export the article' });
  const show = async (finding: string) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog
      .getByRole('listitem')
      .filter({ hasText: finding })
      .getByRole('button', { name: 'Show' })
      .click();
    await expect(dialog).toBeHidden();
  };
  const toolbar = async () => {
    const box = (await page.locator('.rx-body-head').boundingBox())!;
    return box.y + box.height;
  };

  // The heading: the caret at its end, so what is typed there goes after its words.
  const endHeading = body(page).getByRole('heading', { name: 'Judul di ujung halaman' });
  await show('Page 1 ends with a heading');
  await expect(endHeading).toBeInViewport();
  expect((await endHeading.boundingBox())!.y).toBeGreaterThanOrEqual(await toolbar());
  await expect(indicator(page)).toHaveText('Page 1 of 3');
  await page.keyboard.type(' itu');
  await expect(endHeading).toHaveText('Judul di ujung halaman itu');

  // The photo: selected, as a click on it does.
  await page.evaluate(() => window.scrollTo(0, 0));
  await show('Page 2 ends with a photo');
  const photo = body(page).locator('.rx-photo');
  await expect(photo).toHaveClass(/rx-selected/);
  await expect(photo).toBeInViewport();
  expect((await photo.boundingBox())!.y).toBeGreaterThanOrEqual(await toolbar());
  await expect(indicator(page)).toHaveText('Page 2 of 3');
});
