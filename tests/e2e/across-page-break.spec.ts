import { documentOf, paragraph, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { seedArticle } from './support/api';
import type { Page } from '@playwright/test';
import { body, expect, test } from './support/fixtures';
import type { WebApp } from './support/web-app';
import { alert, openArticle, pageBreaks, paragraphText } from './support/pages';
import { selectText } from './support/selection';

/** Opens an article of four paragraphs, "Paragraf 1" to "Paragraf 4", with page 2 starting at the third. */
async function openAroundBreak(page: Page, app: WebApp, headline: string): Promise<void> {
  await seedArticle(app, {
    headline,
    body: documentOf(
      paragraph(text(paragraphText(1, 30))),
      paragraph(text(paragraphText(2, 30))),
      pageBreak(),
      paragraph(text(paragraphText(3, 30))),
      paragraph(text(paragraphText(4, 30))),
    ),
  });
  await openArticle(page, app, headline);
}

test('a list is not made across a page break: the editor says why and nothing changes; on one page it is made', async ({
  page,
  app,
}) => {
  await openAroundBreak(page, app, 'Daftar dan halaman');
  const editor = body(page);
  const numbered = page.getByRole('button', { name: 'Numbered list', exact: true });
  const lists = editor.locator('ol, ul');

  // From page 1 into page 2: Lexical would make two lists, the second numbered from 1 again.
  await selectText(page, 'Paragraf 2', 'Paragraf 3');
  await numbered.click();
  await expect(alert(page)).toContainText('A list can’t run across a page break');
  await expect(lists).toHaveCount(0);
  await expect(pageBreaks(page)).toHaveCount(1);
  await expect(editor.locator(':scope > p')).toHaveCount(4);

  // The shortcut for a bulleted list is refused the same way.
  await selectText(page, 'Paragraf 1', 'Paragraf 4');
  await page.keyboard.press('Control+Shift+8');
  await expect(lists).toHaveCount(0);
  await expect(editor.locator(':scope > p')).toHaveCount(4);

  // On one page the list is made, one list of two items, and Ctrl+Z takes it back.
  await selectText(page, 'Paragraf 3', 'Paragraf 4');
  await numbered.click();
  await expect(lists).toHaveCount(1);
  await expect(editor.locator('ol > li')).toHaveCount(2);
  await expect(pageBreaks(page)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(lists).toHaveCount(0);
});

test('a quote is not made across a page break (one quotation cut by the page); on one page it is, and Quote again undoes it', async ({
  page,
  app,
}) => {
  await openAroundBreak(page, app, 'Kutipan dan halaman');
  const editor = body(page);
  const quote = page.getByRole('button', { name: 'Quote', exact: true });
  const quotes = editor.locator('blockquote');

  await selectText(page, 'Paragraf 2', 'Paragraf 3');
  await quote.click();
  await expect(alert(page)).toContainText('A quote can’t run across a page break');
  await expect(quotes).toHaveCount(0);
  await expect(editor.locator(':scope > p')).toHaveCount(4);

  // Within page 2: two quote blocks, one quotation; the button again turns them back into paragraphs.
  await selectText(page, 'Paragraf 3', 'Paragraf 4');
  await quote.click();
  await expect(quotes).toHaveCount(2);
  await expect(pageBreaks(page)).toHaveCount(1);
  await quote.click();
  await expect(quotes).toHaveCount(0);

  // A heading across the break is no quotation: Alt+2 still makes one on each side.
  await selectText(page, 'Paragraf 2', 'Paragraf 3');
  await page.keyboard.press('Control+Alt+2');
  await expect(editor.locator(':scope > h2')).toHaveCount(2);
});
