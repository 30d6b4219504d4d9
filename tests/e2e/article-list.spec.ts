import { callApi, seedArticle } from './support/api';
import { test, expect, openApp, expectSaved } from './support/fixtures';

test('the list shows every article newest first with headline, rubric, status and last change', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Berita paling lama', rubric: 'Nasional' });
  await seedArticle(app, { headline: 'Berita tengah', rubric: 'Viral Medsos', status: 'ready' });
  await seedArticle(app, { headline: 'Berita terbaru', rubric: 'Internasional', status: 'published' });
  await openApp(page, app);

  const rows = page.getByRole('list', { name: '3 articles' }).getByRole('link');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Berita terbaru');
  await expect(rows.nth(0)).toContainText('Internasional');
  await expect(rows.nth(0)).toContainText('Published');
  await expect(rows.nth(0).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await expect(rows.nth(1)).toContainText('Berita tengah');
  await expect(rows.nth(1)).toContainText('Ready');
  await expect(rows.nth(2)).toContainText('Berita paling lama');
  await expect(rows.nth(2)).toContainText('Draft');

  await rows.nth(2).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Berita paling lama');
});

test('status moves draft → ready → published and the list follows', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Status bergerak');
  for (const status of ['ready', 'published'] as const) {
    await page.getByLabel('Status', { exact: true }).selectOption(status);
    await expectSaved(page);
    const [summary] = await callApi(app, 'articles.list', {});
    expect(summary?.status).toBe(status);
  }
  await page.getByRole('button', { name: /All articles/ }).click();
  await expect(page.getByRole('link', { name: /Status bergerak/ })).toContainText('Published');
});

test('search finds articles by any word of headline, lead, body or tags, as the word is typed', async ({
  page,
  app,
}) => {
  await seedArticle(app, {
    headline: 'Gempa di Sulawesi',
    lead: 'Warga mengungsi ke dataran tinggi.',
    rubric: 'Nasional',
  });
  await seedArticle(app, {
    headline: 'Harga cabai naik',
    body: ['Pedagang pasar mengeluhkan pasokan dari petani.'],
    rubric: 'Ekonomi',
  });
  await seedArticle(app, {
    headline: 'Pertemuan di Vladivostok',
    tags: ['Kim Jong Un', 'Korea Utara'],
    rubric: 'Internasional',
    status: 'ready',
  });
  await seedArticle(app, {
    headline: 'Kafe baru di Medan',
    body: ['Sebuah café dibuka pekan lalu.'],
    rubric: 'Ekonomi',
    status: 'ready',
  });
  await openApp(page, app);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const rows = page.locator('.rx-rows').getByRole('link');

  await search.fill('gempa');
  await expect(rows).toHaveText([/Gempa di Sulawesi/]);
  await search.fill('mengungsi'); // lead
  await expect(rows).toHaveText([/Gempa di Sulawesi/]);
  await search.fill('pasokan'); // body
  await expect(rows).toHaveText([/Harga cabai naik/]);
  await expect(rows.first()).toContainText('pasokan'); // the snippet shows where it matched
  await search.fill('korea'); // tags
  await expect(rows).toHaveText([/Pertemuan di Vladivostok/]);
  await search.fill('vladi'); // prefix of the word being typed
  await expect(rows).toHaveText([/Pertemuan di Vladivostok/]);
  await search.fill('cafe'); // accents folded
  await expect(rows).toHaveText([/Kafe baru di Medan/]);
  await search.fill('"zzz* AND (');
  await expect(page.getByText('No article matches this search.')).toBeVisible();
  // A pasted page of text stops at the 500 characters a search takes: a search, not an error.
  await search.fill(`gempa ${'panjang '.repeat(100)}`);
  await expect(search).toHaveValue(`gempa ${'panjang '.repeat(100)}`.slice(0, 500));
  await expect(page.getByText('No article matches this search.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await search.fill('');
  await page.getByLabel('Filter by status').selectOption('ready');
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Filter by rubric').selectOption('Ekonomi');
  await expect(rows).toHaveText([/Kafe baru di Medan/]);
  await search.fill('pedagang');
  // "pedagang" is in a draft the status filter leaves out: the filters are named, the article is not gone.
  await expect(page.getByText('No article matches this search with the chosen filters.')).toBeVisible();
  await page.getByLabel('Filter by status').selectOption('');
  await expect(rows).toHaveText([/Harga cabai naik/]);
});

test('the slug follows the headline, stays unique and can be edited', async ({ page, app }) => {
  await seedArticle(app, { headline: 'Jum’at Keramat: Café & Kopi di Düsseldorf' });
  await page.clock.install();
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Jum’at Keramat: Café & Kopi di Düsseldorf');
  await expectSaved(page);
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue(
    'jumat-keramat-cafe-dan-kopi-di-dusseldorf-2',
  );

  await page.getByLabel('Slug', { exact: true }).fill('Kopi Düsseldorf');
  await page.getByLabel('Lead').click();
  await expectSaved(page);
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('kopi-dusseldorf');
  await page.getByLabel('Headline').fill('Judul berubah, slug tetap');
  await expectSaved(page);
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('kopi-dusseldorf');

  await page.getByRole('button', { name: 'Use headline' }).click();
  await expect(page.getByLabel('Slug', { exact: true })).toBeFocused();
  await expectSaved(page);
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('judul-berubah-slug-tetap');

  // Typed in with a pause: the save's tidied form waits for the field to be left, so the hyphen
  // typed before the pause is still there when the typing goes on.
  await page.getByLabel('Slug', { exact: true }).fill('');
  await page.getByLabel('Slug', { exact: true }).pressSequentially('rob belawan-');
  await expectSaved(page);
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('rob belawan-');
  await page.getByLabel('Slug', { exact: true }).pressSequentially('2026');
  await page.getByLabel('Lead').click();
  await expectSaved(page);
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('rob-belawan-2026');

  // Straight from a changed headline into the slug: the field shows the new headline's slug as it
  // gets the focus, so what is selected there and pasted over is not changed under the selection.
  await page.getByRole('button', { name: 'Use headline' }).click();
  await expectSaved(page);
  await page.getByLabel('Headline').fill('Rob surut di Belawan');
  await page.getByLabel('Slug', { exact: true }).focus();
  expect(await page.getByLabel('Slug', { exact: true }).inputValue()).toBe('rob-surut-di-belawan');
  await page.keyboard.press('Control+a');
  // The editor's pause between selecting and pasting, longer than the preview's own: the page's
  // clock runs past it, so a preview still waiting to land would land now, under the selection.
  await page.clock.runFor(600);
  await page.keyboard.insertText('belawan-kering');
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('belawan-kering');
  await page.getByLabel('Lead').click();
  await expectSaved(page);
  expect((await callApi(app, 'articles.list', {})).map((article) => article.slug)).toContain(
    'belawan-kering',
  );
});

test('a filter no article can match any more is cleared, and said so, rather than left on unseen', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Banjir melanda Medan', rubric: 'Regional' });
  await seedArticle(app, { headline: 'Harga beras naik lagi', rubric: 'Ekonomi' });
  await openApp(page, app);
  const rows = page.locator('.rx-rows').getByRole('link');
  const rubric = page.getByLabel('Filter by rubric');
  await rubric.selectOption('Regional');
  await expect(rows).toHaveText([/Banjir melanda Medan/]);

  // The only Regional article moves to another rubric: back in the list, that filter is gone.
  await rows.first().click();
  await page.getByLabel('Rubric', { exact: true }).fill('Nasional');
  await page.getByLabel('Headline').click();
  await expectSaved(page);
  await page.getByRole('button', { name: /All articles/ }).click();
  await expect(page.getByRole('region', { name: 'Articles' }).locator('.rx-list-notice')).toHaveText(
    'No article has the rubric “Regional” any more: that filter is cleared.',
  );
  await expect(rubric).toHaveValue('');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Banjir melanda Medan' })).toBeFocused();

  // Filters alone matching nothing are not called a search.
  await page.getByLabel('Filter by status').selectOption('published');
  await expect(page.getByRole('region', { name: 'Articles' }).locator('.rx-list-notice')).toBeEmpty();
  await expect(page.getByText('No article matches the chosen filters.')).toBeVisible();
});

test('a source filter whose source was merged away is cleared, and said so', async ({ page, app }) => {
  const keep = await callApi(app, 'sources.create', { kind: 'person', name: 'Bobby Nasution' });
  const duplicate = await callApi(app, 'sources.create', { kind: 'person', name: 'Bobby Nasution (Walkot)' });
  const article = await seedArticle(app, { headline: 'Bobby resmikan jembatan', rubric: 'Kota' });
  await seedArticle(app, { headline: 'Harga beras naik lagi', rubric: 'Ekonomi' });
  await callApi(app, 'articles.setSources', {
    id: article.id,
    byHand: [{ sourceId: duplicate.id, role: 'quoted' }],
  });
  await openApp(page, app);
  const rows = page.locator('.rx-rows').getByRole('link');
  const source = page.getByLabel('Filter by source');
  await source.selectOption({ label: 'Bobby Nasution (Walkot)' });
  await expect(rows).toHaveText([/Bobby resmikan jembatan/]);

  await callApi(app, 'sources.merge', { keepId: keep.id, duplicateId: duplicate.id });
  await page.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Articles' }).locator('.rx-list-notice')).toHaveText(
    'The source the list was filtered by is no longer in the registry (merged or deleted): that filter is cleared.',
  );
  await expect(source).toHaveValue('');
  await expect(rows).toHaveCount(2);
  // The source kept lists the article now.
  await source.selectOption({ label: 'Bobby Nasution' });
  await expect(rows).toHaveText([/Bobby resmikan jembatan/]);
  await expect(page.getByRole('region', { name: 'Articles' }).locator('.rx-list-notice')).toBeEmpty();
});

test('the tag filter says when it lists only the most-used tags, and search still finds the others', async ({
  page,
  app,
}) => {
  for (let article = 0; article < 6; article += 1)
    await seedArticle(app, {
      headline: `Kumpulan tag ${article}`,
      tags: Array.from({ length: 100 }, (_, i) => `tag${article}x${i}`),
    });
  await seedArticle(app, { headline: 'Yang paling sering', tags: ['tag0x0'] });
  await openApp(page, app);
  const tag = page.getByLabel('Filter by tag');
  const note = tag.getByRole('option', {
    name: 'Only the 500 most-used tags are listed: search finds any tag.',
  });
  await expect(note).toBeDisabled();
  await expect(tag.getByRole('option')).toHaveCount(502);
  await tag.selectOption('tag0x0');
  await expect(page.locator('.rx-rows').getByRole('link')).toHaveCount(2);
  await tag.selectOption('');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('tag5x99');
  await expect(page.locator('.rx-rows').getByRole('link')).toHaveText([/Kumpulan tag 5/]);
});
