import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { documentOf, list, listItem, paragraph, text } from '../unit/support/documents';
import { seedArticle } from './support/api';
import { expect, test } from './support/fixtures';
import { openExportedPage } from './support/export';

const ARABIC_HEADLINE = 'لقاء كيم وبوتين في قاعدة الفضاء';
const ARABIC = 'هذه فقرة باللغة العربية عن اللقاء.';
const LATIN = 'Paragraf berbahasa Indonesia tentang pertemuan itu.';

/** Where a block's words sit: the left and right of its text, and of the block itself. */
const textEdges = (block: Locator) =>
  block.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const words = range.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return { gapLeft: words.left - box.left, gapRight: box.right - words.right };
  });

test('an exported page shows right-to-left paragraphs right to left, aligned right, beside left-to-right ones', async ({
  page,
  app,
}) => {
  const created = await seedArticle(app, {
    headline: ARABIC_HEADLINE,
    lead: 'Teras berita.',
    body: [ARABIC, LATIN],
  });
  const resultFolder = await openExportedPage(page, app, created.id, 'rtl');

  const arabic = page.locator('p', { hasText: ARABIC });
  const latin = page.locator('p', { hasText: LATIN });
  const headline = page.locator('h1');
  // Right to left: its words end at the block's right edge; the Indonesian paragraph's start at its left.
  for (const block of [arabic, headline]) {
    const edges = await textEdges(block);
    expect(edges.gapRight).toBeLessThan(2);
    expect(edges.gapLeft).toBeGreaterThan(20);
  }
  const edges = await textEdges(latin);
  expect(edges.gapLeft).toBeLessThan(2);
  expect(edges.gapRight).toBeGreaterThan(20);
  fs.rmSync(path.dirname(resultFolder), { recursive: true, force: true });
});

test('an exported Arabic list puts its numbers on the right, a Latin one beside it on the left', async ({
  page,
  app,
}) => {
  const created = await seedArticle(app, {
    headline: 'Daftar dua arah',
    lead: 'Teras berita.',
    body: documentOf(
      paragraph(text(LATIN)),
      list('number', listItem(text('البند الأول من القائمة')), listItem(text('البند الثاني'))),
      list('number', listItem(text('Butir pertama daftar')), listItem(text('Butir kedua'))),
    ),
  });
  const folder = await openExportedPage(page, app, created.id, 'rtl-list');
  // Where the list keeps the room for its numbers: on the right of a right-to-left list.
  const room = (list: Locator) =>
    list.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        direction: style.direction,
        left: parseFloat(style.paddingLeft),
        right: parseFloat(style.paddingRight),
      };
    });
  const [arabic, latin] = [page.locator('ol').nth(0), page.locator('ol').nth(1)];
  expect(await room(arabic)).toMatchObject({ direction: 'rtl', left: 0 });
  expect((await room(arabic)).right).toBeGreaterThan(20);
  expect(await room(latin)).toMatchObject({ direction: 'ltr', right: 0 });
  expect((await room(latin)).left).toBeGreaterThan(20);
  await expect(arabic.locator('li').first()).toHaveCSS('direction', 'rtl');
  fs.rmSync(path.dirname(folder), { recursive: true, force: true });
});

test('the dateline put before an Arabic first paragraph leaves it right to left, the dateline at its start', async ({
  page,
  app,
}) => {
  const created = await seedArticle(app, {
    headline: ARABIC_HEADLINE,
    lead: 'Teras berita.',
    dateline: { prefix: 'TRIBUN-MEDAN.COM', place: 'Moskow' },
    body: [ARABIC, LATIN],
  });
  const folder = await openExportedPage(page, app, created.id, 'rtl-dateline');
  const first = page.locator('.article-body > p').first();
  await expect(first).toHaveText(`TRIBUN-MEDAN.COM, MOSKOW - ${ARABIC}`);
  // The paragraph takes its direction from its own Arabic words, not from the Latin dateline before them.
  const edges = await textEdges(first);
  expect(edges.gapRight).toBeLessThan(2);
  expect(edges.gapLeft).toBeGreaterThan(20);
  // The dateline reads left to right at the paragraph's start, its right edge, with the dash after it.
  const dateline = await first.evaluate((paragraph) => {
    const words = paragraph.querySelector('.dateline')!.firstElementChild!;
    const dash = words.nextSibling!;
    const range = document.createRange();
    range.selectNodeContents(dash);
    return {
      direction: getComputedStyle(words).direction,
      gapRight: paragraph.getBoundingClientRect().right - words.getBoundingClientRect().right,
      dashBefore: range.getBoundingClientRect().right <= words.getBoundingClientRect().left + 1,
    };
  });
  expect(dateline).toEqual({ direction: 'ltr', gapRight: expect.any(Number), dashBefore: true });
  expect(dateline.gapRight).toBeLessThan(2);
  fs.rmSync(path.dirname(folder), { recursive: true, force: true });
});
