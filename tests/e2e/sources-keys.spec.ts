import { callApi, seedArticle } from './support/api';
import { expect, openApp, test } from './support/fixtures';

test('creating and saving a source from the keyboard keeps the focus, and "Source saved" is announced', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'New source' }).click();
  const form = page.getByRole('region', { name: 'New source' });
  await expect(form.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Bobby Nasution');
  await page.keyboard.press('Enter');

  // Created: the new source's row in the registry has the focus, its details beside it.
  const row = page
    .getByRole('list', { name: 'Source registry' })
    .getByRole('button', { name: /Bobby Nasution/ });
  await expect(row).toBeFocused();
  const detail = page.getByRole('region', { name: 'Bobby Nasution' });
  await detail.getByLabel('Role or title').fill('Wali Kota Medan');
  await detail.getByLabel('Role or title').press('Enter');
  await expect(detail.getByRole('status')).toHaveText('Source saved');
  // The form is made anew with the saved source; the field in use keeps the focus.
  await expect(detail.getByLabel('Role or title')).toBeFocused();
  await expect(detail.getByLabel('Role or title')).toHaveValue('Wali Kota Medan');
});

test('after "Yes, merge" the source kept has the focus, and the status says what was merged into it', async ({
  page,
  app,
}) => {
  const keep = await callApi(app, 'sources.create', { kind: 'person', name: 'Bobby Nasution' });
  const duplicate = await callApi(app, 'sources.create', { kind: 'person', name: 'Bobby Nasution (Walkot)' });
  await seedArticle(app, { headline: 'Bobby resmikan jembatan' }).then((article) =>
    callApi(app, 'articles.setSources', {
      id: article.id,
      byHand: [{ sourceId: duplicate.id, role: 'quoted' }],
    }),
  );
  await openApp(page, app, `#/sources/${keep.id}`);
  const detail = page.getByRole('region', { name: 'Bobby Nasution' });
  await detail.getByLabel('Duplicate to merge').selectOption({ label: 'Bobby Nasution (Walkot)' });
  await detail.getByRole('button', { name: 'Merge', exact: true }).click();
  await detail.getByRole('button', { name: 'Yes, merge' }).press('Enter');

  await expect(detail.getByRole('heading', { name: 'Bobby Nasution', level: 2 })).toBeFocused();
  await expect(detail.getByRole('status')).toHaveText(
    'Merged “Bobby Nasution (Walkot)” into “Bobby Nasution”: 1 article changed.',
  );
  await expect(detail.getByRole('region', { name: 'Used in' })).toContainText('Bobby resmikan jembatan');
});
