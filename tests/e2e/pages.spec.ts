import type { Locator, Page } from '@playwright/test';
import type { StoredDocument, StoredNode } from '../../shared/editor/document';
import { blockWords } from '../../shared/pages/blocks';
import { splitPages } from '../../shared/pages/split';
import { documentOf, heading, list, listItem, paragraph, quote, text } from '../unit/support/documents';
import { callApi, seedArticle } from './support/api';
import { settleSelectionChanges } from './support/selection';
import {
  body,
  expect,
  expectSaved,
  openApp,
  test,
  type PageWatch,
  problemsBesidesSandboxedPreview,
} from './support/fixtures';
import type { WebApp } from './support/web-app';

const VOCABULARY = ['warga', 'banjir', 'kota', 'hujan', 'petugas', 'sungai', 'rumah', 'jalan', 'air', 'pagi'];
/** "Paragraf N" and then `count` words: every paragraph has its own opening, so tests can find it. */
const paragraphText = (n: number, count: number): string =>
  [`Paragraf ${n}`, ...Array.from({ length: count }, (_, i) => VOCABULARY[(n * 7 + i * 3) % 10])].join(' ');

const indicator = (page: Page) => page.locator('footer').getByText(/^Page \d+ of \d+$/);
const pageBreaks = (page: Page) => body(page).getByRole('separator');
const alert = (page: Page) => page.locator('.rx-page-notice[role="alert"]');
const block = (page: Page, opening: string) =>
  body(page).locator('p, h2, blockquote, li').filter({ hasText: opening });
/** Paragraph n of the seeded article (not n0, n1…: "Paragraf 1" is not "Paragraf 10"). */
const para = (page: Page, n: number) =>
  body(page)
    .locator('p')
    .filter({ hasText: new RegExp(`^Paragraf ${n}\\b`) });

/** Pastes nodes the way a copy from Redaksi's own editor arrives: Lexical's clipboard format. */
async function pasteLexical(target: Locator, nodes: StoredNode[]): Promise<void> {
  await target.evaluate((element, payload) => {
    const transfer = new DataTransfer();
    transfer.setData(
      'application/x-lexical-editor',
      JSON.stringify({ namespace: 'redaksi-body', nodes: payload }),
    );
    transfer.setData('text/plain', '');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, nodes);
}

/** Puts the caret in a block: at its start, its end, or after `offset` characters of its first text. */
async function placeCaret(target: Locator, where: 'start' | 'end' | number): Promise<void> {
  await target.click();
  await settleSelectionChanges(target.page());
  await target.evaluate((element, at) => {
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const selection = element.ownerDocument.getSelection()!;
    return window.__changeSelection!(() => {
      if (at === 'start') selection.collapse(texts[0] ?? element, 0);
      else if (at === 'end') selection.collapse(texts.at(-1) ?? element, texts.at(-1)?.length ?? 0);
      else selection.collapse(texts[0]!, at);
    });
  }, where);
}

/** Selects the whole text of a block, as a drag across it would. */
async function selectAllText(target: Locator): Promise<void> {
  await target.click();
  await settleSelectionChanges(target.page());
  await target.evaluate((element) => {
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    return window.__changeSelection!(() => {
      element.ownerDocument.getSelection()!.removeAllRanges();
      element.ownerDocument.getSelection()!.addRange(range);
    });
  });
}

async function openArticle(page: Page, app: WebApp, headline: string): Promise<PageWatch> {
  const watch = await openApp(page, app);
  await page.getByRole('link', { name: new RegExp(headline) }).click();
  await expect(body(page)).toBeVisible();
  return watch;
}

async function storedBody(app: WebApp, id: string): Promise<StoredDocument> {
  return (await callApi(app, 'articles.get', { id })).body;
}

test('an editor splits a long article by toolbar and keyboard, follows the pages, and finds them after reopening', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, {
    headline: 'Banjir di Medan',
    body: Array.from({ length: 12 }, (_, i) => paragraphText(i + 1, 40)),
  });
  const watch = await openArticle(page, app, 'Banjir di Medan');
  await expect(indicator(page)).toHaveText('Page 1 of 1');

  // Toolbar, caret at the start of a paragraph: the break goes before it.
  await placeCaret(para(page, 5), 'start');
  await page.getByRole('button', { name: 'Insert page break' }).click();
  await expect(pageBreaks(page)).toHaveCount(1);
  await expect(indicator(page)).toHaveText('Page 2 of 2');

  // Ctrl+Enter mid-paragraph: the paragraph splits and the new page starts with its second half.
  const ninth = paragraphText(9, 40);
  await placeCaret(para(page, 9), 25);
  await page.keyboard.press('Control+Enter');
  await expect(pageBreaks(page)).toHaveCount(2);
  await expect(pageBreaks(page).nth(1)).toHaveAccessibleName('Page break: page 3 starts here');
  await expect(body(page).locator('p').nth(8)).toHaveText(ninth.slice(0, 25));
  await expect(body(page).locator('p').nth(9)).toHaveText(ninth.slice(25));
  await expect(indicator(page)).toHaveText('Page 3 of 3');

  // The indicator follows the caret, and shows the page's own word count.
  await placeCaret(para(page, 2), 10);
  await expect(indicator(page)).toHaveText('Page 1 of 3');
  await expect(page.locator('footer').getByText('168 words on this page')).toBeVisible();
  await placeCaret(para(page, 6), 'end');
  await expect(indicator(page)).toHaveText('Page 2 of 3');

  // The page navigator moves the caret to the page chosen. Arrowed through, each page is shown while
  // the focus stays in the navigator; Enter goes to the one chosen.
  const navigator = page.getByRole('combobox', { name: 'Pages' });
  await navigator.focus();
  await page.keyboard.press('ArrowUp');
  await expect(navigator).toHaveValue('1');
  await expect(navigator).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(navigator).toHaveValue('3');
  await expect(navigator).toBeFocused();
  await expect(pageBreaks(page).nth(1)).toBeInViewport();
  await expect(indicator(page)).toHaveText('Page 2 of 3');
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();
  await expect(indicator(page)).toHaveText('Page 3 of 3');
  // Chosen with the mouse, it goes straight to the page.
  await navigator.click();
  await navigator.selectOption('1');
  await expect(indicator(page)).toHaveText('Page 1 of 3');
  await expect(body(page)).toBeFocused();
  await navigator.click();
  await navigator.selectOption('3');
  await expect(body(page)).toBeFocused();
  await page.keyboard.type('Baru ');
  await expect(body(page).locator('p').nth(9)).toHaveText(`Baru ${ninth.slice(25)}`);
  await page.keyboard.press('Control+z');
  await expect(body(page).locator('p').nth(9)).toHaveText(ninth.slice(25));

  // One undo takes the last break out and joins the paragraph again; redo puts it back.
  await page.keyboard.press('Control+z');
  await expect(pageBreaks(page)).toHaveCount(1);
  await expect(para(page, 9)).toHaveText(ninth);
  await page.keyboard.press('Control+Shift+z');
  await expect(pageBreaks(page)).toHaveCount(2);

  await page.keyboard.press('Control+s');
  await expectSaved(page);
  const stored = await storedBody(app, article.id);
  expect(stored.root.children.filter((node) => node.type === 'page-break')).toEqual([
    { type: 'page-break', version: 1 },
    { type: 'page-break', version: 1 },
  ]);
  expect(stored.root.children.map((node) => node.type).indexOf('page-break')).toBe(4);

  // Reopened, the breaks are where they were; in Indonesian the indicator reads "Halaman X/Y".
  await callApi(app, 'settings.update', { uiLanguage: 'id' });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Artikel', exact: true })).toBeVisible();
  const isi = page.getByRole('textbox', { name: 'Isi artikel' });
  await expect(isi.getByRole('separator')).toHaveCount(2);
  await expect(isi.getByRole('separator').first()).toHaveAccessibleName(
    'Pemisah halaman: halaman 2 dimulai di sini',
  );
  await expect(page.locator('footer').getByText(/^Halaman \d+\/3$/)).toBeVisible();
  await placeCaret(isi.locator('p').filter({ hasText: /^Paragraf 7\b/ }), 'start');
  await expect(page.locator('footer').getByText('Halaman 2/3')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sisipkan pemisah halaman' })).toBeVisible();
  expect(watch.problems).toEqual([]);
});

test('page breaks are refused, with a message, where a page would be empty or inside a quote or list', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', {});
  const document = documentOf(
    paragraph(text('Pembuka berita.')),
    quote(text('Kami siap, kata dia.')),
    list('bullet', listItem(text('Poin satu'))),
    paragraph(text('Paragraf tengah.')),
    paragraph(text('Paragraf akhir.')),
  );
  await callApi(app, 'articles.save', { ...created, headline: 'Aturan halaman', body: document });
  await openArticle(page, app, 'Aturan halaman');

  await placeCaret(block(page, 'Pembuka'), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(alert(page)).toContainText('can’t go at the start of the article: page 1 would be empty');

  await placeCaret(block(page, 'Paragraf akhir'), 'end');
  await page.getByRole('button', { name: 'Insert page break' }).click();
  await expect(alert(page)).toContainText('can’t go at the end of the article');

  await placeCaret(block(page, 'Kami siap'), 5);
  await page.keyboard.press('Control+Enter');
  await expect(alert(page)).toContainText('can’t go inside a quote or a list');
  await alert(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert(page)).toHaveCount(0);

  await placeCaret(block(page, 'Poin satu'), 'end');
  await page.getByRole('button', { name: 'Insert page break' }).click();
  await expect(alert(page)).toContainText('can’t go inside a quote or a list');
  await expect(pageBreaks(page)).toHaveCount(0);

  // A legal break, then a second one right beside it: refused from either side.
  await placeCaret(block(page, 'Paragraf tengah'), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(pageBreaks(page)).toHaveCount(1);
  await placeCaret(block(page, 'Paragraf tengah'), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(alert(page)).toContainText('the page between the two breaks would be empty');
  await placeCaret(block(page, 'Kami siap'), 'end');
  await page.keyboard.press('Control+Enter');
  await expect(alert(page)).toContainText('can’t go inside a quote or a list');
  await expect(pageBreaks(page)).toHaveCount(1);

  // Pages under 100 words carry a hint, at the break and in the status line.
  await expect(pageBreaks(page).first()).toContainText('Short page: under 100 words');
  await expect(page.locator('footer').getByText('Short page: under 100 words')).toBeVisible();

  // Deleting the only text between two breaks would leave an empty page: one break is taken out.
  await placeCaret(block(page, 'Paragraf akhir'), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(pageBreaks(page)).toHaveCount(2);
  await expect(alert(page)).toHaveCount(0);
  await selectAllText(block(page, 'Paragraf tengah'));
  await page.keyboard.press('Backspace');
  await expect(alert(page)).toContainText('taken out because its page had become empty');
  await expect(pageBreaks(page)).toHaveCount(1);

  // A page break pasted where it would leave page 1 empty is taken out as it lands.
  await placeCaret(block(page, 'Pembuka'), 'start');
  await pasteLexical(body(page), [{ type: 'page-break', version: 1 }]);
  await expect(alert(page)).toContainText('page 1 would be empty');
  await expect(pageBreaks(page)).toHaveCount(1);
  await expect(block(page, 'Pembuka')).toHaveCount(1);

  // Blocks with a break between them pasted inside a quote or a list: the text goes in, the break
  // does not (it would split the quote or list across two pages).
  for (const [inside, tag] of [
    ['Kami siap', 'blockquote'],
    ['Poin satu', 'li'],
  ] as const) {
    await alert(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert(page)).toHaveCount(0);
    await placeCaret(block(page, inside), 4);
    await pasteLexical(body(page), [
      paragraph(text('Tempel A')),
      { type: 'page-break', version: 1 },
      paragraph(text('Tempel B')),
    ]);
    await expect(alert(page)).toContainText('can’t go inside a quote or a list');
    await expect(pageBreaks(page)).toHaveCount(1);
    await expect(body(page).locator(tag).filter({ hasText: 'Tempel A' })).toHaveCount(1);
  }
});

test('auto-split proposes balanced pages, accept is one undo step, and the preview shows each page', async ({
  page,
  app,
}) => {
  const lengths = Array.from({ length: 60 }, (_, i) => 20 + ((i * 37) % 61)); // 20–80 words
  const article = await seedArticle(app, {
    headline: 'Laporan panjang',
    body: lengths.map((count, i) => paragraphText(i + 1, count - 2)),
  });
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

test('a selected page break is deleted with Backspace', async ({ page, app }) => {
  await seedArticle(app, { headline: 'Hapus pemisah', body: [paragraphText(1, 30), paragraphText(2, 30)] });
  await openArticle(page, app, 'Hapus pemisah');
  await placeCaret(para(page, 2), 'start');
  await page.keyboard.press('Control+Enter');
  await expect(pageBreaks(page)).toHaveCount(1);
  await pageBreaks(page).click();
  await expect(body(page).locator('.rx-page-break-view.rx-selected')).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(pageBreaks(page)).toHaveCount(0);
  await expect(indicator(page)).toHaveText('Page 1 of 1');
});

test('Ctrl+Enter in a heading starts the new page with the heading, never between its words', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', {
    ...created,
    headline: 'Subjudul',
    body: documentOf(
      paragraph(text(paragraphText(1, 40))),
      heading('h2', text('Judul tengah bagian')),
      heading('h3', text('Sub bagian')),
      paragraph(text(paragraphText(2, 40))),
    ),
  });
  await openArticle(page, app, 'Subjudul');
  // In the subheading under it: the page starts with both.
  await placeCaret(body(page).locator('h3'), 3);
  await page.keyboard.press('Control+Enter');
  await expect(pageBreaks(page)).toHaveCount(1);
  await expect(body(page).locator('h2')).toHaveText(['Judul tengah bagian']);
  expect(
    await body(page)
      .locator(':scope > *')
      .evaluateAll((blocks) =>
        blocks.map((each) => (each.querySelector('[role="separator"]') ? 'break' : each.tagName)),
      ),
  ).toEqual(['P', 'break', 'H2', 'H3', 'P']);
});
