import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { documentOf, paragraph, text } from '../unit/support/documents';
import { relatedUrl } from '../unit/support/export-fixture';
import { callApi, seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { openExportedPage } from './support/export';

const HEBREW_TITLE = 'מי ינצח בבחירות?';
const ARABIC_HEADLINE = 'هل يلتقي كيم وبوتين في قاعدة الفضاء؟';

/**
 * How an element's words run: its direction, and whether its last character (a title's "?") stands
 * at the left end of its words, where a right-to-left sentence ends.
 */
const runOf = (element: Locator) =>
  element.evaluate((node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    while (walker.nextNode()) last = walker.currentNode as Text;
    const end = document.createRange();
    end.setStart(last!, last!.length - 1);
    end.setEnd(last!, last!.length);
    const all = document.createRange();
    all.selectNodeContents(node);
    return {
      direction: getComputedStyle(node).direction,
      endsOnTheLeft: end.getBoundingClientRect().left - all.getBoundingClientRect().left < 1,
    };
  });

test('the article list shows a right-to-left headline, rubric and snippet in their own direction', async ({
  page,
  app,
}) => {
  await seedArticle(app, {
    headline: ARABIC_HEADLINE,
    rubric: 'دولي',
    body: ['هذه فقرة باللغة العربية عن اللقاء (تقرير خاص)؟'],
  });
  await seedArticle(app, { headline: 'Wawancara dengan Pérez?', body: ['Kami bertemu Pérez di Jakarta.'] });
  await openApp(page, app);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('تقرير');
  const row = page.locator('.rx-rows li', { hasText: ARABIC_HEADLINE });
  await expect(row.locator('.rx-row-snippet')).toContainText('تقرير');
  for (const part of ['.rx-row-headline', '.rx-row-snippet', '.rx-row-rubric'])
    await expect(row.locator(part)).toHaveAttribute('dir', 'auto');
  expect(await runOf(row.locator('.rx-row-headline'))).toEqual({ direction: 'rtl', endsOnTheLeft: true });
  expect((await runOf(row.locator('.rx-row-snippet'))).direction).toBe('rtl');
  expect((await runOf(row.locator('.rx-row-rubric'))).direction).toBe('rtl');

  await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
  const latin = page.locator('.rx-rows .rx-row-headline', { hasText: 'Pérez' });
  expect(await runOf(latin)).toEqual({ direction: 'ltr', endsOnTheLeft: false });
});

test('a "Baca juga" line with a Hebrew title ends it on the left, in the editor and in the export', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', { headline: 'Berita pemilu', lead: 'Teras.' });
  await callApi(app, 'articles.save', {
    ...created,
    body: documentOf(
      paragraph(text('Paragraf pertama berita ini.')),
      relatedUrl('https://example.com/pemilu', HEBREW_TITLE),
      paragraph(text('Paragraf kedua berita ini.')),
    ),
  });
  await openApp(page, app, `#/article/${created.id}`);
  const inEditor = body(page).locator('.rx-related-title');
  await expect(inEditor).toHaveText(HEBREW_TITLE);
  await expect(inEditor).toHaveAttribute('dir', 'auto');
  expect(await runOf(inEditor)).toEqual({ direction: 'rtl', endsOnTheLeft: true });

  const folder = await openExportedPage(page, app, created.id, 'rtl-related');
  const exported = page.locator('p.related a');
  await expect(exported).toHaveText(HEBREW_TITLE);
  await expect(exported).toHaveAttribute('dir', 'auto');
  expect(await runOf(exported)).toEqual({ direction: 'rtl', endsOnTheLeft: true });
  fs.rmSync(path.dirname(folder), { recursive: true, force: true });
});
