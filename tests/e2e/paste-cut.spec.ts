import { expect, expectSaved, openApp, test } from './support/fixtures';

test('a paste longer than a field holds is cut with a word under the field, and nothing said when it fits', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const headline = page.getByLabel('Headline');
  const lead = page.getByLabel('Lead');
  const editor = page.getByRole('textbox', { name: 'Editor', exact: true });
  const note = page.locator('.rx-paste-cut');

  // 1,200 characters copied from the lead (a real copy, through the browser's clipboard).
  await lead.fill('kata '.repeat(240));
  await lead.press('Control+a');
  await lead.press('Control+c');

  // The headline holds 500: the paste is cut there, and the note under it says so.
  await headline.click();
  await page.keyboard.press('Control+v');
  await expect(headline).toHaveValue('kata '.repeat(100));
  await expect(page.getByRole('status').filter({ hasText: 'the paste was cut' })).toHaveText(
    'Headline holds 500 characters: the paste was cut there. The whole text is still on the clipboard.',
  );
  const [field, under] = await Promise.all([headline.boundingBox(), note.boundingBox()]);
  expect(under!.y).toBeGreaterThanOrEqual(field!.y + field!.height);
  // Typing in the field puts the note away.
  await page.keyboard.press('Backspace');
  await expect(note).toBeHidden();

  // A one-line input the browser cuts by itself (the editor's name, 120): said the same way.
  await editor.click();
  await page.keyboard.press('Control+v');
  await expect(editor).toHaveValue('kata '.repeat(24));
  await expect(note).toHaveText(
    'Editor holds 120 characters: the paste was cut there. The whole text is still on the clipboard.',
  );
  // Leaving the field puts it away too.
  await page.keyboard.press('Tab');
  await expect(note).toBeHidden();

  // A paste that fits says nothing.
  await lead.fill('Banjir');
  await lead.press('Control+a');
  await lead.press('Control+c');
  await editor.fill('');
  await editor.click();
  await page.keyboard.press('Control+v');
  await expect(editor).toHaveValue('Banjir');
  await expectSaved(page);
  await expect(note).toBeHidden();
});
