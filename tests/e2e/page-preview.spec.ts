import type { Page } from '@playwright/test';
import { ANNOUNCEMENTS, said } from './support/announcements';
import { documentOf, link, paragraph, text } from '../unit/support/documents';
import { relatedArticle } from '../unit/support/export-fixture';
import { pageBreak } from '../unit/support/long-articles';
import { callApi, seedArticle } from './support/api';
import { body, expect, test } from './support/fixtures';
import { alert, openArticle, para, paragraphText, placeCaret, storedBody } from './support/pages';
import { selectText } from './support/selection';
import type { WebApp } from './support/web-app';

/** An article of `pages` pages of 40 words each, opened in the editor; its id. */
async function openPaged(page: Page, app: WebApp, headline: string, pages: number): Promise<string> {
  const blocks = Array.from({ length: pages }, (_, index) => [
    ...(index > 0 ? [pageBreak()] : []),
    paragraph(text(paragraphText(index + 1, 40))),
  ]).flat();
  const { id } = await seedArticle(app, { headline, body: documentOf(...blocks) });
  await openArticle(page, app, headline);
  return id;
}

/** Deletes the article as another window or tab would, at the revision stored now. */
async function deleteElsewhere(app: WebApp, id: string): Promise<void> {
  const { revision } = await callApi(app, 'articles.get', { id });
  await callApi(app, 'articles.delete', { id, revision });
}

test('the page preview keeps the keyboard: Tab goes round inside it, and Escape closes it from anywhere in it', async ({
  page,
  app,
}) => {
  await openPaged(page, app, 'Pratinjau papan ketik', 3);
  await placeCaret(para(page, 1), 'start');
  const preview = page.getByRole('dialog', { name: 'Page preview' });
  const open = async () => {
    await page.getByRole('button', { name: 'Preview page' }).click();
    await expect(preview).toBeVisible();
  };

  // Next page to the last page: the button is disabled there, and the focus moves to Previous page.
  await open();
  await preview.getByRole('button', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(preview.getByText(/^Page 3 of 3$/)).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Previous page' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(body(page)).toBeFocused();

  // In a small window the page shrinks to fit: Close is in sight without scrolling the dialog.
  await page.setViewportSize({ width: 900, height: 700 });
  await open();
  const close = preview.getByRole('button', { name: 'Close preview' });
  const closeBox = (await close.boundingBox())!;
  const dialogBox = (await preview.boundingBox())!;
  expect(closeBox.y + closeBox.height).toBeLessThanOrEqual(dialogBox.y + dialogBox.height);
  expect(await preview.evaluate((dialog) => dialog.scrollHeight - dialog.clientHeight)).toBeLessThanOrEqual(
    0,
  );
  await close.click();
  await page.setViewportSize({ width: 1280, height: 720 });

  // Inside the exported page (a click in it): Escape still closes the preview.
  await open();
  await preview.frameLocator('iframe').locator('h1').click();
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);

  // Tab and Shift+Tab go round the dialog and never reach the article behind it.
  await open();
  const insideDialog = () =>
    page.evaluate(() => document.querySelector('[role="dialog"]')!.contains(document.activeElement));
  const seen = new Set<string>();
  for (let i = 0; i < 24; i += 1) {
    await page.keyboard.press('Tab');
    expect(await insideDialog(), `Tab ${i + 1} stays in the preview`).toBe(true);
    seen.add(await page.evaluate(() => document.activeElement?.textContent ?? ''));
  }
  expect(seen).toContain('Close preview');
  expect(seen).toContain('Next page');
  for (let i = 0; i < 16; i += 1) {
    await page.keyboard.press('Shift+Tab');
    expect(await insideDialog(), `Shift+Tab ${i + 1} stays in the preview`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
});

test('the page’s own “Show all” and the navigator’s Whole article show the whole article, and say so', async ({
  page,
  app,
}) => {
  await openPaged(page, app, 'Pratinjau semua', 2);
  await placeCaret(para(page, 2), 'start');
  await page.getByRole('button', { name: 'Preview page' }).click();
  const preview = page.getByRole('dialog', { name: 'Page preview' });
  await expect(preview.getByText(/^Page 2 of 2$/)).toBeVisible();

  // The exported page's own pagination link, followed inside the frame.
  await preview
    .frameLocator('iframe')
    .getByRole('link', { name: /Tampilkan semua/ })
    .click();
  await expect(preview.locator('.rx-preview-of')).toHaveText('Whole article');
  await expect(preview.getByRole('button', { name: 'Whole article' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(preview.getByRole('button', { name: 'Show page 2' })).not.toHaveAttribute('aria-current');
  await expect(preview.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await expect(preview.frameLocator('iframe').getByText(paragraphText(1, 40).slice(0, 30))).toBeVisible();

  // Back to a page from the navigator, then the whole article from it.
  await preview.getByRole('button', { name: 'Show page 1' }).click();
  await expect(preview.getByText(/^Page 1 of 2$/)).toBeVisible();
  await preview.getByRole('button', { name: 'Whole article' }).click();
  await expect(preview.locator('iframe')).toHaveAttribute('src', /\/all\.html$/);
  await expect(preview.locator('iframe')).toHaveAttribute('title', 'The whole article as exported');
});

test('a page emptied just before the preview is taken out first: the preview counts the pages saved, and says nothing failed', async ({
  page,
  app,
}) => {
  const id = await openPaged(page, app, 'Pratinjau halaman kosong', 3);
  await selectText(page, paragraphText(2, 40));
  await page.keyboard.press('Backspace');
  await expect(alert(page)).toContainText('Page 2 is empty');

  await page.getByRole('button', { name: 'Preview page' }).click();
  const preview = page.getByRole('dialog', { name: 'Page preview' });
  await expect(preview).toBeVisible();
  await expect(preview.getByText(/^Page \d of \d$/)).toHaveText('Page 1 of 2');
  await expect(preview.getByRole('button', { name: /^Show page \d$/ })).toHaveCount(2);
  await expect(preview).not.toContainText('could not be saved');
  // The break above the emptied page went: its empty paragraph ends page 1.
  expect((await storedBody(app, id)).root.children.map((node) => node.type)).toEqual([
    'paragraph',
    'paragraph',
    'page-break',
    'paragraph',
  ]);
});

test('an article deleted in another window: the preview says it no longer exists instead of a broken frame, and All articles goes back to the list', async ({
  page,
  app,
}) => {
  const id = await openPaged(page, app, 'Pratinjau artikel terhapus', 2);
  await placeCaret(para(page, 1), 'start');
  const preview = page.getByRole('dialog', { name: 'Page preview' });
  const allArticles = preview.getByRole('button', { name: 'All articles' });

  // Deleted while the preview shows it: the next page the frame asks for is not there.
  await page.getByRole('button', { name: 'Preview page' }).click();
  await expect(preview.frameLocator('iframe').locator('h1')).toBeVisible();
  await deleteElsewhere(app, id);
  await preview.getByRole('button', { name: 'Show page 2' }).click();
  await expect(preview.getByRole('alert')).toHaveText('That article no longer exists.');
  await expect(preview.locator('iframe')).toHaveCount(0);
  await expect(allArticles).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);

  // Opened again: said at once, with nothing about saving, and All articles leaves for the list.
  await page.getByRole('button', { name: 'Preview page' }).click();
  await expect(preview.getByRole('alert')).toHaveText('That article no longer exists.');
  await expect(preview.locator('iframe')).toHaveCount(0);
  await expect(preview).not.toContainText('could not be saved');
  await expect(allArticles).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(preview).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Pratinjau artikel terhapus/ })).toHaveCount(0);
});

test('typing that cannot be saved because the article was deleted elsewhere: the preview says only that it no longer exists, and leaving still asks before the text goes', async ({
  page,
  app,
}) => {
  const id = await openPaged(page, app, 'Pratinjau ketikan terhapus', 1);
  await deleteElsewhere(app, id);
  await placeCaret(para(page, 1), 'end');
  await page.keyboard.type(' Tambahan.');
  await page.getByRole('button', { name: 'Preview page' }).click();
  const preview = page.getByRole('dialog', { name: 'Page preview' });
  await expect(preview.getByRole('alert')).toHaveText('That article no longer exists.');
  await expect(preview).not.toContainText('could not be saved');
  await expect(preview.locator('iframe')).toHaveCount(0);

  await preview.getByRole('button', { name: 'All articles' }).click();
  await expect(preview).toHaveCount(0);
  const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(leave).toContainText('it was deleted in another window or tab.');
  await expect(leave.getByRole('button', { name: 'Save as new article and leave' })).toBeVisible();
  await leave.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Pratinjau ketikan terhapus/ })).toHaveCount(0);
});

test('a related link followed in the preview shows the other article and says so, and the navigator brings this one back', async ({
  page,
  app,
}) => {
  const other = await seedArticle(app, {
    headline: 'Artikel tetangga',
    status: 'published',
    body: documentOf(paragraph(text('Isi artikel tetangga.'))),
  });
  await seedArticle(app, {
    headline: 'Pratinjau tautan',
    body: documentOf(
      paragraph(text(paragraphText(1, 40))),
      relatedArticle(other.id, 'Artikel tetangga'),
      paragraph(text(paragraphText(2, 40))),
    ),
  });
  await openArticle(page, app, 'Pratinjau tautan');
  await page.getByRole('button', { name: 'Preview page' }).click();
  const preview = page.getByRole('dialog', { name: 'Page preview' });
  const frame = preview.frameLocator('iframe');
  await expect(preview.getByText(/^Page 1 of 1$/)).toBeVisible();

  // "Baca juga: Artikel tetangga": the frame shows that article, and the navigator no longer says it
  // is page 1 of this one.
  await frame.getByRole('link', { name: 'Artikel tetangga' }).first().click();
  await expect(frame.locator('h1')).toHaveText('Artikel tetangga');
  await expect(preview.locator('.rx-preview-of')).toHaveText(
    'Another article, opened from a link on this page',
  );
  await expect(preview.getByRole('button', { name: 'Show page 1' })).not.toHaveAttribute('aria-current');

  // Back to this article, on the page the navigator was on.
  await preview.getByRole('button', { name: 'Back to this article' }).click();
  await expect(frame.locator('h1')).toHaveText('Pratinjau tautan');
  await expect(preview.getByText(/^Page 1 of 1$/)).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Show page 1' })).toHaveAttribute('aria-current', 'page');
});

test('another article followed to in the preview is said, and Back to this article says so and leaves the focus in the navigator', async ({
  page,
  app,
}) => {
  await page.addInitScript(ANNOUNCEMENTS);
  const other = await seedArticle(app, {
    headline: 'Harga Cabai Naik',
    status: 'published',
    body: documentOf(paragraph(text('Isi artikel tetangga.'))),
  });
  await seedArticle(app, {
    headline: 'Pratinjau kembali',
    body: documentOf(paragraph(text(paragraphText(1, 40))), relatedArticle(other.id, 'Harga Cabai Naik')),
  });
  await openArticle(page, app, 'Pratinjau kembali');
  await page.getByRole('button', { name: 'Preview page' }).click();
  const preview = page.getByRole('dialog', { name: 'Page preview' });
  const frame = preview.frameLocator('iframe');
  await expect(preview.getByText(/^Page 1 of 1$/)).toBeVisible();
  await said(page);

  await frame.getByRole('link', { name: 'Harga Cabai Naik' }).first().click();
  await expect(frame.locator('h1')).toHaveText('Harga Cabai Naik');
  await expect.poll(() => said(page)).toContain('Another article, opened from a link on this page');

  // Enter on Back to this article: the button goes, the focus stays in the dialog, on the page shown.
  await preview.getByRole('button', { name: 'Back to this article' }).focus();
  await page.keyboard.press('Enter');
  await expect(frame.locator('h1')).toHaveText('Pratinjau kembali');
  await expect(preview.getByRole('button', { name: 'Show page 1' })).toBeFocused();
  await expect.poll(() => said(page)).toContain('Back to this article: Page 1 of 1');
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(body(page)).toBeFocused();
});

test('a page’s own pagination link is followed in the navigator without loading the page a second time', async ({
  page,
  app,
}) => {
  await openPaged(page, app, 'Pratinjau sekali', 2);
  await page.getByRole('button', { name: 'Preview page' }).click();
  const preview = page.getByRole('dialog', { name: 'Page preview' });
  await expect(preview.getByText(/^Page 1 of 2$/)).toBeVisible();
  const loadsOfPage2: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/page-2.html')) loadsOfPage2.push(request.url());
  });
  await preview.frameLocator('iframe').getByRole('link', { name: 'Berikutnya' }).click();
  await expect(preview.getByText(/^Page 2 of 2$/)).toBeVisible();
  // Back from the navigator: by the time page 1 shows, a reload of page 2 would have been asked for.
  await preview.getByRole('button', { name: 'Show page 1' }).click();
  await expect(preview.getByText(/^Page 1 of 2$/)).toBeVisible();
  await expect(preview.frameLocator('iframe').getByText(paragraphText(1, 40).slice(0, 30))).toBeVisible();
  expect(loadsOfPage2).toHaveLength(1);
});

test('a preview after a refused save counts the stored article’s pages, not a break typed since', async ({
  page,
  app,
}) => {
  const id = await openPaged(page, app, 'Pratinjau tersimpan', 1);
  // Another window saves first: this one's next save is refused.
  const stored = await callApi(app, 'articles.get', { id });
  await callApi(app, 'articles.save', { ...stored, lead: 'Diubah di jendela lain.' });
  await placeCaret(para(page, 1), 12);
  await page.keyboard.press('Control+Enter');
  await expect(body(page).getByRole('separator')).toHaveCount(1);

  await page.getByRole('button', { name: 'Preview page' }).click();
  const preview = page.getByRole('dialog', { name: 'Page preview' });
  await expect(preview.getByRole('alert')).toBeVisible();
  // The frame shows the stored article, which has one page: no page 2 to offer (its frame would be
  // the service's "Not found").
  await expect(preview.getByText(/^Page 1 of 1$/)).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Show page 2' })).toHaveCount(0);
  await expect(preview.frameLocator('iframe').locator('h1')).toHaveText('Pratinjau tersimpan');
});

test('a link out of the package clicked in the preview is not followed, and the preview says so', async ({
  page,
  app,
}) => {
  await seedArticle(app, {
    headline: 'Tautan keluar',
    body: documentOf(
      paragraph(text(paragraphText(1, 40)), link('https://example.com/berita', text(' situs luar'))),
      paragraph(link('/berita/lain', text('halaman situs'))),
    ),
  });
  await openArticle(page, app, 'Tautan keluar');
  await page.getByRole('button', { name: 'Preview page' }).click();
  const preview = page.getByRole('dialog', { name: 'Page preview' });
  const frame = preview.frameLocator('iframe');
  await frame.getByRole('link', { name: 'situs luar' }).click();
  await expect(preview.getByRole('status').filter({ hasText: 'Not followed' })).toHaveText(
    'Not followed in the preview: https://example.com/berita is outside the package (it opens from the published page).',
  );
  await frame.getByRole('link', { name: 'halaman situs' }).click();
  await expect(preview.getByText(/^Not followed in the preview: .*\/berita\/lain is outside/)).toBeVisible();
  // The page is still shown, the navigator on it, and Escape from inside the page closes the preview.
  await expect(frame.locator('h1')).toHaveText('Tautan keluar');
  await expect(preview.getByText(/^Page 1 of 1$/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
});
