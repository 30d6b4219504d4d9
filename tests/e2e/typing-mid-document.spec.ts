import type { Page } from '@playwright/test';
import { documentOf, paragraph, photoBlock, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/long-articles';
import { seedArticle } from './support/api';
import { body, expect, test } from './support/fixtures';
import { para, paragraphText, placeCaret } from './support/pages';
import { pastePlain } from './support/paste';
import { caretAfter, selectText } from './support/selection';
import { importPhoto } from './support/sources';

/**
 * The build changes Lexical so that a key press in the middle of the body splices the body's cached
 * text instead of rebuilding it from every block (scripts/lexical-mid-document-typing.ts). These tests
 * prove the change is in the app and that the text Lexical keeps for the whole body stays exactly what
 * its blocks hold, whatever the editor does between two key presses.
 */

interface BodyText {
  /** The body's cached text (what `$getRoot().getTextContent()` answers) equals its blocks' text. */
  agrees: boolean;
  /** The splice kept the text before and after the changed blocks: the change ran. */
  spliced: boolean;
  length: number;
}

function bodyText(page: Page): Promise<BodyText> {
  return page.evaluate(() => {
    interface Root {
      getTextContent(): string;
    }
    const element = document.querySelector('.rx-body') as HTMLElement & {
      __lexicalEditor: { getEditorState(): { _nodeMap: Map<string, Root>; read<T>(read: () => T): T } };
      __lexicalTextContent?: string;
      __redaksiKept?: unknown;
    };
    const state = element.__lexicalEditor.getEditorState();
    const root = state._nodeMap.get('root')!;
    // The root answers from its cache; ElementNode's own method (the root's prototype's prototype)
    // joins its blocks' text anew.
    const elementNode = Object.getPrototypeOf(Object.getPrototypeOf(root)) as Root;
    const cached = state.read(() => root.getTextContent());
    const joined = state.read(() => elementNode.getTextContent.call(root));
    return {
      agrees: cached === joined && element.__lexicalTextContent === joined,
      spliced: element.__redaksiKept !== undefined,
      length: joined.length,
    };
  });
}

async function expectAgrees(page: Page): Promise<void> {
  const now = await bodyText(page);
  expect(now.agrees, `body text of ${now.length} characters`).toBe(true);
}

/** 36 paragraphs, empty ones between 14 and 15 and after 28, a page break and a photo among them. */
async function openArticle(page: Page, app: Parameters<typeof seedArticle>[0]): Promise<void> {
  const photoId = await importPhoto(app);
  const blocks = [];
  for (let n = 1; n <= 36; n += 1) {
    blocks.push(paragraph(text(paragraphText(n, 12))));
    if (n === 14 || n === 28) blocks.push(paragraph());
    if (n === 12) blocks.push(pageBreak());
    if (n === 20) blocks.push(photoBlock(photoId));
  }
  const { id } = await seedArticle(app, { headline: 'Ketik di tengah', body: documentOf(...blocks) });
  await page.goto(`${app.url}#/article/${id}`);
  await expect(para(page, 36)).toBeVisible();
}

test('typing in the middle of the body splices its text, and the text stays the blocks’ through typing, Enter, Backspace and moves', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  await placeCaret(para(page, 18), 'end');
  await page.keyboard.type('abc');
  await expect(para(page, 18)).toContainText('abc');
  expect(await bodyText(page)).toMatchObject({ agrees: true, spliced: true });

  await page.keyboard.press('Backspace');
  await page.keyboard.type('xyz');
  await expectAgrees(page);

  // Another paragraph, then back: each keeps its own text before and after.
  await placeCaret(para(page, 7), 'end');
  await page.keyboard.type(' tujuh');
  await expectAgrees(page);
  await placeCaret(para(page, 18), 'start');
  await page.keyboard.type('Q');
  await expectAgrees(page);

  // Enter and Backspace across blocks change their number (Lexical's own paths), then typing again.
  await page.keyboard.press('Enter');
  await expectAgrees(page);
  await page.keyboard.type('baru');
  await expectAgrees(page);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expectAgrees(page);
  await page.keyboard.type('lagi');
  await expectAgrees(page);
  await expect(body(page)).toContainText('QlagiParagraf 18');
  await expect(body(page)).toContainText('abxyz');
});

test('the body’s text stays its blocks’ when an empty paragraph goes before the typed one and another comes after it', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  // The kept text around paragraph 15 (after the empty one)…
  await placeCaret(para(page, 15), 'end');
  await page.keyboard.type('!');
  expect(await bodyText(page)).toMatchObject({ agrees: true, spliced: true });
  // …then the empty paragraph before it removed and one added after it: the body's length is the
  // same again, its text before paragraph 15 is not.
  await placeCaret(para(page, 15), 'start');
  await page.keyboard.press('Backspace');
  await expectAgrees(page);
  await placeCaret(para(page, 15), 'end');
  await page.keyboard.press('Enter');
  await expectAgrees(page);
  await placeCaret(para(page, 15), 'end');
  await page.keyboard.type('?');
  await expectAgrees(page);
});

test('the body’s text stays its blocks’ beside a page break and a photo, at the first paragraph, after bold, a paste, undo and redo', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  for (const n of [12, 13, 20, 21, 1]) {
    await placeCaret(para(page, n), 'end');
    await page.keyboard.type('.');
    await expectAgrees(page);
  }
  // A photo's caption, committed to its block when the field is left: the changed block is the photo.
  const caption = body(page).locator('figure.rx-photo').getByLabel('Caption', { exact: true });
  await caption.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' pagi ini');
  await placeCaret(para(page, 22), 'end');
  await expectAgrees(page);
  // Bold changes a block without changing the text's length.
  await selectText(page, 'Paragraf 24');
  await page.keyboard.press('Control+b');
  await expect(para(page, 24).locator('strong')).toHaveText('Paragraf 24');
  await expectAgrees(page);
  await caretAfter(page, 'Paragraf 25');
  await pastePlain(body(page), 'satu\ndua');
  await expect(body(page)).toContainText('dua');
  await expectAgrees(page);
  for (const key of ['Control+z', 'Control+z', 'Control+z', 'Control+Shift+z', 'Control+Shift+z']) {
    await page.keyboard.press(key);
    await expectAgrees(page);
  }
  await placeCaret(para(page, 30), 4);
  await page.keyboard.type('ok');
  await expectAgrees(page);
});
