import type { Page } from '@playwright/test';
import { documentOf, paragraph, quote, text } from '../unit/support/documents';
import { article } from './support/sources';
import { caretAfter } from './support/selection';
import { pasteLexical, storedBody } from './support/pages';
import { pasteHtml, pastePlain } from './support/paste';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';

/** The body's blocks: each one's tag and its lines. */
const blocks = (page: Page) =>
  body(page)
    .locator(':scope > *')
    .evaluateAll((all) =>
      all.map((element) => `${element.tagName.toLowerCase()}: ${(element as HTMLElement).innerText}`),
    );

const QUOTED = ['p: Pembuka.', 'blockquote: Kutipan ekor kutipan.', 'p: Penutup.'];

test('paragraphs pasted in the middle of a quote are lines of it: the quote’s last words stay quoted', async ({
  page,
  app,
}) => {
  const id = await article(
    app,
    'Kutipan',
    documentOf(
      paragraph(text('Pembuka.')),
      quote(text('Kutipan ekor kutipan.')),
      paragraph(text('Penutup.')),
    ),
  );
  await openApp(page, app, `#/article/${id}`);
  const editor = body(page);
  await expect.poll(() => blocks(page)).toEqual(QUOTED);
  const pasted = ['p: Pembuka.', 'blockquote: KutipanTempel satu.\nTempel dua. ekor kutipan.', 'p: Penutup.'];

  // Plain text (its blank line dropped), then HTML, then a copy of the body's own paragraphs: each
  // the same lines of one quote, each one undo step.
  for (const paste of [
    () => pastePlain(editor, 'Tempel satu.\n\nTempel dua.'),
    () => pasteHtml(editor, '<p>Tempel satu.</p><p>Tempel dua.</p>', 'Tempel satu.\nTempel dua.'),
    () => pasteLexical(editor, [paragraph(text('Tempel satu.')), paragraph(text('Tempel dua.'))]),
  ]) {
    await caretAfter(page, 'Kutipan');
    await paste();
    await expect.poll(() => blocks(page)).toEqual(pasted);
    // The caret is where the paste ends.
    await page.keyboard.type('!');
    await expect(editor.locator('blockquote')).toContainText('Tempel dua.! ekor');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => blocks(page)).toEqual(QUOTED);
  }

  await caretAfter(page, 'Kutipan');
  await pastePlain(editor, 'Tempel satu.\r\nTempel dua.');
  await expectSaved(page);
  const stored = await storedBody(app, id);
  expect(stored.root.children.map((block) => block.type)).toEqual(['paragraph', 'quote', 'paragraph']);
  expect(stored.root.children[1]!.children!.map((node) => node.text ?? node.type)).toEqual([
    'KutipanTempel satu.',
    'linebreak',
    'Tempel dua. ekor kutipan.',
  ]);
});
