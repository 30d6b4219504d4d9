import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import { createSourceInView } from './support/sources';

const registry = (page: Page) => page.getByRole('list', { name: 'Source registry' });
/** The names the registry lists, in its order. */
const names = (page: Page) => registry(page).locator('.rx-row-headline');
/** The names the registry lists, sorted (for the unfiltered registry, whose order is not under test). */
const sortedNames = async (page: Page) => (await names(page).allInnerTexts()).sort();

test('Search sources finds a source by a few letters of its name, role or organisation, accents and case ignored', async ({
  page,
  app,
}) => {
  await callApi(app, 'sources.create', {
    kind: 'person',
    name: 'Sri Mulyani Indrawati',
    role: 'Menteri Keuangan',
    organisation: 'Kementerian Keuangan RI',
  });
  await callApi(app, 'sources.create', {
    kind: 'person',
    name: 'Dmitry Peskov',
    role: 'Juru bicara',
    organisation: 'Kremlin',
    notes: 'Nomor telepon rahasia di buku kontak.',
  });
  await callApi(app, 'sources.create', { kind: 'organisation', name: 'Élysée' });
  await callApi(app, 'sources.create', { kind: 'agency', name: 'Kantor Berita ANTARA' });

  await openApp(page, app);
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  // One more, typed in the New source form with an accented name and a role.
  await createSourceInView(page, 'José Ramos-Horta', 'person', 'Presiden Timor-Leste');
  const everyone = [
    'Dmitry Peskov',
    'Élysée',
    'José Ramos-Horta',
    'Kantor Berita ANTARA',
    'Sri Mulyani Indrawati',
  ].sort();
  await expect.poll(() => sortedNames(page)).toEqual(everyone);

  const search = page.getByRole('searchbox', { name: 'Search sources' });
  const cases: Array<[string, string[]]> = [
    // A few letters of the name, in any case, without the accent the name has.
    ['jose', ['José Ramos-Horta']],
    ['RAMOS', ['José Ramos-Horta']],
    ['elys', ['Élysée']],
    ['ÉLYSÉE', ['Élysée']],
    ['antar', ['Kantor Berita ANTARA']],
    ['mulya', ['Sri Mulyani Indrawati']],
    // An accent typed where the stored words have none.
    ['présidén', ['José Ramos-Horta']],
    // The role.
    ['menteri', ['Sri Mulyani Indrawati']],
    ['JURU bic', ['Dmitry Peskov']],
    // The organisation.
    ['kreml', ['Dmitry Peskov']],
    ['kementerian', ['Sri Mulyani Indrawati']],
    // Several words: each must appear, in the name, role or organisation.
    ['sri keuangan', ['Sri Mulyani Indrawati']],
    ['peskov kremlin', ['Dmitry Peskov']],
    // Letters shared by several sources find them all.
    ['an', ['Kantor Berita ANTARA', 'Sri Mulyani Indrawati']],
    // A name that starts with what is typed comes first.
    ['k', ['Kantor Berita ANTARA', 'Dmitry Peskov', 'Sri Mulyani Indrawati']],
  ];
  for (const [query, expected] of cases) {
    await search.fill(query);
    await expect(names(page), `searching "${query}"`).toHaveText(expected);
  }

  // Words found nowhere in name, role or organisation (notes are not searched) find nothing, and say so.
  // A pasted page of text stops at the 300 characters a source search takes: no error, no match.
  for (const query of ['rahasia', 'peskov menteri', 'zzz', `peskov ${'panjang '.repeat(60)}`]) {
    await search.fill(query);
    await expect(page.getByText('No source matches this search.'), `searching "${query}"`).toBeVisible();
    await expect(registry(page)).toHaveCount(0);
    await expect(search).toHaveValue(query.slice(0, 300));
  }

  // A found source opens from the result; clearing the search lists everyone again.
  await search.fill('timor');
  await expect(names(page)).toHaveText(['José Ramos-Horta']);
  await registry(page)
    .getByRole('button', { name: /José Ramos-Horta/ })
    .click();
  await expect(page.getByLabel('Role or title')).toHaveValue('Presiden Timor-Leste');
  await search.fill('');
  await expect.poll(() => sortedNames(page)).toEqual(everyone);
});
