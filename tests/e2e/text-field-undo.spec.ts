import type { Locator, Page } from '@playwright/test';
import { callApi, seedArticle } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { importGeneratedPhotos } from './support/photo-files';
import type { WebApp } from './support/web-app';

/** Clicks into the field, goes to the end of its text and types `text`. */
async function typeAtEnd(page: Page, field: Locator, text: string) {
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** Settings opened, with its publication name (read from the store) and copyright line. */
async function openSettings(page: Page, app: WebApp) {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Settings' }).click();
  const name = page.getByLabel('Publication name');
  await expect(name).toHaveValue('Redaksi');
  return { name, copyright: page.getByLabel('Copyright line') };
}

test('Ctrl+Z in a Settings field undoes that field’s own typing, after typing in another, and the stored setting follows', async ({
  page,
  app,
}) => {
  const { name, copyright } = await openSettings(page, app);

  await typeAtEnd(page, name, ' Tribun');
  await typeAtEnd(page, copyright, '© Tribun Medan');
  await typeAtEnd(page, name, ' Medan');
  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue('Redaksi Tribun');
  // Past the last typing here, the first: the browser's page-wide undo reached the copyright line instead.
  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue('Redaksi');
  await expect(copyright).toHaveValue('© Tribun Medan');
  await page.keyboard.press('Control+Shift+z');
  await expect(name).toHaveValue('Redaksi Tribun');
  await page.keyboard.press('Tab'); // the field saves when it is left
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication)
    .toMatchObject({ name: 'Redaksi Tribun', copyright: '© Tribun Medan' });
});

test('the browser’s own undo, run with another field focused, leaves a Settings field’s typing and its stored value; in the focused field it is that field’s undo', async ({
  page,
  app,
}) => {
  const { name, copyright } = await openSettings(page, app);
  await typeAtEnd(page, copyright, '© Tribun');
  await typeAtEnd(page, name, ' Medan');
  await copyright.click();
  // What the browser's Edit menu or a context menu's Undo runs: it reaches the field typed in last.
  await page.evaluate(() => document.execCommand('undo'));
  await expect(copyright).toBeFocused();
  await expect(name).toHaveValue('Redaksi Medan');
  await expect(copyright).toHaveValue('© Tribun');
  await page.keyboard.press('Tab'); // the fields save when they are left
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication)
    .toMatchObject({ name: 'Redaksi Medan', copyright: '© Tribun' });
  // In the field typed in last, it is that field's own step.
  await typeAtEnd(page, name, ' Raya');
  await page.evaluate(() => document.execCommand('undo'));
  await expect(name).toHaveValue('Redaksi Medan');
  await expect(name).toBeFocused();
});

test('Ctrl+Z in the photo desk’s bulk edit undoes each field’s own typing, and Apply sets what it left', async ({
  page,
  app,
}) => {
  await importGeneratedPhotos(app, 2);
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await page.getByRole('listbox', { name: 'Photos' }).getByRole('option').first().click();
  await page.keyboard.press('Control+A');
  await expect(page.getByRole('heading', { name: '2 photos selected' })).toBeVisible();
  const credit = page.getByLabel('Credit for selected photos');
  const copyright = page.getByLabel('Copyright for selected photos');

  await typeAtEnd(page, credit, 'ANTARA');
  await typeAtEnd(page, copyright, '© ANTARA');
  await typeAtEnd(page, credit, '/FOTO');
  await page.keyboard.press('Control+z');
  await expect(credit).toHaveValue('ANTARA');
  await page.keyboard.press('Control+z');
  await expect(credit).toHaveValue('');
  await expect(copyright).toHaveValue('© ANTARA');
  await page.keyboard.press('Control+y');
  await expect(credit).toHaveValue('ANTARA');
  // What the undo and redo left is what Apply sets: the form heard them as it hears typing.
  await page.getByRole('button', { name: 'Apply to 2 photos' }).click();
  await expect(page.getByText('Set on 2 photos.')).toBeVisible();
  const photos = await callApi(app, 'photos.list', {});
  expect(photos.map((photo) => [photo.credit, photo.copyright])).toEqual([
    ['ANTARA', '© ANTARA'],
    ['ANTARA', '© ANTARA'],
  ]);
});

test('Ctrl+Z in the related-link box’s address undoes its own typing, not the title’s, and the body keeps its typing', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, { headline: 'Tautan terkait', body: ['Paragraf pertama.'] });
  await openApp(page, app, `#/article/${seeded.id}`);
  await body(page).getByText('Paragraf pertama.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Tambahan.');
  await page.getByRole('button', { name: 'Insert related link' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert related link' });
  const address = picker.getByRole('textbox', { name: 'Web address' });
  const title = picker.getByRole('textbox', { name: 'Title' });

  await typeAtEnd(page, address, 'voanews.com/a/pasar');
  await typeAtEnd(page, title, 'Pasar menurut VOA');
  await typeAtEnd(page, address, '-indonesia');
  await page.keyboard.press('Control+z');
  await expect(address).toHaveValue('voanews.com/a/pasar');
  await page.keyboard.press('Control+z');
  await expect(address).toHaveValue('');
  await expect(title).toHaveValue('Pasar menurut VOA');
  await page.keyboard.press('Control+Shift+z');
  await expect(address).toHaveValue('voanews.com/a/pasar');
  await picker.getByRole('button', { name: 'Add link' }).click();
  await expect(picker).toHaveCount(0);
  await expect(body(page).getByText('Pasar menurut VOA')).toBeVisible();
  await expect(body(page)).toContainText('Paragraf pertama. Tambahan.');
});

test('Ctrl+Z in the article list’s search brings back the words Escape cleared, and the list follows', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Banjir di Medan', body: ['Air naik.'] });
  await seedArticle(app, { headline: 'Harga cabai naik', body: ['Pasar ramai.'] });
  await openApp(page, app);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const list = page.getByRole('main');
  await expect(list.getByText('Harga cabai naik')).toBeVisible();
  await typeAtEnd(page, search, 'banjir');
  await expect(list.getByText('Harga cabai naik')).toHaveCount(0);
  await page.keyboard.press('Escape'); // a search field's own way to empty it
  await expect(search).toHaveValue('');
  await expect(list.getByText('Harga cabai naik')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(search).toHaveValue('banjir');
  await expect(list.getByText('Harga cabai naik')).toHaveCount(0);
  await expect(list.getByText('Banjir di Medan')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(search).toHaveValue('');
  await expect(list.getByText('Harga cabai naik')).toBeVisible();
});

test('a field tidied as it is left keeps its undo: Ctrl+Z on coming back takes back the typing in Writers and Tags, and the store follows', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, { headline: 'Banjir', body: ['Air naik.'] });
  await openApp(page, app, `#/article/${seeded.id}`);
  const stored = () => callApi(app, 'articles.get', { id: seeded.id });
  const writers = page.getByLabel('Writers');
  const tags = page.getByRole('combobox', { name: 'Tags' });

  await typeAtEnd(page, writers, 'Rina');
  await page.keyboard.press('Tab');
  await typeAtEnd(page, writers, ', Budi '); // the space after is tidied away as the field is left
  await page.keyboard.press('Tab');
  await expect(writers).toHaveValue('Rina, Budi');
  await typeAtEnd(page, tags, 'banjir, medan, ');
  await page.keyboard.press('Tab');
  await expect(tags).toHaveValue('banjir, medan');
  await expect.poll(async () => (await stored()).writers).toEqual(['Rina', 'Budi']);

  await writers.click();
  await page.keyboard.press('Control+z');
  await expect(writers).toHaveValue('Rina');
  await tags.click();
  await page.keyboard.press('Control+z');
  await expect(tags).toHaveValue('');
  await expect.poll(async () => [(await stored()).writers, (await stored()).tags]).toEqual([['Rina'], []]);
  await page.keyboard.press('Control+y');
  await expect(tags).toHaveValue('banjir, medan');
  await writers.click();
  await page.keyboard.press('Control+Shift+z');
  await expect(writers).toHaveValue('Rina, Budi');
  await expect
    .poll(async () => [(await stored()).writers, (await stored()).tags])
    .toEqual([
      ['Rina', 'Budi'],
      ['banjir', 'medan'],
    ]);
});

test('a suggestion chosen, then the field left and tidied: Ctrl+Z on coming back takes back the choice, then the typing', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Hitung cepat', tags: ['Pemilu 2024'] });
  const { id } = await seedArticle(app, { headline: 'Banjir', body: ['Air naik.'] });
  await openApp(page, app, `#/article/${id}`);
  const tags = page.getByRole('combobox', { name: 'Tags' });
  await typeAtEnd(page, tags, 'Pemil');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option')).toHaveText([
    'Pemilu 2024',
  ]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(tags).toHaveValue('Pemilu 2024, ');
  await page.keyboard.press('Tab'); // tidied as it is left
  await expect(tags).toHaveValue('Pemilu 2024');

  await tags.click();
  await page.keyboard.press('Control+z');
  await expect(tags).toHaveValue('Pemil');
  await page.keyboard.press('Control+z');
  await expect(tags).toHaveValue('');
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(tags).toHaveValue('Pemilu 2024');
  await expect.poll(async () => (await callApi(app, 'articles.get', { id })).tags).toEqual(['Pemilu 2024']);
});
