import type { Page } from '@playwright/test';
import { seedArticle } from './support/api';
import { ANNOUNCEMENTS } from './support/announcements';
import { body, expect, openApp, test } from './support/fixtures';
import { importPhoto } from './support/sources';
import { documentOf, paragraph, photoBlock, text } from '../unit/support/documents';

/** Everything said since the page opened (a poll reads it again without losing any). */
const heard = (page: Page) => page.evaluate(() => [...(window as unknown as { __said: string[] }).__said]);
/** The photo's place among the body's blocks. */
const photoAt = (page: Page) =>
  body(page)
    .locator(':scope > p, :scope > .rx-photo-block')
    .evaluateAll((blocks) => blocks.findIndex((block) => block.querySelector('figure') !== null));
const forget = (page: Page) =>
  page.evaluate(() => (window as unknown as { __said: string[] }).__said.splice(0));

test('the photo’s own tools say where it moved, that it can go no further, that it was removed, and Undo that it is back', async ({
  page,
  app,
}) => {
  const photoId = await importPhoto(app);
  const seeded = await seedArticle(app, {
    headline: 'Foto yang berpindah',
    body: documentOf(
      paragraph(text('Paragraf satu.')),
      photoBlock(photoId, { caption: 'Banjir di Kemang', credit: 'Kredit', altText: 'Alt' }),
      paragraph(text('Paragraf dua.')),
    ),
  });
  await page.addInitScript(ANNOUNCEMENTS);
  await openApp(page, app, `#/article/${seeded.id}`);
  const tools = page.getByRole('toolbar', { name: 'Photo' });
  await tools.getByRole('button', { name: 'Move photo down' }).focus();
  await forget(page);

  await page.keyboard.press('Enter');
  await expect.poll(() => heard(page)).toEqual(['Photo moved down, below “Paragraf dua.”']);
  await expect(tools.getByRole('button', { name: 'Move photo down' })).toBeFocused();
  // The last block: nothing moves, and the reader is told why.
  await page.keyboard.press('Enter');
  await expect
    .poll(() => heard(page))
    .toEqual([
      'Photo moved down, below “Paragraf dua.”',
      'The photo is already at the end: it cannot move further down.',
    ]);
  await forget(page);

  // Along the toolbar to Move photo up (from Move photo down, focused again after the press above).
  const down = tools.getByRole('button', { name: 'Move photo down' });
  await down.focus();
  await page.keyboard.press('ArrowLeft');
  const up = tools.getByRole('button', { name: 'Move photo up' });
  await expect(up).toBeFocused();
  // Each press once the last one is said (that the button keeps the focus through a move is
  // photo-block-keys.spec's).
  for (const said of [1, 2, 3]) {
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await heard(page)).length).toBe(said);
  }
  await expect
    .poll(() => heard(page))
    .toEqual([
      'Photo moved up, above “Paragraf dua.”',
      'Photo moved up, above “Paragraf satu.”',
      'The photo is already at the top: it cannot move further up.',
    ]);
  await expect.poll(() => photoAt(page)).toBe(0);
  await forget(page);

  // Selected as a block, Alt+ArrowDown moves it and says so too.
  await body(page).locator('figure img').click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect
    .poll(() => heard(page))
    .toEqual([
      expect.stringMatching(/^Photo: Banjir di Kemang, selected/),
      'Photo moved down, below “Paragraf satu.”',
    ]);
  await forget(page);

  // Removed with its button: which photo went, and how to get it back; Undo then says it is back.
  await tools.getByRole('button', { name: 'Remove photo' }).focus();
  await page.keyboard.press('Enter');
  await expect(body(page).locator('figure')).toHaveCount(0);
  await expect(body(page)).toBeFocused();
  await expect.poll(() => heard(page)).toContain('Photo removed: Banjir di Kemang. Ctrl+Z brings it back.');
  await forget(page);
  await page.keyboard.press('Control+z');
  await expect(body(page).locator('figure')).toHaveCount(1);
  await expect.poll(() => heard(page)).toContain('Photo back: Banjir di Kemang.');
  await forget(page);
  // An undone move brings no photo back: nothing of the kind is said.
  await page.keyboard.press('Control+z');
  await expect.poll(() => photoAt(page)).toBe(0);
  expect((await heard(page)).filter((words) => words.startsWith('Photo back'))).toEqual([]);
});
