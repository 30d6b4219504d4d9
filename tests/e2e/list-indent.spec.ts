import type { StoredNode } from '../../shared/editor/document';
import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { pasteHtml } from './support/paste';
import { caretAfter } from './support/selection';

/** A stored list as nested arrays of item words, the way a reader sees it. */
function outline(list: StoredNode): unknown[] {
  const items: unknown[] = [];
  for (const item of list.children ?? []) {
    const nested = (item.children ?? []).filter((child) => child.type === 'list');
    const words = (item.children ?? [])
      .filter((child) => child.type === 'text')
      .map((child) => child.text)
      .join('');
    if (words) items.push(words);
    for (const inner of nested) items.push(outline(inner));
  }
  return items;
}

test('Tab nests list items and Shift+Tab brings them out; outside a list, or where it cannot, Tab moves on', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, { headline: 'Syarat', body: ['Syarat pendaftaran:'] });
  await openApp(page, app, `#/article/${seeded.id}`);
  const editor = body(page);
  await caretAfter(page, 'pendaftaran:');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+Digit7');
  await page.keyboard.type('Dokumen');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('KTP');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Asli');
  // Two levels under the first is as deep as a list goes: Tab now leaves the body, as it does elsewhere.
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await caretAfter(page, 'Asli');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('Pas foto');
  await expect(editor.locator(':scope > ol > li')).toHaveCount(3);
  await expect(editor.locator('ol ol ol li')).toHaveText(['Asli']);
  await expectSaved(page);

  let stored = (await callApi(app, 'articles.get', { id: seeded.id })).body;
  const list = () => stored.root.children.find((block) => block.type === 'list')!;
  expect(outline(list())).toEqual(['Dokumen', ['KTP', ['Asli']], 'Pas foto']);

  // Shift+Tab in a nested item brings it one level out (what was under it keeps its depth); undo
  // puts it back.
  await caretAfter(page, 'KTP');
  await page.keyboard.press('Shift+Tab');
  await expect(editor).toBeFocused();
  await expectSaved(page);
  stored = (await callApi(app, 'articles.get', { id: seeded.id })).body;
  expect(outline(list())).toEqual(['Dokumen', 'KTP', [['Asli']], 'Pas foto']);
  await page.keyboard.press('Control+z');
  await expectSaved(page);
  stored = (await callApi(app, 'articles.get', { id: seeded.id })).body;
  expect(outline(list())).toEqual(['Dokumen', ['KTP', ['Asli']], 'Pas foto']);

  // In a paragraph Tab is not an indent: the focus moves on, the text stays as it was.
  await caretAfter(page, 'pendaftaran:');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await expect(editor.locator('p').first()).toHaveText('Syarat pendaftaran:');
  // Shift+Tab at the top level of a list moves the focus back out too.
  await caretAfter(page, 'Pas foto');
  await page.keyboard.press('Shift+Tab');
  await expect(editor).not.toBeFocused();

  await page.reload();
  await expect(body(page).locator('ol ol ol li')).toHaveText(['Asli']);
});

test('a list’s first item does not nest (there is no item before it), and a pasted list nests no deeper than Tab can', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, { headline: 'Daftar', body: ['Pembuka.'] });
  await openApp(page, app, `#/article/${seeded.id}`);
  const editor = body(page);
  await caretAfter(page, 'Pembuka.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+Digit7');
  await page.keyboard.type('Satu');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await expect(editor.locator(':scope > ol > li')).toHaveText(['Satu']);

  // Five levels from Google Docs: the fourth and fifth come up to the third.
  await caretAfter(page, 'Satu');
  await page.keyboard.press('Enter');
  await pasteHtml(
    editor,
    '<ul><li>L1<ul><li>L2<ul><li>L3<ul><li>L4<ul><li>L5</li></ul></li></ul></li></ul></li></ul></li></ul>',
  );
  await expect(editor.locator('li li li li')).toHaveCount(0);
  await expect(editor.getByText('L5')).toBeVisible();
  await expectSaved(page);
  const stored = (await callApi(app, 'articles.get', { id: seeded.id })).body;
  const depthOf = (words: string): number => {
    const walk = (node: StoredNode, depth: number): number | null => {
      if (node.type === 'text' && node.text === words) return depth;
      for (const child of node.children ?? []) {
        const found = walk(child, depth + (child.type === 'list' ? 1 : 0));
        if (found !== null) return found;
      }
      return null;
    };
    return walk(stored.root, 0)!;
  };
  expect([depthOf('L1'), depthOf('L2'), depthOf('L3'), depthOf('L4'), depthOf('L5')]).toEqual([
    1, 2, 3, 3, 3,
  ]);
});

test('pressed again, the list shortcuts turn the list back into paragraphs, as their toolbar buttons do', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, { headline: 'Daftar', body: ['Satu', 'Dua'] });
  await openApp(page, app, `#/article/${seeded.id}`);
  const editor = body(page);
  await caretAfter(page, 'Satu');
  for (const [keys, list] of [
    ['Control+Shift+Digit7', 'ol'],
    ['Control+Shift+Digit8', 'ul'],
  ] as const) {
    await page.keyboard.press(keys);
    await expect(editor.locator(`:scope > ${list} > li`)).toHaveText(['Satu']);
    await page.keyboard.press(keys);
    await expect(editor.locator(':scope > p')).toHaveText(['Satu', 'Dua']);
    await expect(editor.locator('li')).toHaveCount(0);
  }
  // Numbered into bulleted: the other shortcut changes the list, it does not undo it.
  await page.keyboard.press('Control+Shift+Digit7');
  await page.keyboard.press('Control+Shift+Digit8');
  await expect(editor.locator(':scope > ul > li')).toHaveText(['Satu']);
});
