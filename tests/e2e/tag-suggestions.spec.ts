import type { Page } from '@playwright/test';
import { callApi, seedArticle } from './support/api';
import { expect, expectSaved, openApp, test } from './support/fixtures';
import type { WebApp } from './support/web-app';

/** The article tagged `tags` open, the caret at the end of its Tags field; and its stored tags. */
async function openTagged(page: Page, app: WebApp, tags: string[]) {
  const { id } = await seedArticle(app, { headline: 'Banjir di Demak', tags });
  await openApp(page, app, `#/article/${id}`);
  const field = page.getByRole('combobox', { name: 'Tags' });
  await expect(field).toHaveValue(tags.join(', '));
  await field.click();
  await page.keyboard.press('End');
  return { field, storedTags: async () => (await callApi(app, 'articles.get', { id })).tags };
}

const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');

test('the half-typed tag the autosave stored is not offered back; another article’s tag it starts is', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Hitung cepat', tags: ['Pemilu 2024', 'Banjir Bandang'] });
  const { field, storedTags } = await openTagged(page, app, ['Banjir Bandang']);
  await page.keyboard.type(', Pemil');
  await expect(suggestions(page)).toHaveText(['Pemilu 2024']);
  await expectSaved(page);
  await expect.poll(storedTags).toEqual(['Banjir Bandang', 'Pemil']);

  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(field).toHaveValue('Banjir Bandang, Pem');
  await expectSaved(page);
  await expect.poll(storedTags).toEqual(['Banjir Bandang', 'Pem']);
  // Only the other article's tag, not "Pemil", which this article stored a moment ago.
  await expect(suggestions(page)).toHaveText(['Pemilu 2024']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('Banjir Bandang, Pemilu 2024, ');
  await expect.poll(storedTags).toEqual(['Banjir Bandang', 'Pemilu 2024']);
});

test('typing a tag without its apostrophe, accent or hyphen is offered the tag the desk already uses', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Sedekah', tags: ['Jum’at Berkah', 'Café Jakarta', 'e-KTP'] });
  const { field, storedTags } = await openTagged(page, app, ['Banjir Bandang']);
  await page.keyboard.type(', jumat');
  await expect(suggestions(page)).toHaveText(['Jum’at Berkah']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('Banjir Bandang, Jum’at Berkah, ');
  await page.keyboard.type('ektp');
  await expect(suggestions(page)).toHaveText(['e-KTP']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('Banjir Bandang, Jum’at Berkah, e-KTP, ');
  await expect.poll(storedTags).toEqual(['Banjir Bandang', 'Jum’at Berkah', 'e-KTP']);
  await expectSaved(page);
});
