import type { Page } from '@playwright/test';
import { documentOf, paragraph, paragraphs, text } from '../unit/support/documents';
import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import { selectText } from './support/selection';
import { article, picker, tags } from './support/sources';
import { ownFocus } from './support/tabs';
import type { WebApp } from './support/web-app';

const notice = (page: Page) => page.locator('.rx-page-notice[role="alert"]');

/** Opens a second tab on the source's page and deletes it there, as the desk would. */
async function deleteInOtherTab(page: Page, app: WebApp, id: string, name: string): Promise<void> {
  const other = await page.context().newPage();
  await openApp(other, app, `#/sources/${id}`);
  await ownFocus(other);
  const detail = other.getByRole('region', { name });
  await detail.getByRole('button', { name: 'Delete source' }).click();
  await other
    .getByRole('alertdialog', { name: 'Delete source' })
    .getByRole('button', { name: 'Delete it' })
    .click();
  await expect(other.locator('.rx-list-notice[role="status"]')).toHaveText(`Deleted the source “${name}”.`);
  await other.close();
}

test('words tagged with a source another tab deleted are refused by name, nothing tagged, and the lists no longer offer it', async ({
  page,
  app,
}) => {
  const kept = await callApi(app, 'sources.create', { kind: 'organisation', name: 'Pemkot Medan' });
  const gone = await callApi(app, 'sources.create', { kind: 'person', name: 'Sumber Sementara' });
  const id = await article(app, 'Banjir surut', documentOf(paragraph(text('Air mulai surut pagi ini.'))));
  const watch = await openApp(page, app, `#/article/${id}`);
  await ownFocus(page);
  const add = page.getByRole('group', { name: 'Add a source' });
  await expect(add.getByLabel('Source to add').getByRole('option')).toHaveText([
    'Add a source…',
    'Pemkot Medan',
    'Sumber Sementara',
  ]);

  await selectText(page, 'Air mulai surut');
  await page.keyboard.press('Control+Alt+s');
  await picker(page).getByRole('combobox', { name: 'Find a source' }).fill('sementara');
  await expect(picker(page).getByRole('option')).toHaveText([/^Sumber Sementara/]);

  await deleteInOtherTab(page, app, gone.id, 'Sumber Sementara');
  await page.bringToFront();
  await picker(page).getByRole('combobox', { name: 'Find a source' }).press('Enter');

  await expect(notice(page)).toContainText(
    '“Sumber Sementara” is no longer in the registry (deleted or merged in another window): nothing was tagged. Pick another source.',
  );
  await expect(picker(page)).toBeHidden();
  await expect(tags(page)).toHaveCount(0);
  expect(JSON.stringify((await callApi(app, 'articles.get', { id })).body)).not.toContain(gone.id);
  await expect(add.getByLabel('Source to add').getByRole('option')).toHaveText([
    'Add a source…',
    'Pemkot Medan',
  ]);

  // The picker, opened again, offers only what the registry has; tagging with it works.
  await selectText(page, 'Air mulai surut');
  await page.keyboard.press('Control+Alt+s');
  await picker(page).getByRole('combobox', { name: 'Find a source' }).fill('sementara');
  await expect(picker(page)).toContainText('No source matches.');
  await picker(page).getByRole('combobox', { name: 'Find a source' }).fill('pemkot');
  await expect(picker(page).getByRole('option')).toHaveText([/^Pemkot Medan/]);
  await page.keyboard.press('Enter');
  await expect(tags(page)).toHaveAttribute('title', 'Source: Pemkot Medan');
  await expect
    .poll(async () => JSON.stringify((await callApi(app, 'articles.get', { id })).body))
    .toContain(kept.id);
  expect(watch.problems).toEqual([]);
});

test('a source added by hand that another tab deleted is refused by name, and Source to add is read again', async ({
  page,
  app,
}) => {
  const gone = await callApi(app, 'sources.create', { kind: 'person', name: 'Sumber Sementara' });
  await callApi(app, 'sources.create', { kind: 'organisation', name: 'Pemkot Medan' });
  const id = await article(app, 'Banjir surut', paragraphs('Air mulai surut pagi ini.'));
  const watch = await openApp(page, app, `#/article/${id}`);
  const panel = page.getByRole('region', { name: 'Sources in this article' });
  const add = panel.getByRole('group', { name: 'Add a source' });
  const choices = add.getByLabel('Source to add').getByRole('option');
  await expect(choices).toHaveText(['Add a source…', 'Pemkot Medan', 'Sumber Sementara']);
  // Gone without this tab coming back into view: its list still offers it.
  await callApi(app, 'sources.delete', { id: gone.id });

  await add.getByLabel('Source to add').selectOption({ label: 'Sumber Sementara' });
  await add.getByLabel('Role').selectOption('quoted');
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    '“Sumber Sementara” is no longer in the registry (deleted or merged in another window): it was not added.',
  );
  await expect(choices).toHaveText(['Add a source…', 'Pemkot Medan']);
  await expect(panel).toContainText('No sources yet');
  expect((await callApi(app, 'articles.sources', { id })).entries).toEqual([]);
  expect(watch.problems).toEqual([]);
});
