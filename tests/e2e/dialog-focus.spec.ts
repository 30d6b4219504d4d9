import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { caretAfter } from './support/selection';
import { importPhoto } from './support/sources';
import { documentOf, paragraph, text } from '../unit/support/documents';

/**
 * The body's editor commits an update behind the open dialog that places its selection again, as the
 * insert menu does when it looks again at the caret a moment after a choice ($getSelection().dirty,
 * reached here through the editor's pending state: the page has no import of Lexical). Committing it,
 * Lexical puts the browser's selection in the body, and the focus goes with it.
 */
async function editorCommitsBehind(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Editor = {
      update(change: () => void): void;
      _pendingEditorState: { _selection: { dirty: boolean } | null };
    };
    const editor = (document.querySelector('.rx-body') as unknown as { __lexicalEditor: Editor })
      .__lexicalEditor;
    editor.update(() => {
      const selection = editor._pendingEditorState._selection;
      if (selection) selection.dirty = true;
    });
  });
}

test('a picker opened from the insert menu keeps the focus while the editor behind it commits an update: Escape closes it and gives back the "/…"', async ({
  page,
  app,
}) => {
  await importPhoto(app);
  const created = await callApi(app, 'articles.create', { headline: 'Fokus' });
  await callApi(app, 'articles.save', { ...created, body: documentOf(paragraph(text('Paragraf pertama.'))) });
  await openApp(page, app, `#/article/${created.id}`);
  await caretAfter(page, 'Paragraf pertama.');

  for (const [typed, name, role, first] of [
    ['/foto', 'Insert photo', 'searchbox', 'Search photos'],
    ['/baca', 'Insert related link', 'combobox', 'Find an article'],
  ] as const) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name });
    const search = dialog.getByRole(role, { name: first });
    await expect(search).toBeFocused();
    await page.keyboard.type('ban');

    await editorCommitsBehind(page);
    // The focus is where it was in the dialog: what is typed goes on there, and Escape closes it.
    await expect(search).toBeFocused();
    await page.keyboard.type('jir');
    await expect(search).toHaveValue('banjir');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(body(page).locator('p').last()).toHaveText(typed);
    await expect(body(page)).toBeFocused();
    // Undo goes on from there as if the dialog had never opened: the typing, then the Enter.
    await page.keyboard.press('Control+z');
    await expect(body(page).locator('p')).toHaveText(['Paragraf pertama.', '']);
    await page.keyboard.press('Control+z');
    await expect(body(page).locator('p')).toHaveText(['Paragraf pertama.']);
  }
});

test('a related article chosen with Enter before the search has answered goes in, and the focus goes back to the body', async ({
  page,
  app,
}) => {
  const other = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', { ...other, headline: 'Banjir surut di Demak' });
  const created = await callApi(app, 'articles.create', { headline: 'Fokus' });
  await callApi(app, 'articles.save', { ...created, body: documentOf(paragraph(text('Paragraf pertama.'))) });
  await openApp(page, app, `#/article/${created.id}`);
  await caretAfter(page, 'Paragraf pertama.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/baca');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Insert related link' });
  await expect(dialog.getByRole('combobox', { name: 'Find an article' })).toBeFocused();

  // Enter at once: the choice is made when the search answers, after the key (a promise, not an event).
  await page.keyboard.type('Banjir');
  await page.keyboard.press('Enter');
  await expect(body(page).getByRole('group', { name: 'Related link: Banjir surut di Demak' })).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(body(page)).toBeFocused();
  await page.keyboard.type('Lanjut');
  await expect(body(page)).toContainText('Lanjut');
});
