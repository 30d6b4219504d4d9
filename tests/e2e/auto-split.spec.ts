import { documentOf, paragraph, text } from '../unit/support/documents';
import { splitPages } from '../../shared/pages/split';
import { blockWords } from '../../shared/pages/blocks';
import { bornSpeaking, watchStatusRegions } from './support/announcements';
import { seedArticle } from './support/api';
import { importPhoto } from './support/sources';
import { body, expect, expectSaved, test, problemsBesidesSandboxedPreview } from './support/fixtures';
import {
  indicator,
  openArticle,
  pageBreaks,
  para,
  paragraphText,
  placeCaret,
  storedBody,
} from './support/pages';

test('auto-split proposes balanced pages, accept is one undo step, and the preview shows each page', async ({
  page,
  app,
}) => {
  const lengths = Array.from({ length: 60 }, (_, i) => 20 + ((i * 37) % 61)); // 20–80 words
  const article = await seedArticle(app, {
    headline: 'Laporan panjang',
    body: lengths.map((count, i) => paragraphText(i + 1, count - 2)),
  });
  await watchStatusRegions(page);
  const watch = await openArticle(page, app, 'Laporan panjang');
  await placeCaret(para(page, 1), 'start');

  // From the keyboard: the focus goes into the panel; Escape closes it from anywhere, even the toolbar.
  await page.getByRole('button', { name: 'Auto-split' }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Auto-split' });
  await expect(panel.getByRole('combobox', { name: 'Split by', exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Auto-split' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(body(page)).toBeFocused();

  // More pages than there are places to break: the proposal says why it has fewer.
  await page.getByRole('button', { name: 'Auto-split' }).click();
  await panel.getByLabel('How many pages').fill('400');
  await panel.getByRole('button', { name: 'Propose breaks' }).click();
  await expect(panel.getByRole('status')).toContainText('(400 asked)');
  expect((await bornSpeaking(page)).filter((words) => words.includes('(400 asked)'))).toEqual([]);
  await panel.getByRole('button', { name: 'Dismiss' }).click();
  await panel.getByLabel('How many pages').fill('4');
  await panel.getByRole('button', { name: 'Propose breaks' }).click();
  await expect(panel.getByRole('list', { name: 'Proposed pages' }).getByRole('listitem')).toHaveCount(4);
  await expect(body(page).locator('[data-proposed-page]')).toHaveCount(3);
  await panel.getByRole('button', { name: 'Dismiss' }).click();
  await expect(panel.getByRole('list', { name: 'Proposed pages' })).toHaveCount(0);
  await expect(body(page).locator('[data-proposed-page]')).toHaveCount(0);
  await expect(pageBreaks(page)).toHaveCount(0);

  await panel.getByRole('button', { name: 'Propose breaks' }).click();
  await panel.getByRole('button', { name: 'Accept' }).click();
  await expect(pageBreaks(page)).toHaveCount(3);
  await expect(indicator(page)).toHaveText(/^Page \d of 4$/);

  await page.keyboard.press('Control+s');
  await expectSaved(page);
  const pages = splitPages(await storedBody(app, article.id));
  const words = pages.map((each) => each.words);
  const share = words.reduce((a, b) => a + b, 0) / 4;
  const unit = Math.max(...(await storedBody(app, article.id)).root.children.map(blockWords));
  console.info(
    `auto-split in the editor: page words ${words.join(', ')}; max/min ${(Math.max(...words) / Math.min(...words)).toFixed(3)}`,
  );
  for (const count of words) expect(Math.abs(count - share)).toBeLessThanOrEqual(unit);

  // Preview: each page exactly as the export writes it (header, pagination), with the page navigation.
  await page.getByRole('button', { name: 'Preview page' }).click();
  const preview = page.getByRole('dialog', { name: 'Page preview' });
  await expect(preview.getByText(/^Page 1 of 4$/)).toBeVisible();
  // Sandboxed: same origin for its stylesheet and images, and no scripts at all.
  await expect(preview.locator('iframe')).toHaveAttribute('sandbox', 'allow-same-origin');
  const exported = preview.frameLocator('iframe');
  await expect(exported.locator('h1')).toHaveText(article.headline);
  await expect(exported.locator('.page-of')).toHaveText('Halaman 1/4');
  await expect(exported.locator('.article-body p').first()).toContainText(paragraphText(1, lengths[0]! - 2));
  await preview.getByRole('button', { name: 'Next page' }).click();
  await expect(preview.getByText(/^Page 2 of 4$/)).toBeVisible();
  const secondStart = pages[1]!.blocks[0]!.children![0]!.text!;
  await expect(exported.locator('.article-body p').first()).toHaveText(secondStart);
  // The page's own pagination links work inside the preview, and the navigator follows them.
  await exported.locator('nav.pagination a[rel="next"]').click();
  await expect(exported.locator('.page-of')).toHaveText('Halaman 3/4');
  await expect(preview.getByText(/^Page 3 of 4$/)).toBeVisible();
  await preview.getByRole('button', { name: 'Show page 4' }).click();
  await expect(exported.locator('.article-body p').last()).toHaveText(paragraphText(60, lengths[59]! - 2));
  // Styled by the export's own stylesheet (served with the page, same bytes as the package's style.css).
  await expect(exported.locator('.article-body p').first()).toHaveCSS('font-family', /^Georgia/);
  await preview.getByRole('button', { name: 'Close preview' }).click();

  // Opened right after the caret moved (before the status line has counted again): the caret's page.
  await placeCaret(para(page, 60), 'end');
  await page.getByRole('button', { name: 'Preview page' }).click();
  await expect(preview.getByText(/^Page 4 of 4$/)).toBeVisible();
  await preview.getByRole('button', { name: 'Close preview' }).click();

  // Accept was one step: one undo takes every break out, redo puts them back.
  await body(page).click();
  await page.keyboard.press('Control+z');
  await expect(pageBreaks(page)).toHaveCount(0);
  await expect(indicator(page)).toHaveText('Page 1 of 1');
  await page.keyboard.press('Control+Shift+z');
  await expect(pageBreaks(page)).toHaveCount(3);
  expect(problemsBesidesSandboxedPreview(watch)).toEqual([]);
});

test('auto-split to one page takes the breaks out; a bad number withdraws the proposal and says why', async ({
  page,
  app,
}) => {
  await seedArticle(app, {
    headline: 'Satu halaman',
    body: Array.from({ length: 10 }, (_, i) => paragraphText(i + 1, 38)), // 400 words
  });
  await openArticle(page, app, 'Satu halaman');
  for (const n of [5, 8]) {
    await placeCaret(para(page, n), 'start');
    await page.keyboard.press('Control+Enter');
  }
  await expect(pageBreaks(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Auto-split' }).click();
  const panel = page.getByRole('dialog', { name: 'Auto-split' });
  const amount = panel.getByLabel('How many pages');
  const proposed = panel.getByRole('list', { name: 'Proposed pages' });
  await amount.fill('3');
  await panel.getByRole('button', { name: 'Propose breaks' }).click();
  await expect(proposed.getByRole('listitem')).toHaveCount(3);
  // Dismiss: the proposal goes and the focus stays in the panel, on the number.
  await panel.getByRole('button', { name: 'Dismiss' }).click();
  await expect(proposed).toHaveCount(0);
  await expect(amount).toBeFocused();

  // A number the panel cannot use: its own message (not the browser's bubble), and no proposal left
  // on screen from the number before, so Accept cannot apply something else.
  await panel.getByRole('button', { name: 'Propose breaks' }).click();
  await expect(proposed.getByRole('listitem')).toHaveCount(3);
  for (const bad of ['', '0', '2.5', '-3']) {
    await amount.fill(bad);
    await panel.getByRole('button', { name: 'Propose breaks' }).click();
    await expect(panel.getByRole('alert')).toHaveText('Enter a whole number, 1 or more.');
    await expect(proposed).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Accept' })).toHaveCount(0);
    await expect(amount).toBeFocused();
  }

  // One page, as asked: Accept takes out the breaks the article has.
  await amount.fill('1');
  await panel.getByRole('button', { name: 'Propose breaks' }).click();
  await expect(panel.getByRole('status')).toHaveText(
    'One page, as asked. Accept takes out the article’s 2 page breaks.',
  );
  await panel.getByRole('button', { name: 'Accept' }).click();
  await expect(pageBreaks(page)).toHaveCount(0);
  await expect(indicator(page)).toHaveText('Page 1 of 1');

  // Words per page is a limit: 400 words at 300 per page are two pages (rounding 1.33 made one).
  await page.getByRole('button', { name: 'Auto-split' }).click();
  await panel
    .getByRole('combobox', { name: 'Split by', exact: true })
    .selectOption({ label: 'Words per page' });
  await panel.getByLabel('How many words per page').fill('300');
  await panel.getByRole('button', { name: 'Propose breaks' }).click();
  await expect(proposed.getByRole('listitem')).toHaveCount(2);
});

test('the auto-split panel sits beside the article where the window has room, and nothing runs past a narrow window', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1300, height: 800 });
  await seedArticle(app, {
    headline: 'Tata letak',
    body: Array.from({ length: 12 }, (_, i) => paragraphText(i + 1, 60)),
  });
  await openArticle(page, app, 'Tata letak');
  await placeCaret(para(page, 5), 'start');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('button', { name: 'Auto-split' }).click();
  const panel = page.getByRole('dialog', { name: 'Auto-split' });
  await panel.getByRole('button', { name: 'Propose breaks' }).click();
  // Each page is named by its first words, cut at a word.
  await expect(panel.getByRole('listitem').first()).toHaveText(
    /^Page 1: \d+ words, from “Paragraf 1 [a-z ]+[a-z]…”$/,
  );
  const right = async () => (await body(page).boundingBox())!.x + (await body(page).boundingBox())!.width;
  await expect.poll(right).toBeLessThanOrEqual((await panel.boundingBox())!.x);

  // Narrower than the article's column: the article, its status line and the navigator stay inside.
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.setViewportSize({ width: 760, height: 700 });
  await expect(page.getByRole('combobox', { name: 'Pages' })).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
});

test('a proposed page that opens with a photo is listed with the words after the photo', async ({
  page,
  app,
}) => {
  const photoId = await importPhoto(app);
  const photo = { type: 'photo', version: 1, photoId, caption: '', credit: '', altText: '' };
  await seedArticle(app, {
    headline: 'Laporan bergambar',
    body: documentOf(
      paragraph(text(paragraphText(1, 60))),
      paragraph(text(paragraphText(2, 60))),
      photo,
      paragraph(text(paragraphText(3, 60))),
      paragraph(text(paragraphText(4, 60))),
      photo,
      paragraph(text(paragraphText(5, 60))),
      paragraph(text(paragraphText(6, 60))),
    ),
  });
  await openArticle(page, app, 'Laporan bergambar');
  await page.getByRole('button', { name: 'Auto-split' }).click();
  const panel = page.getByRole('dialog', { name: 'Auto-split' });
  await panel.getByLabel('How many pages').fill('3');
  await panel.getByRole('button', { name: 'Propose breaks' }).click();
  // Auto-split puts a photo at the start of a page, never at the end: those pages still say where they begin.
  await expect(panel.getByRole('list', { name: 'Proposed pages' }).getByRole('listitem')).toHaveText([
    /^Page 1: \d+ words, from “Paragraf 1 /,
    /^Page 2: \d+ words, from a photo, then “Paragraf 3 /,
    /^Page 3: \d+ words, from a photo, then “Paragraf 5 /,
  ]);
});

test('after Accept, by mouse or keyboard, the caret is back in the body and Ctrl+Z at once restores the old breaks', async ({
  page,
  app,
}) => {
  const photoId = await importPhoto(app);
  const photo = { type: 'photo', version: 1, photoId, caption: '', credit: '', altText: '' };
  const pageBreak = { type: 'page-break', version: 1 };
  const [p1, p2, p3, p4, p5, p6, p7, p8] = Array.from({ length: 8 }, (_, i) =>
    paragraph(text(paragraphText(i + 1, 40))),
  );
  await seedArticle(app, {
    headline: 'Kembali ke teks',
    body: documentOf(p1!, p2!, pageBreak, p3!, photo, p4!, p5!, pageBreak, p6!, p7!, p8!),
  });
  await openArticle(page, app, 'Kembali ke teks');
  /** The paragraph each page break stands before, by its opening words. */
  const breaksBefore = () =>
    pageBreaks(page).evaluateAll((breaks) =>
      breaks.map((each) => {
        let block: Element = each; // the break's block: the body's child it is in
        while (block.parentElement && block.parentElement.getAttribute('role') !== 'textbox') {
          block = block.parentElement;
        }
        return /^Paragraf \d+/u.exec(block.nextElementSibling?.textContent ?? '')?.[0];
      }),
    );
  /** The caret: the paragraph it is in, by its opening words, and where in its text. */
  const caret = () =>
    page.evaluate(() => {
      const selection = document.getSelection()!;
      const block = selection.anchorNode?.parentElement?.closest('p');
      return { in: /^Paragraf \d+/u.exec(block?.textContent ?? '')?.[0], at: selection.anchorOffset };
    });
  const panel = page.getByRole('dialog', { name: 'Auto-split' });
  const amount = panel.getByLabel('How many pages');
  const proposed = panel.getByRole('list', { name: 'Proposed pages' }).getByRole('listitem');
  await expect.poll(breaksBefore).toEqual(['Paragraf 3', 'Paragraf 6']);

  // By mouse, the caret in a paragraph: it is where it was.
  await placeCaret(para(page, 7), 5);
  await page.getByRole('button', { name: 'Auto-split' }).click();
  await amount.fill('2');
  await panel.getByRole('button', { name: 'Propose breaks' }).click();
  await expect(proposed).toHaveCount(2);
  await panel.getByRole('button', { name: 'Accept' }).click();
  await expect(panel).toHaveCount(0);
  await expect(pageBreaks(page)).toHaveCount(1);
  await expect(body(page)).toBeFocused();
  await expect.poll(caret).toEqual({ in: 'Paragraf 7', at: 5 });
  const [twoPages] = await breaksBefore();
  await page.keyboard.press('Control+z');
  await expect.poll(breaksBefore).toEqual(['Paragraf 3', 'Paragraf 6']);
  await page.keyboard.press('Control+y');
  await expect.poll(breaksBefore).toEqual([twoPages]);

  // By keyboard, the photo selected as a whole (no caret to go back to): the caret goes after it.
  await body(page).locator('img').click();
  await page.getByRole('button', { name: 'Auto-split' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('combobox', { name: 'Split by', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(amount).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(proposed).toHaveCount(4);
  await panel.getByRole('button', { name: 'Accept' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveCount(0);
  await expect(pageBreaks(page)).toHaveCount(3);
  await expect(body(page)).toBeFocused();
  await expect.poll(caret).toEqual({ in: 'Paragraf 4', at: 0 });
  await page.keyboard.press('Control+z');
  await expect.poll(breaksBefore).toEqual([twoPages]);
  await page.keyboard.press('Control+Shift+z');
  await expect(pageBreaks(page)).toHaveCount(3);
});
