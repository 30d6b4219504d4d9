import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import { article } from './support/sources';
import { paragraphs } from '../unit/support/documents';

test('merging a duplicate added by hand as Quoted into a source added as Cited keeps Quoted, and a dropped role is named', async ({
  page,
  app,
}) => {
  const keep = await callApi(app, 'sources.create', { kind: 'person', name: 'Dmitry Peskov' });
  const duplicate = await callApi(app, 'sources.create', { kind: 'person', name: 'D. Peskov' });
  const agency = await callApi(app, 'sources.create', { kind: 'agency', name: 'ANTARA' });
  const antara = await callApi(app, 'sources.create', { kind: 'agency', name: 'Antara News' });
  const id = await article(app, 'Putin dan Kim bertemu di Vostochny', paragraphs('Isi berita.'));
  await callApi(app, 'articles.setSources', {
    id,
    byHand: [
      { sourceId: keep.id, role: 'cited' },
      { sourceId: duplicate.id, role: 'quoted' },
      { sourceId: agency.id, role: 'cited' },
      { sourceId: antara.id, role: 'syndicated' },
    ],
  });
  const watch = await openApp(page, app, `#/sources/${keep.id}`);
  const merge = async (keeping: string, name: string) => {
    const detail = page.getByRole('region', { name: keeping });
    await detail.getByLabel('Duplicate to merge').selectOption({ label: name });
    await detail.getByRole('button', { name: 'Merge', exact: true }).click();
    await detail.getByRole('button', { name: 'Yes, merge' }).click();
    return detail.locator('.rx-ok[role="status"]');
  };
  await expect(await merge('Dmitry Peskov', 'D. Peskov')).toHaveText(
    'Merged “D. Peskov” into “Dmitry Peskov”: 1 article changed.',
  );
  // A source both quoted and cited is listed as quoted: the duplicate's Quoted use came across.
  await expect(
    page
      .getByRole('region', { name: 'Dmitry Peskov' })
      .getByRole('region', { name: 'Used in' })
      .getByRole('listitem'),
  ).toHaveText([/^Putin dan Kim bertemu di Vostochny\s+Quoted$/]);
  await openApp(page, app, `#/sources/${agency.id}`);
  await expect(await merge('ANTARA', 'Antara News')).toHaveText(
    'Merged “Antara News” into “ANTARA”: 1 article changed. In “Putin dan Kim bertemu di Vostochny” both were added by hand, and an article lists a source by hand once: it stays Syndicated, and Cited was dropped.',
  );

  await openApp(page, app, `#/article/${id}`);
  const panel = page.getByRole('region', { name: 'Sources in this article' });
  await expect(panel.getByRole('listitem')).toHaveText([
    /^Dmitry Peskov\s+Quoted · added by hand/,
    /^ANTARA\s+Syndicated from · added by hand/,
  ]);
  expect(watch.problems).toEqual([]);
});

test('a Sources tab opened earlier saves only what is changed in it: another tab’s saved role stays, and shows there after', async ({
  page: first,
  context,
  app,
}) => {
  const source = await callApi(app, 'sources.create', {
    kind: 'person',
    name: 'Jake Sullivan',
    role: 'Penasihat',
  });
  await openApp(first, app, `#/sources/${source.id}`);
  const earlier = await context.newPage();
  await openApp(earlier, app, `#/sources/${source.id}`);
  const form = (page: typeof first) => page.getByRole('region', { name: 'Jake Sullivan' });
  await expect(form(earlier).getByLabel('Role')).toHaveValue('Penasihat');

  await form(first).getByLabel('Role').fill('Penasihat Keamanan Nasional');
  await form(first).getByRole('button', { name: 'Save source' }).click();
  await expect(form(first).locator('.rx-ok[role="status"]')).toHaveText('Source saved');

  // The earlier tab still shows the old role; only its notes are changed and saved there.
  await earlier.bringToFront();
  await form(earlier).getByLabel('Notes').fill('Nomor kantor di arsip.');
  await form(earlier).getByRole('button', { name: 'Save source' }).click();
  await expect(form(earlier).locator('.rx-ok[role="status"]')).toHaveText('Source saved');
  expect(await callApi(app, 'sources.usage', { id: source.id })).toMatchObject({
    source: { role: 'Penasihat Keamanan Nasional', notes: 'Nomor kantor di arsip.' },
  });
  await expect(form(earlier).getByLabel('Role')).toHaveValue('Penasihat Keamanan Nasional');
});
