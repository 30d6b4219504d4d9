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
  await expect(detail.locator('.rx-ok[role="status"]')).toHaveText('Source saved');
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
  await expect(detail.locator('.rx-ok[role="status"]')).toHaveText(
    'Merged “Bobby Nasution (Walkot)” into “Bobby Nasution”: 1 article changed.',
  );
  await expect(detail.getByRole('region', { name: 'Used in' })).toContainText('Bobby resmikan jembatan');
});

test('the merge question takes the focus on Cancel; Escape or Cancel keeps both sources and goes back to Merge', async ({
  page,
  app,
}) => {
  const keep = await callApi(app, 'sources.create', { kind: 'person', name: 'Dmitry Peskov' });
  await callApi(app, 'sources.create', { kind: 'person', name: 'D. Peskov' });
  await openApp(page, app, `#/sources/${keep.id}`);
  const detail = page.getByRole('region', { name: 'Dmitry Peskov' });
  await detail.getByLabel('Duplicate to merge').selectOption({ label: 'D. Peskov' });
  const merge = detail.getByRole('button', { name: 'Merge', exact: true });
  const question = detail.getByRole('alertdialog', { name: 'Merge a duplicate' });
  for (const answer of ['Escape', 'Cancel'] as const) {
    await merge.press('Enter');
    // The safe answer has the focus (Enter pressed twice by habit merges nothing).
    await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expect(question).toHaveAccessibleDescription(/cannot be undone/);
    if (answer === 'Escape') await page.keyboard.press('Escape');
    else await page.keyboard.press('Enter');
    await expect(question).toBeHidden();
    await expect(merge).toBeFocused();
  }
  // Tab goes round the question's two answers until it is answered.
  await merge.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  const registry = await callApi(app, 'sources.list', {});
  expect(registry.map((source) => source.name).sort()).toEqual(['D. Peskov', 'Dmitry Peskov']);
});

test('New source clicked again before the registry comes back keeps the focus in the new form’s Name', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByText(/^No sources yet/)).toBeVisible();
  // A slow disk: the registry's list is held until the desk has opened the next form.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/sources.list', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'New source' }).click();
  const form = page.getByRole('region', { name: 'New source' });
  await form.getByLabel('Name').fill('Bobby Nasution');
  await form.getByLabel('Name').press('Enter');
  await expect(form).toHaveCount(0);
  await page.getByRole('button', { name: 'New source' }).click();
  await expect(form.getByLabel('Name')).toBeFocused();
  release();
  const row = page
    .getByRole('list', { name: 'Source registry' })
    .getByRole('button', { name: /Bobby Nasution/ });
  await expect(row).toBeVisible();
  // The list came back with the source just made: its row no longer takes the focus from the form.
  await page.keyboard.type('Kremlin');
  await expect(form.getByLabel('Name')).toBeFocused();
  await expect(form.getByLabel('Name')).toHaveValue('Kremlin');
});

test('a source created while the registry is searched for something else leaves the focus in the search', async ({
  page,
  app,
}) => {
  await callApi(app, 'sources.create', { kind: 'person', name: 'Edy Rahmayadi' });
  await openApp(page, app);
  await page.getByRole('button', { name: 'Sources' }).click();
  const search = page.getByRole('searchbox', { name: 'Search sources' });
  await search.fill('Edy');
  const registry = page.getByRole('list', { name: 'Source registry' });
  await expect(registry.getByRole('button')).toHaveCount(1);
  await page.getByRole('button', { name: 'New source' }).click();
  const form = page.getByRole('region', { name: 'New source' });
  await expect(form.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Bobby Nasution');
  await page.keyboard.press('Enter');
  // The search leaves the new source out of the list: the focus goes to the search, not the page.
  await expect(page.getByRole('region', { name: 'Bobby Nasution' })).toBeVisible();
  await expect(search).toBeFocused();
  await expect(registry.getByRole('button')).toHaveText([/Edy Rahmayadi/]);
});
