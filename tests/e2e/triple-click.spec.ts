import type { Page } from '@playwright/test';
import { documentOf, heading, list, listItem, paragraph, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { article } from './support/sources';
import { block, pageBreaks, storedBody } from './support/pages';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';

/** The body's top-level blocks: "break" for a page break, else the tag and its text. */
const blocks = (page: Page) =>
  body(page)
    .locator(':scope > *')
    .evaluateAll((all) =>
      all.map((element) =>
        element.querySelector('[role="separator"]') !== null
          ? 'break'
          : `${element.tagName.toLowerCase()}: ${element.textContent ?? ''}`,
      ),
    );

test('a triple-clicked paragraph, list item or last line of a page is replaced alone: the heading, item or page break after it stays', async ({
  page,
  app,
}) => {
  const id = await article(
    app,
    'Klik tiga',
    documentOf(
      paragraph(text('Kedua paragraf di sini.')),
      heading('h2', text('Judul bagian')),
      list('bullet', listItem(text('Butir satu')), listItem(text('Butir dua'))),
      paragraph(text('Akhir halaman satu.')),
      pageBreak(),
      paragraph(text('Awal halaman dua.')),
    ),
  );
  await openApp(page, app, `#/article/${id}`);
  await expect(pageBreaks(page)).toHaveCount(1);
  const before = await blocks(page);

  await block(page, 'Kedua paragraf').click({ clickCount: 3 });
  await page.keyboard.type('Ganti');
  await body(page).getByText('Butir satu').click({ clickCount: 3 });
  await page.keyboard.type('Butir X');
  await block(page, 'Akhir halaman').click({ clickCount: 3 });
  await page.keyboard.type('Akhir baru.');
  const after = [
    'p: Ganti',
    'h2: Judul bagian',
    'ul: Butir XButir dua',
    'p: Akhir baru.',
    'break',
    'p: Awal halaman dua.',
  ];
  await expect.poll(() => blocks(page)).toEqual(after);
  await expectSaved(page);
  expect((await storedBody(app, id)).root.children.map((node) => node.type)).toEqual([
    'paragraph',
    'heading',
    'list',
    'paragraph',
    'page-break',
    'paragraph',
  ]);
  // A format reaches the clicked paragraph only.
  await block(page, 'Ganti').click({ clickCount: 3 });
  await page.keyboard.press('Control+b');
  await expect(block(page, 'Ganti').locator('strong, b')).toHaveCount(1);
  await expect(body(page).locator('h2 strong, h2 b')).toHaveCount(0);
  // Undo takes each step back, to the article as it was (a pause within the typing, on a busy
  // machine, makes a step of its own: undone until nothing is left to undo).
  await expect
    .poll(async () => {
      await page.keyboard.press('Control+z');
      return blocks(page);
    })
    .toEqual(before);
});
