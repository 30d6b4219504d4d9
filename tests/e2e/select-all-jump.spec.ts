import { seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { nextFrame } from './support/selection';

test('after Ctrl+A, Ctrl+End reaches the end of the last paragraph and Ctrl+Home the start of the first', async ({
  page,
  app,
}) => {
  const { id } = await seedArticle(app, { headline: 'Banjir', body: ['Paragraf satu.', 'Paragraf dua.'] });
  await openApp(page, app, `#/article/${id}`);
  const paragraphs = body(page).locator('p');
  await paragraphs.first().click();
  await nextFrame(page);

  // Copy the whole story, then carry on writing at its end.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Paragraf tiga.');
  await expect(paragraphs).toHaveText(['Paragraf satu.', 'Paragraf dua.', 'Paragraf tiga.']);

  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Awal. ');
  await expect(paragraphs).toHaveText(['Awal. Paragraf satu.', 'Paragraf dua.', 'Paragraf tiga.']);

  // Shift still extends from where the selection began: the whole story from the start to the end.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Shift+End');
  expect(await page.evaluate(() => window.getSelection()!.toString().replace(/\n+/g, '|'))).toBe(
    'Awal. Paragraf satu.|Paragraf dua.|Paragraf tiga.',
  );
});
