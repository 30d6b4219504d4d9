import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { importGeneratedPhotos } from './support/photo-files';

const COUNT = 12;

test('the photo picker moves between photos with the arrows, Home and End, as the photo desk does', async ({
  page,
  app,
}) => {
  await importGeneratedPhotos(app, COUNT);

  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('button', { name: 'Insert photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert photo' });
  const photos = picker.getByRole('list', { name: 'Photos' }).getByRole('button');
  await expect(photos).toHaveCount(COUNT);
  await photos.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(photos.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(photos.nth(0)).toBeFocused();
  // Down a row: as many photos on as the first row holds.
  const perRow = await photos.evaluateAll((buttons) => {
    const top = Math.round(buttons[0]!.getBoundingClientRect().top);
    return buttons.filter((button) => Math.round(button.getBoundingClientRect().top) === top).length;
  });
  expect(perRow).toBeGreaterThan(1);
  expect(perRow).toBeLessThan(COUNT);
  await page.keyboard.press('ArrowDown');
  await expect(photos.nth(perRow)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(photos.nth(0)).toBeFocused();
  await page.keyboard.press('End');
  await expect(photos.nth(COUNT - 1)).toBeFocused();
  await page.keyboard.press('ArrowRight'); // no further
  await expect(photos.nth(COUNT - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(photos.nth(0)).toBeFocused();
  const chosen = await photos.nth(2).getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(body(page).getByRole('figure')).toHaveCount(1);
  // The photo placed is the one the arrows reached.
  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = await callApi(app, 'articles.get', { id: summary!.id });
  const placed = stored.body.root.children.find((block) => block.type === 'photo');
  const photo = await callApi(app, 'photos.get', { id: String(placed!.photoId) });
  expect(photo.originalName).toBe(chosen);
});

test('a very tall photo and a tiny one take a tile the shape of the others, in both pickers', async ({
  page,
  app,
}) => {
  // An infographic 40 times taller than wide, and a 4-pixel icon, among ordinary photos.
  const sizes = [
    { width: 24, height: 16 },
    { width: 20, height: 800 },
    { width: 4, height: 4 },
  ];
  await importGeneratedPhotos(app, 6, undefined, (i) => sizes[i % 3]!);

  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  for (const [opener, title] of [
    ['Insert photo', 'Insert photo'],
    ['Choose featured photo', 'Featured photo'],
  ] as const) {
    await page.getByRole('button', { name: opener }).click();
    const picker = page.getByRole('dialog', { name: title });
    const photos = picker.getByRole('list', { name: 'Photos' }).getByRole('button');
    await expect(photos).toHaveCount(6);
    const tiles = await photos.evaluateAll((buttons) =>
      buttons.map((button) => {
        const box = button.getBoundingClientRect();
        return { width: Math.round(box.width), height: Math.round(box.height) };
      }),
    );
    for (const tile of tiles) expect(tile).toEqual(tiles[0]);
    expect(tiles[0]!.height).toBeLessThan(tiles[0]!.width);
    await page.keyboard.press('Escape');
    await expect(picker).toBeHidden();
  }
});

test('Down or Enter in the picker’s search goes to the first photo found, and Up from the first row back', async ({
  page,
  app,
}) => {
  await importGeneratedPhotos(app, 12);

  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('button', { name: 'Insert photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert photo' });
  const search = picker.getByRole('searchbox', { name: 'Search photos' });
  const photos = picker.getByRole('list', { name: 'Photos' }).getByRole('button');
  await expect(photos).toHaveCount(12);
  await expect(search).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(photos.first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(photos.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();

  // Typed and Enter at once, before the library has answered: the first photo of that answer.
  await search.fill('foto-7');
  await page.keyboard.press('Enter');
  await expect(photos).toHaveCount(1);
  await expect(photos.first()).toBeFocused();
  await expect(photos.first()).toHaveAttribute('aria-label', /foto-7/);
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(body(page).getByRole('figure')).toHaveCount(1);
});
