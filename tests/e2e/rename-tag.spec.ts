import { paragraphs } from '../unit/support/documents';
import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import { article } from './support/sources';

test('the desk renames a tag on every article, merges one into a tag already used, and can back out', async ({
  page,
  app,
}) => {
  const medan = await article(app, 'Banjir di Medan', paragraphs('Hujan.'), { tags: ['banjir', 'Medan'] });
  const deli = await article(app, 'Banjir di Deli', paragraphs('Air naik.'), { tags: ['Banjir'] });
  const rudal = await article(app, 'Uji rudal', paragraphs('Rudal.'), { tags: ['Korea Utara'] });
  const korut = await article(app, 'Pyongyang', paragraphs('Kota.'), { tags: ['korut', 'Rudal'] });
  await openApp(page, app);
  const rows = page.getByRole('list', { name: /articles?$/ }).getByRole('link');
  const tagFilter = page.getByLabel('Filter by tag');
  const notice = page.locator('.rx-list-notice[role="status"]');
  await expect(rows).toHaveCount(4);

  // Rename: "banjir" (either case) becomes "Banjir bandang" on both its articles.
  await tagFilter.selectOption({ label: 'banjir' });
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Rename tag' }).click();
  const name = page.getByRole('textbox', { name: 'New name for the tag “banjir”' });
  await expect(name).toBeFocused();
  await page.keyboard.type('Banjir bandang');
  await expect(page.getByRole('button', { name: 'Rename', exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveText('The tag “banjir” is now “Banjir bandang” on 2 articles.');
  await expect(tagFilter).toBeFocused();
  await expect(tagFilter.locator('option:checked')).toHaveText('Banjir bandang');
  await expect(rows).toHaveCount(2);
  await expect(tagFilter.getByRole('option', { name: 'banjir', exact: true })).toHaveCount(0);
  for (const id of [medan, deli])
    expect((await callApi(app, 'articles.get', { id })).tags).toContain('Banjir bandang');

  // A name that shows nothing, or with a comma, is refused in place; the name left as it was
  // renames nothing; Escape backs out and gives the focus back.
  await page.getByRole('button', { name: 'Rename tag' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Rename tag' })).toBeFocused();
  await page.getByRole('button', { name: 'Rename tag' }).click();
  await page.keyboard.type('Banjir, Medan');
  await page.keyboard.press('Enter');
  await expect(page.getByText('A tag cannot contain a comma: commas separate tags.')).toBeVisible();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.getByText('A tag needs a name.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /New name for the tag/ })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Rename tag' })).toBeFocused();
  await expect(tagFilter.locator('option:checked')).toHaveText('Banjir bandang');

  // Merge: "korut" renamed to "korea utara" joins the tag already used, spelt as that one is.
  await tagFilter.selectOption({ label: 'korut' });
  await expect(rows).toHaveText([/Pyongyang/]);
  await page.getByRole('button', { name: 'Rename tag' }).click();
  await page.keyboard.type('korea utara');
  await expect(
    page.getByText(
      '“Korea Utara” is already a tag: the articles tagged “korut” will be tagged “Korea Utara” instead. The two become one, and that cannot be undone.',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(notice).toHaveText('The tag “korut” is merged into “Korea Utara” on 1 article.');
  await expect(rows).toHaveCount(2);
  expect((await callApi(app, 'articles.get', { id: korut })).tags).toEqual(['Korea Utara', 'Rudal']);
  expect((await callApi(app, 'articles.get', { id: rudal })).tags).toEqual(['Korea Utara']);
  await expect(tagFilter.getByRole('option', { name: 'korut' })).toHaveCount(0);
});
