import type { Page } from '@playwright/test';
import { documentOf, paragraph, paragraphs, sourceMark, text } from '../unit/support/documents';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, saveStatus, test } from './support/fixtures';
import { caretAfter, selectText } from './support/selection';
import { article, picker, tags } from './support/sources';
import { ownFocus } from './support/tabs';

/**
 * Stops the page's timers (the autosave's pause among them) until `resume`: whatever happens meanwhile
 * happens without waiting for a pause in typing. (The page's clock runs on while it is read: the pause
 * is set a second ahead, so it is never in the past.)
 */
async function timersHeld(page: Page): Promise<{ resume: () => Promise<void> }> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  return { resume: () => page.clock.resume() };
}

test('the article’s sources follow a tag, its undo and redo, and an untag at once, not after a pause in typing', async ({
  page,
  app,
}) => {
  await callApi(app, 'sources.create', { kind: 'person', name: 'Jake Sullivan' });
  const id = await article(
    app,
    'Washington prihatin',
    paragraphs('“Kami sangat prihatin atas pertemuan ini,” kata Sullivan.', 'Paragraf kedua.'),
  );
  await page.clock.install();
  const watch = await openApp(page, app, `#/article/${id}`);
  const sources = page.getByRole('region', { name: 'Sources in this article' });
  await expect(sources).toContainText('No sources yet');
  const listed = sources.getByRole('listitem');

  await selectText(page, '“Kami sangat prihatin atas pertemuan ini,”');
  await page.getByRole('button', { name: 'Tag source' }).click();
  const option = picker(page).getByRole('option', { name: /Jake Sullivan/ });
  await expect(option).toBeVisible();
  let held = await timersHeld(page);
  await option.click();
  await expect(tags(page)).toHaveCount(1);
  await expect(listed).toHaveText([/Jake Sullivan\s+Quoted · tagged 1×/]);
  await held.resume();
  await expect(body(page)).toBeFocused();

  held = await timersHeld(page);
  await page.keyboard.press('Control+z');
  await expect(tags(page)).toHaveCount(0);
  await expect(sources).toContainText('No sources yet');
  await page.keyboard.press('Control+Shift+z');
  await expect(tags(page)).toHaveCount(1);
  await expect(listed).toHaveText([/Jake Sullivan\s+Quoted · tagged 1×/]);
  await held.resume();
  await expectSaved(page);

  // Typing inside the tag, Enter right after it (which copies the tag), and their undo wait for the
  // typing pause as any typing does. (Nothing may happen here: a save started by mistake would be
  // over well within the second waited.)
  await caretAfter(page, 'sangat');
  held = await timersHeld(page);
  await page.keyboard.type(' sekali');
  await expect(tags(page)).toContainText('sangat sekali');
  await page.keyboard.press('Control+z');
  await held.resume();
  await caretAfter(page, 'pertemuan ini,”');
  held = await timersHeld(page);
  await page.keyboard.press('Enter');
  await expect(body(page).locator('p')).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(body(page).locator('p')).toHaveCount(2);
  await expect(tags(page)).toHaveText('“Kami sangat prihatin atas pertemuan ini,”');
  await page.waitForTimeout(1000);
  await expect(saveStatus(page)).toHaveText('Unsaved changes');
  await held.resume();

  await caretAfter(page, '“Kami');
  await page.keyboard.press('Control+Alt+s');
  const remove = picker(page).getByRole('button', { name: 'Remove source tag' });
  await expect(remove).toBeVisible();
  held = await timersHeld(page);
  await remove.click();
  await expect(tags(page)).toHaveCount(0);
  await expect(sources).toContainText('No sources yet');
  await held.resume();

  // Typing is still saved after its pause, and the untag is what the store holds.
  await body(page).press('End');
  await page.keyboard.type(' Lagi.');
  await expectSaved(page);
  await page.reload();
  await expect(body(page)).toContainText('Lagi.');
  await expect(tags(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Sources in this article' })).toContainText('No sources yet');
  expect(watch.problems).toEqual([]);
});

test('a source added by hand again changes its role and says so; the same role is not added twice', async ({
  page,
  app,
}) => {
  await callApi(app, 'sources.create', { kind: 'person', name: 'Jake Sullivan' });
  const id = await article(app, 'Tambah manual', paragraphs('Isi berita.'));
  const watch = await openApp(page, app, `#/article/${id}`);
  const panel = page.getByRole('region', { name: 'Sources in this article' });
  const said = panel.locator('.rx-ok[role="status"]');
  const add = panel.getByRole('group', { name: 'Add a source' });
  await expect(said).toBeEmpty();

  await add.getByLabel('Source to add').selectOption({ label: 'Jake Sullivan' });
  await add.getByLabel('Role').selectOption('quoted');
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panel.getByRole('listitem')).toHaveText([/Jake Sullivan\s+Quoted · added by hand/]);
  await expect(said).toHaveText('Added Jake Sullivan (Quoted).');

  // Picked again with the role it has: nothing to add, and the desk is told why.
  await add.getByLabel('Source to add').selectOption({ label: 'Jake Sullivan' });
  await add.getByLabel('Role').selectOption('quoted');
  const button = add.getByRole('button', { name: 'Change role' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription('Already added by hand (Quoted).');
  // A disabled button is not reached with Tab: the picker says it too.
  await expect(add.getByLabel('Source to add')).toHaveAccessibleDescription(
    'Already added by hand (Quoted).',
  );

  // Another role: one entry, its role changed, and said.
  await add.getByLabel('Role').selectOption('cited');
  await button.click();
  await expect(panel.getByRole('listitem')).toHaveText([/Jake Sullivan\s+Cited · added by hand/]);
  await expect(said).toHaveText('Jake Sullivan: role changed from Quoted to Cited.');
  expect((await callApi(app, 'articles.sources', { id })).entries.map((entry) => entry.role)).toEqual([
    'cited',
  ]);

  // A role is named as a word in the sentence ("Syndicated", where its label reads "Syndicated from").
  await add.getByLabel('Source to add').selectOption({ label: 'Jake Sullivan' });
  await add.getByLabel('Role').selectOption('syndicated');
  await button.click();
  await expect(said).toHaveText('Jake Sullivan: role changed from Cited to Syndicated.');

  // Another window removes it while this one still lists it: changing its role here puts it back, and
  // says that rather than "role changed".
  await callApi(app, 'articles.setSources', { id, byHand: [] });
  await add.getByLabel('Source to add').selectOption({ label: 'Jake Sullivan' });
  await add.getByLabel('Role').selectOption('cited');
  await button.click();
  await expect(said).toHaveText('Jake Sullivan had been removed in another window: added again (Cited).');
  await expect(panel.getByRole('listitem')).toHaveText([/Jake Sullivan\s+Cited · added by hand/]);

  await panel.getByRole('button', { name: 'Remove Jake Sullivan' }).click();
  await expect(said).toHaveText('Jake Sullivan is no longer added by hand.');
  await expect(panel).toContainText('No sources yet');
  expect(watch.problems).toEqual([]);
});

test('the Quoted-from line stops at its longest, so a long line is saved rather than refused and lost', async ({
  page,
  app,
}) => {
  const id = await article(app, 'Baris panjang', paragraphs('Isi berita.'));
  const watch = await openApp(page, app, `#/article/${id}`);
  const line = page.getByRole('region', { name: 'Sources in this article' }).getByLabel('Quoted-from line');
  await line.fill(`Dikutip dari ${'x'.repeat(1_200)}`);
  await expect(line).toHaveValue(`Dikutip dari ${'x'.repeat(1_000 - 'Dikutip dari '.length)}`);
  await line.blur();
  await expect
    .poll(async () => (await callApi(app, 'articles.sources', { id })).quotedFrom.length)
    .toBe(1_000);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(watch.problems).toEqual([]);
});

test('back in a tab, what another tab did to the article’s sources and Quoted-from line shows', async ({
  page,
  app,
}) => {
  await callApi(app, 'sources.create', { kind: 'organisation', name: 'Kompas' });
  const id = await article(app, 'Dua tab', paragraphs('Isi berita.'));
  await openApp(page, app, `#/article/${id}`);
  await ownFocus(page);
  const panel = page.getByRole('region', { name: 'Sources in this article' });
  const line = panel.getByLabel('Quoted-from line');
  await expect(panel).toContainText('No sources yet');
  await expect(line).toHaveValue('');

  const other = await page.context().newPage();
  await openApp(other, app, `#/article/${id}`);
  await ownFocus(other);
  const otherPanel = other.getByRole('region', { name: 'Sources in this article' });
  const add = otherPanel.getByRole('group', { name: 'Add a source' });
  await add.getByLabel('Source to add').selectOption({ label: 'Kompas' });
  await add.getByLabel('Role').selectOption('syndicated');
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(otherPanel.locator('.rx-ok[role="status"]')).toHaveText('Added Kompas (Syndicated).');
  await otherPanel.getByLabel('Quoted-from line').fill('Dikutip dari Kompas.id');
  await otherPanel.getByLabel('Quoted-from line').blur();
  await expect
    .poll(async () => (await callApi(app, 'articles.sources', { id })).quotedFrom)
    .toBe('Dikutip dari Kompas.id');

  await page.bringToFront();
  await expect(panel.getByRole('listitem')).toHaveText([/Kompas\s+Syndicated from · added by hand/]);
  await expect(line).toHaveValue('Dikutip dari Kompas.id');
  // Written here now, it replaces that line, and only this tab's change is sent.
  await line.fill('Dikutip dari Kompas, diolah redaksi');
  await line.blur();
  await expect
    .poll(async () => (await callApi(app, 'articles.sources', { id })).quotedFrom)
    .toBe('Dikutip dari Kompas, diolah redaksi');
  expect((await callApi(app, 'articles.sources', { id })).entries.map((entry) => entry.source.name)).toEqual([
    'Kompas',
  ]);
});

test('a long source name without spaces wraps inside the panel, not past its right edge', async ({
  page,
  app,
}) => {
  const name = 'X'.repeat(300);
  await callApi(app, 'sources.create', { kind: 'organisation', name });
  const id = await article(app, 'Nama panjang', paragraphs('Isi berita.'));
  const watch = await openApp(page, app, `#/article/${id}`);
  const panel = page.getByRole('region', { name: 'Sources in this article' });
  const add = panel.getByRole('group', { name: 'Add a source' });
  await add.getByLabel('Source to add').selectOption({ label: name });
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  const item = panel.getByRole('listitem');
  await expect(item).toContainText(name);
  await expect(panel.locator('.rx-ok[role="status"]')).toContainText(name);

  const box = (await panel.boundingBox())!;
  const link = (await item.getByRole('link', { name }).boundingBox())!;
  expect(link.x + link.width).toBeLessThanOrEqual(box.x + box.width);
  expect(await panel.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  expect(watch.problems).toEqual([]);
});

test('back in the article’s tab, a source renamed in another tab shows its new name on the tag and in the picker', async ({
  page,
  app,
}) => {
  const citra = await callApi(app, 'sources.create', { kind: 'person', name: 'Citra Lestari' });
  const id = await article(
    app,
    'Nama baru',
    documentOf(paragraph(sourceMark(citra.id, text('“Kami siap,”')), text(' kata Citra.'))),
  );
  const watch = await openApp(page, app, `#/article/${id}`);
  await ownFocus(page);
  const panel = page.getByRole('region', { name: 'Sources in this article' });
  await expect(tags(page)).toHaveAttribute('title', 'Source: Citra Lestari');
  await expect(panel.getByRole('listitem')).toHaveText([/^Citra Lestari\s+Cited/]);

  // Another tab renames the source, in the Sources view.
  const other = await page.context().newPage();
  await openApp(other, app, `#/sources/${citra.id}`);
  await ownFocus(other);
  await callApi(app, 'sources.update', { id: citra.id, name: 'Citra Lestari Dewi' });
  await other.close();

  await page.bringToFront();
  await expect(panel.getByRole('listitem')).toHaveText([/^Citra Lestari Dewi\s+Cited/]);
  await expect(tags(page)).toHaveAttribute('title', 'Source: Citra Lestari Dewi');
  await caretAfter(page, '“Kami');
  await page.keyboard.press('Control+Alt+s');
  await expect(picker(page)).toContainText('Tagged: Citra Lestari Dewi');
  expect(watch.problems).toEqual([]);
});

test('a source followed from the article takes the focus in the Sources view; a row picked there keeps it', async ({
  page,
  app,
}) => {
  const citra = await callApi(app, 'sources.create', { kind: 'person', name: 'Citra Lestari' });
  await callApi(app, 'sources.create', { kind: 'person', name: 'Budi Santoso' });
  const id = await article(
    app,
    'Ikuti sumber',
    documentOf(paragraph(sourceMark(citra.id, text('“Kami siap,”')), text(' kata Citra.'))),
  );
  const watch = await openApp(page, app, `#/article/${id}`);
  const panel = page.getByRole('region', { name: 'Sources in this article' });
  await panel.getByRole('link', { name: 'Citra Lestari' }).click();
  const detail = page.getByRole('region', { name: 'Citra Lestari' });
  await expect(detail.getByRole('heading', { name: 'Citra Lestari' })).toBeFocused();
  // Tab goes on into the source's fields, not from the top of the page.
  await page.keyboard.press('Tab');
  await expect(detail.getByLabel('Name', { exact: true })).toBeFocused();

  const row = page.getByRole('button', { name: /^Budi Santoso/ });
  await row.click();
  await expect(page.getByRole('region', { name: 'Budi Santoso' })).toBeVisible();
  await expect(row).toBeFocused();
  expect(watch.problems).toEqual([]);
});
