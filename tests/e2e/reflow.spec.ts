import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { documentOf, heading, paragraph, quote, text } from '../unit/support/documents';
import { callApi } from './support/api';
import { body, expect, openApp, saveStatus, test } from './support/fixtures';
import { caretAfter, selectText } from './support/selection';
import { startWebApp, type WebApp } from './support/web-app';

// WCAG 2.2 AA layout: reflow at 320 and 640 px wide (400% and 200% zoom), the focus never under a
// sticky bar, and what is selected still told apart in forced colours. One app for every test.
test.describe.configure({ mode: 'serial' });

const PHOTOS = path.resolve(import.meta.dirname, '../../../shared/fixtures/photos');
const LONG_CAPTION =
  'PUTIN MEETS KIM: Russian President Vladimir Putin and North Korean leader Kim Jong Un visit the ' +
  'Vostochny cosmodrome in the Amur region, Russia, on Wednesday, September 13, 2023.';
const words = (n: number, from: number) =>
  Array.from({ length: 60 }, (_, i) => `kata${from + i}`).join(' ') + ` akhir${n}`;
const SIZES = [
  { width: 320, height: 256 },
  { width: 640, height: 400 },
];

let server: WebApp;
let articleId: string;

/** Imports the fixture photos through the contract (as the photo desk does); returns their ids. */
async function importPhotos(names: string[]): Promise<string[]> {
  const files = names.map((name) => ({ name, bytes: fs.readFileSync(path.join(PHOTOS, name)) }));
  const job = await callApi(server, 'photos.importBegin', {
    files: files.map((file) => ({ name: file.name, size: file.bytes.length })),
  });
  for (const [index, file] of files.entries())
    await callApi(server, 'photos.importFile', { jobId: job.id, index, data: file.bytes.toString('base64') });
  const done = async () => (await callApi(server, 'photos.importStatus', { jobId: job.id })).files;
  await expect.poll(async () => (await done()).every((file) => file.photoId), { timeout: 30_000 }).toBe(true);
  return (await done()).map((file) => file.photoId!);
}

test.beforeAll(async () => {
  server = await startWebApp();
  const [captioned] = await importPhotos(['kosmodrom.jpg', 'harbour.png']);
  await callApi(server, 'photos.update', {
    id: captioned!,
    caption: LONG_CAPTION,
    credit: 'REUTERS/Sputnik',
    altText: 'Two leaders at a launch pad',
  });
  await callApi(server, 'sources.create', { kind: 'person', name: 'Budi Santoso', role: 'Kepala BPBD' });
  await callApi(server, 'sources.create', { kind: 'person', name: 'Siti Aminah', role: 'Warga' });
  const created = await callApi(server, 'articles.create', {});
  await callApi(server, 'articles.save', {
    ...created,
    headline: 'Banjir melanda Jakarta Timur, ribuan warga mengungsi ke tempat aman',
    rubric: 'Metropolitan',
    tags: ['banjir', 'jakarta'],
    body: documentOf(
      heading('h2', text('Latar belakang banjir')),
      paragraph(text(words(1, 0))),
      quote(text('“Air naik sangat cepat tadi malam,” kata warga.')),
      paragraph(text(words(2, 100))),
      { type: 'page-break', version: 1 },
      paragraph(text(words(3, 200))),
      paragraph(text(words(4, 300))),
      paragraph(text(words(5, 400))),
    ),
  });
  articleId = created.id;
});

test.afterAll(async () => {
  await server.stop();
});

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true });

/** The page does not scroll sideways, and nothing in it reaches past the window's edges. */
async function expectReflows(page: Page, screen: string): Promise<void> {
  const found = await page.evaluate(() => {
    const past: string[] = [];
    for (const element of document.querySelectorAll('nav *, main *, [role=dialog] *, [role=alertdialog] *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Words for screen readers only (clipped to nothing): not on screen, so nothing to reflow.
      if (element.closest('.rx-visually-hidden')) continue;
      if (box.right > innerWidth + 1 || box.left < -1)
        past.push(`${element.tagName.toLowerCase()}.${element.className} ${box.left}..${box.right}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, past: past.slice(0, 5) };
  });
  expect(found.scrollWidth, `${screen}: the page's width`).toBeLessThanOrEqual(found.innerWidth);
  expect(found.past, `${screen}: wider than the window`).toEqual([]);
}

/** Each filter select is as wide as it is alone (its chosen value in full), not squeezed by the bar. */
async function expectFiltersUncut(page: Page, screen: string): Promise<void> {
  const squeezed = await page.locator('.rx-list-bar select').evaluateAll((selects: HTMLSelectElement[]) =>
    selects.flatMap((select) => {
      const alone = select.cloneNode(true) as HTMLSelectElement;
      alone.style.position = 'absolute';
      select.parentElement!.append(alone);
      const room = alone.offsetWidth;
      alone.remove();
      return select.offsetWidth < room
        ? [`${select.getAttribute('aria-label')} ${select.offsetWidth} < ${room}`]
        : [];
    }),
  );
  expect(squeezed, `${screen}: filters cut short`).toEqual([]);
}

/** The topmost element at points down the visible part of `target` is `target` itself (or inside it). */
async function expectUncovered(target: Locator, what: string): Promise<void> {
  const covered = await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = Math.max(box.top, 0) + 4;
    const bottom = Math.min(box.bottom, innerHeight) - 4;
    const hits: string[] = [];
    for (const y of [top, (top + bottom) / 2, bottom]) {
      const hit = document.elementFromPoint(box.left + 8, y);
      if (!hit || !element.contains(hit))
        hits.push(`y=${Math.round(y)}: ${hit?.closest('[class]')?.className}`);
    }
    return hits;
  });
  expect(covered, `${what} is covered`).toEqual([]);
}

/** How far the focused element's box runs under the sticky status line or the stuck toolbar, in px. */
const focusUnderStickyBars = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const status = document.querySelector('.rx-status-line')!;
    const head = document.querySelector('.rx-body-head')!;
    const box = focused.getBoundingClientRect();
    const overlap = (bar: Element) => {
      const b = bar.getBoundingClientRect();
      return Math.max(0, Math.min(box.bottom, b.bottom) - Math.max(box.top, b.top));
    };
    return {
      name:
        focused.getAttribute('aria-label') ??
        (focused as HTMLInputElement).labels?.[0]?.textContent ??
        focused.tagName,
      // The body is taller than the window, and a bar's own controls are never under it.
      skip: focused.isContentEditable || status.contains(focused) || head.contains(focused),
      underStatus: overlap(status),
      underToolbar: overlap(head),
    };
  });

test('every screen reflows at 320 × 256 and 640 × 400: one column, no sideways scrolling, no bar over the article', async ({
  page,
}) => {
  await openApp(page, server);
  for (const size of SIZES) {
    const at = `${size.width}×${size.height}`;
    await page.setViewportSize(size);
    await nav(page, 'Articles').click();
    await expect(page.getByRole('link', { name: /Banjir melanda/ })).toBeVisible();
    await expectReflows(page, `${at} article list`);

    await page.getByRole('link', { name: /Banjir melanda/ }).click();
    const editor = body(page);
    await expect(editor).toContainText('akhir5');
    await expectReflows(page, `${at} editor`);
    // The article's text, scrolled to the middle of the window, is under no bar and takes a click.
    const middle = editor.locator('p').nth(2);
    await middle.evaluate((p) => p.scrollIntoView({ block: 'center' }));
    await expectUncovered(middle, `${at} body text`);
    await middle.click();

    // The link box, asked for far down the article, opens in sight.
    await selectText(page, 'kata410');
    await editor.getByText('akhir5').evaluate((p) => p.scrollIntoView({ block: 'center' }));
    await page.keyboard.press('Control+k');
    const address = page.getByRole('textbox', { name: 'Link address' });
    await expect(address).toBeFocused();
    await expect(address).toBeInViewport({ ratio: 1 });
    await expectUncovered(address, `${at} link address`);
    await expectReflows(page, `${at} link box`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible();
    await expectReflows(page, `${at} export dialog`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('button', { name: 'Preview page' }).click();
    await expect(page.getByRole('dialog', { name: 'Page preview' })).toBeVisible();
    await expectReflows(page, `${at} page preview`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await nav(page, 'Photo desk').click();
    const photos = page.getByRole('listbox').getByRole('option');
    await expect(photos).toHaveCount(2);
    await expectReflows(page, `${at} photo desk`);
    await photos.first().click();
    const details = page.locator('.rx-photo-desk-side');
    await expect(details.getByRole('textbox').first()).toBeVisible();
    await expectReflows(page, `${at} photo details`);
    // The details go under the grid, not over it.
    const [gridBox, sideBox] = [
      (await page.locator('.rx-photo-grid').boundingBox())!,
      (await details.boundingBox())!,
    ];
    expect(sideBox.y).toBeGreaterThanOrEqual(gridBox.y + gridBox.height);

    await nav(page, 'Sources').click();
    await expect(page.getByRole('button', { name: /Budi Santoso/ })).toBeVisible();
    await expectReflows(page, `${at} sources`);
    await page.getByRole('button', { name: /Budi Santoso/ }).click();
    await expect(page.getByRole('heading', { name: 'Budi Santoso' })).toBeVisible();
    await expectReflows(page, `${at} source details`);

    await nav(page, 'Settings').click();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expectReflows(page, `${at} settings`);
  }
});

test('the focus is never left under the sticky toolbar or status line, and the status line is over the toolbar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page, server, `#/article/${articleId}`);
  await expect(body(page)).toContainText('akhir5');
  // Tab from the top of the article to its status line: each stop is clear of both bars.
  await page.getByRole('button', { name: /All articles/ }).focus();
  const line = page.getByLabel('Quoted-from line');
  let reachedLine = false;
  for (
    let step = 0;
    step < 60 && !(await page.locator('.rx-page-navigator').evaluate((e) => e === document.activeElement));
    step++
  ) {
    await page.keyboard.press('Tab');
    const stop = await focusUnderStickyBars(page);
    if (stop.skip) continue;
    expect(stop, `${stop.name} under a sticky bar`).toMatchObject({ underStatus: 0, underToolbar: 0 });
    reachedLine ||= await line.evaluate((e) => e === document.activeElement);
  }
  expect(reachedLine).toBe(true);

  // A window whose foot is where the toolbar sits in the page (on opening the article): the status
  // line stays on top of the toolbar.
  await page.setViewportSize({ width: 1280, height: 800 });
  const toolbarAt = await page.evaluate(() => {
    scrollTo(0, 0);
    return document.querySelector('.rx-body-head')!.getBoundingClientRect().top;
  });
  await page.setViewportSize({ width: 1280, height: Math.round(toolbarAt) + 30 });
  await expectUncovered(page.getByRole('status').filter({ hasText: 'Saved' }), 'the save status');
  await expectUncovered(page.locator('.rx-page-navigator'), 'the page navigator');
});

test('two photo captions clamp to two whole lines', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, server, '#/photos');
  const captions = page.locator('.rx-photo-cell-caption');
  await expect(captions.filter({ hasText: 'PUTIN MEETS KIM' })).toBeVisible();
  const heights = await captions.evaluateAll((spans) =>
    spans.map((span) => span.getBoundingClientRect().height / parseFloat(getComputedStyle(span).lineHeight)),
  );
  for (const lines of heights) expect(lines).toBeLessThanOrEqual(2.01);
});

/** Neither focused nor under the pointer: both draw their own ring or border in forced colours. */
async function leaveAlone(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** The border and outline of an element, as drawn: what forced colours leave to tell it apart. */
const frame = (element: Locator) =>
  element.evaluate((e) => {
    const s = getComputedStyle(e);
    return ['Top', 'Right', 'Bottom', 'Left']
      .map(
        (side) =>
          `${s.getPropertyValue(`border-${side.toLowerCase()}-width`)} ${s.getPropertyValue(`border-${side.toLowerCase()}-style`)} ${s.getPropertyValue(`border-${side.toLowerCase()}-color`)}`,
      )
      .concat(`outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor} ${s.outlineOffset}`)
      .join('; ');
  });

test('in forced colours a selected photo, a pressed toolbar button, the highlighted menu option and the open source are framed unlike the others', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ forcedColors: 'active' });
  await openApp(page, server, '#/photos');
  const photos = page.getByRole('listbox').getByRole('option');
  await photos.first().click();
  await expect(photos.first()).toHaveAttribute('aria-selected', 'true');
  await expect(photos.nth(1)).toHaveAttribute('aria-selected', 'false');
  await leaveAlone(page);
  expect(await frame(photos.first())).not.toBe(await frame(photos.nth(1)));

  await nav(page, 'Sources').click();
  await page.getByRole('button', { name: /Budi Santoso/ }).click();
  const current = page.locator('.rx-source-row[aria-current="true"]');
  await expect(current).toContainText('Budi Santoso');
  await leaveAlone(page);
  expect(await frame(current)).not.toBe(await frame(page.getByRole('button', { name: /Siti Aminah/ })));

  await nav(page, 'Articles').click();
  await page.getByRole('link', { name: /Banjir melanda/ }).click();
  await selectText(page, 'kata1 ');
  await page.keyboard.press('Control+b');
  const tools = page.getByRole('toolbar', { name: 'Formatting' });
  await expect(tools.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await expect(tools.getByRole('button', { name: 'Italic' })).toHaveAttribute('aria-pressed', 'false');
  expect(await frame(tools.getByRole('button', { name: 'Bold' }))).not.toBe(
    await frame(tools.getByRole('button', { name: 'Italic' })),
  );
  await page.keyboard.press('Control+z');

  await caretAfter(page, 'akhir5');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  const options = page.locator('.rx-insert-menu').getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  expect(await frame(options.nth(1))).not.toBe(await frame(options.first()));
  await page.keyboard.press('Escape');
});

test('in Indonesian the list filters show their chosen values whole, and the leave prompt fits with “Tetap di artikel ini” whole', async ({
  page,
}) => {
  await callApi(server, 'settings.update', { uiLanguage: 'id' });
  try {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(server.url);
    const filters = page.locator('.rx-list-bar select');
    for (const index of [1, 2, 3]) await filters.nth(index).selectOption({ index: 1 });
    await expectFiltersUncut(page, '1024×700 article list');
    for (const index of [1, 2, 3]) await filters.nth(index).selectOption({ index: 0 });

    for (const size of SIZES) {
      const at = `${size.width}×${size.height}`;
      await page.setViewportSize(size);
      await page.getByRole('link', { name: /Banjir melanda/ }).click();
      const editor = page.getByRole('textbox', { name: 'Isi artikel' });
      await expect(editor).toContainText('akhir5');
      // A save that fails: leaving asks first.
      await page.route('**/api/articles.save', (route) => route.abort());
      await editor.getByText(/akhir5/).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' lagi');
      await expect(saveStatus(page)).toHaveText(/^Tidak tersimpan:/);
      await nav(page, 'Artikel').click();
      const guard = page.getByRole('alertdialog', { name: 'Keluar tanpa menyimpan?' });
      await expect(guard).toBeVisible();
      await expectReflows(page, `${at} leave prompt`);
      const stay = guard.getByRole('button', { name: 'Tetap di artikel ini' });
      const [stayBox, guardBox] = [(await stay.boundingBox())!, (await guard.boundingBox())!];
      expect(stayBox.x, `${at} Stay`).toBeGreaterThanOrEqual(guardBox.x);
      expect(stayBox.x + stayBox.width, `${at} Stay`).toBeLessThanOrEqual(guardBox.x + guardBox.width);
      expect(await guard.evaluate((dialog) => dialog.scrollWidth <= dialog.clientWidth)).toBe(true);
      await page.unroute('**/api/articles.save');
      await guard.getByRole('button', { name: 'Coba simpan lagi' }).click();
      await expect(page.getByRole('button', { name: 'Artikel baru' })).toBeVisible();
    }
  } finally {
    await callApi(server, 'settings.update', { uiLanguage: 'en' });
  }
});
