import { paragraphs } from '../unit/support/documents';
import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import { article } from './support/sources';

test('past the first 500 sources by name, the article list says so and the article’s Add finds the rest by search', async ({
  page,
  app,
}) => {
  // 501 sources, 50 requests at a time.
  for (let from = 0; from < 501; from += 50)
    await Promise.all(
      Array.from({ length: Math.min(50, 501 - from) }, (_, i) =>
        callApi(app, 'sources.create', {
          kind: 'person',
          name: `Sumber ${String(from + i).padStart(3, '0')}`,
        }),
      ),
    );
  const zulkifli = await callApi(app, 'sources.create', { kind: 'person', name: 'Zulkifli Hasan' });
  const cited = await article(app, 'Harga beras turun', paragraphs('Isi berita.'));
  await callApi(app, 'articles.setSources', {
    id: cited,
    byHand: [{ sourceId: zulkifli.id, role: 'cited' }],
  });
  const id = await article(app, 'Pasar pagi', paragraphs('Isi berita pasar.'));

  // The list's source filter: the first 500, a note saying so, and search finds the others.
  await openApp(page, app);
  const filter = page.getByLabel('Filter by source');
  await expect(
    filter.getByRole('option', {
      name: 'Only the first 500 sources by name are listed: search finds any source.',
    }),
  ).toBeDisabled();
  await expect(filter.getByRole('option', { name: 'Zulkifli Hasan' })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Zulkifli');
  await expect(page.locator('.rx-rows').getByRole('link')).toHaveText([/Harga beras turun/]);

  // Sources in this article: the picker says it lists the first 500; a few letters find the rest.
  await openApp(page, app, `#/article/${id}`);
  const panel = page.getByRole('region', { name: 'Sources in this article' });
  const search = panel.getByRole('searchbox', { name: 'Find in the registry' });
  await expect(search).toHaveAccessibleDescription(
    'Only the first 500 sources by name are listed: type a few letters to find the others.',
  );
  const picker = panel.getByLabel('Source to add');
  await expect(picker.getByRole('option', { name: 'Zulkifli Hasan' })).toHaveCount(0);
  await search.fill('zulk');
  await expect(picker.getByRole('option')).toHaveText(['Add a source…', 'Zulkifli Hasan']);
  await expect(panel.getByText(/^Only the first 500/)).toHaveCount(0);
  await picker.selectOption({ label: 'Zulkifli Hasan' });
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panel.getByRole('listitem')).toHaveText([/Zulkifli Hasan\s+Cited · added by hand/]);
});
