import { documentOf, paragraph, sourceMark, text } from '../unit/support/documents';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { selectText } from './support/selection';
import { article, picker, tags } from './support/sources';

test('some words of a tag get a source created on the spot, or lose theirs, and the rest of the tag keeps its source', async ({
  page,
  app,
}) => {
  const sullivan = await callApi(app, 'sources.create', { kind: 'person', name: 'Jake Sullivan' });
  const id = await article(
    app,
    'Sebagian tanda',
    documentOf(
      paragraph(sourceMark(sullivan.id, text('“Kami sangat prihatin sekali,”')), text(' kata Sullivan.')),
    ),
  );
  const watch = await openApp(page, app, `#/article/${id}`);
  const titled = async (expected: Array<[words: string, source: string]>) => {
    await expect(tags(page)).toHaveText(expected.map(([words]) => words));
    for (const [index, [, source]] of expected.entries())
      await expect(tags(page).nth(index)).toHaveAttribute('title', `Source: ${source}`);
  };

  // Two words inside Sullivan's quote come from someone else: create that source from the picker.
  await selectText(page, 'sangat prihatin');
  await page.getByRole('button', { name: 'Tag source' }).click();
  await expect(picker(page).getByText('Tagged: Jake Sullivan')).toBeVisible();
  await picker(page).getByRole('combobox', { name: 'Find a source' }).fill('Dmitry Peskov');
  await picker(page).getByRole('button', { name: 'Create source' }).click();
  await picker(page).getByRole('button', { name: 'Create and tag' }).click();
  await expect(picker(page)).toBeHidden();
  await titled([
    ['“Kami ', 'Jake Sullivan'],
    ['sangat prihatin', 'Dmitry Peskov'],
    [' sekali,”', 'Jake Sullivan'],
  ]);
  await expect(page.getByText(/already tagged/)).toHaveCount(0);
  await expect(body(page)).toHaveText('“Kami sangat prihatin sekali,” kata Sullivan.');

  // One undo puts the tag back whole.
  await page.getByRole('button', { name: 'Undo' }).click();
  await titled([['“Kami sangat prihatin sekali,”', 'Jake Sullivan']]);

  // Remove source tag on one word of the tag takes that word out of it only.
  await selectText(page, 'sekali');
  await page.keyboard.press('Control+Alt+s');
  await picker(page).getByRole('button', { name: 'Remove source tag' }).click();
  await titled([
    ['“Kami sangat prihatin ', 'Jake Sullivan'],
    [',”', 'Jake Sullivan'],
  ]);
  await expectSaved(page);
  await page.reload();
  await titled([
    ['“Kami sangat prihatin ', 'Jake Sullivan'],
    [',”', 'Jake Sullivan'],
  ]);
  const sources = await callApi(app, 'sources.list', {});
  expect(sources.map((source) => source.name).sort()).toEqual(['Dmitry Peskov', 'Jake Sullivan']);
  expect(watch.problems).toEqual([]);
});
