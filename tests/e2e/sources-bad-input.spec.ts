import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentOf, paragraph, text } from '../unit/support/documents';
import { pageBreak } from '../unit/support/export-fixture';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { caretAfter, selectText } from './support/selection';
import {
  article,
  createSourceInView,
  importPhoto,
  newSourceForm,
  picker,
  tagWith,
  tags,
} from './support/sources';

test('bad input: empty selection, across a page break or a photo, a 300-character name, markup in a name', async ({
  page,
  app,
}) => {
  const watch = await openApp(page, app, '#/sources');
  const photoId = await importPhoto(app);
  const id = await article(
    app,
    'Dua halaman',
    documentOf(
      paragraph(text('Halaman pertama berisi pernyataan polisi.')),
      pageBreak(),
      paragraph(text('Halaman kedua berisi tanggapan warga.')),
    ),
  );
  const withPhoto = await article(
    app,
    'Dengan foto',
    documentOf(
      paragraph(text('Sebelum foto ada tanggapan warga.')),
      { type: 'photo', version: 1, photoId, caption: 'KOSMODROM: Foto.', credit: 'AFP', altText: 'Roket' },
      paragraph(text('Sesudah foto ada penutup.')),
    ),
  );

  // A name of exactly 300 characters is kept; one more is refused in plain words.
  const long = 'N'.repeat(300);
  await createSourceInView(page, long, 'person');
  await expect(page.getByRole('region', { name: long })).toBeVisible();
  await createSourceInView(page, `${long}X`, 'person', '', true);
  await expect(page.getByRole('region', { name: 'New source' }).getByRole('alert')).toHaveText(
    'A source name can be at most 300 characters (this one has 301).',
  );
  await page.getByRole('region', { name: 'New source' }).getByRole('button', { name: 'Cancel' }).click();

  // Markup in a name is shown as the text typed, everywhere.
  const markup = '<img src=x onerror="window.__pwned=1"> <b>Humas</b> Polda';
  await createSourceInView(page, markup, 'organisation');
  await expect(page.getByRole('list', { name: 'Source registry' })).toContainText(markup);
  await expect(page.locator('img[src="x"], b:text("Humas")')).toHaveCount(0);

  // The 300-letter name, an option of the source dropdowns, pushes none of them past the window: in
  // the source's Merge choice, the article list's source filter, and the article's Add a source.
  // (What sticks out past the window, named: none.)
  const pastWindow = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .join(' '),
    );
  await page.getByRole('list', { name: 'Source registry' }).getByRole('button', { name: /Humas/ }).click();
  await expect(
    page.getByRole('combobox').filter({ has: page.locator(`option:text("${long}")`) }),
  ).toHaveCount(1);
  expect(await pastWindow()).toBe('');
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expect(page.getByLabel('Filter by source')).toContainText(long);
  expect(await pastWindow()).toBe('');

  await openApp(page, app, `#/article/${id}`);
  await page.getByRole('combobox', { name: 'Source to add' }).focus();
  await expect(page.getByRole('combobox', { name: 'Source to add' })).toContainText(long);
  expect(await pastWindow()).toBe('');
  const before = await callApi(app, 'articles.get', { id });
  // A caret with no selection: refused, nothing changes.
  await caretAfter(page, 'Halaman pertama');
  await page.getByRole('button', { name: 'Tag source' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Select the words to attribute first/);
  await expect(picker(page)).toBeHidden();
  // A selection across the page break: refused, nothing changes.
  await selectText(page, 'pernyataan polisi', 'Halaman kedua');
  await page.getByRole('button', { name: 'Tag source' }).click();
  await expect(page.getByRole('alert')).toHaveText(/can’t cross a page break/);
  await expect(picker(page)).toBeHidden();
  await expect(tags(page)).toHaveCount(0);
  await expect(body(page).locator('[data-page-break], .rx-page-break')).toHaveCount(1);

  // Tagging with the markup-named source shows the name as text, and the export escapes it.
  await tagWith(page, 'pernyataan polisi', 'Humas');
  await expect(tags(page)).toHaveAttribute('title', `Source: ${markup}`);
  await expectSaved(page);
  const after = await callApi(app, 'articles.get', { id });
  expect(after.body.root.children).toHaveLength(before.body.root.children.length);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-sources-'));
  const result = await callApi(app, 'export.run', { id, folder: out, zip: false, acceptWarnings: true });
  for (const file of ['index.html', 'page-2.html', 'all.html']) {
    const html = fs.readFileSync(path.join(result.folder, file), 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Humas');
  }
  expect(fs.readFileSync(path.join(result.folder, 'index.html'), 'utf8')).toContain(
    'title="&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; &lt;b&gt;Humas&lt;/b&gt; Polda"',
  );
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // A selection across a photo: refused, nothing changes.
  await openApp(page, app, `#/article/${withPhoto}`);
  await selectText(page, 'tanggapan warga', 'Sesudah foto');
  await page.getByRole('button', { name: 'Tag source' }).click();
  await expect(page.getByRole('alert')).toHaveText(/can’t cross a photo/);
  await expect(picker(page)).toBeHidden();
  await expect(tags(page)).toHaveCount(0);
  expect(watch.problems).toEqual([]);
});

test('the New source form: a name of zero-width characters is refused, Escape cancels and gives the focus back', async ({
  page,
  app,
}) => {
  await openApp(page, app, '#/sources');
  const form = await newSourceForm(page);
  await form.getByLabel('Name').fill('\u200b\u200b');
  await form.getByRole('button', { name: 'Create source' }).click();
  await expect(form.getByText('A source needs a name.')).toBeVisible();
  expect(await callApi(app, 'sources.list', {})).toEqual([]);
  await form.getByLabel('Name').press('Escape');
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New source' })).toBeFocused();
});

test('a name already in the registry is pointed out while typing a new source (case and accents aside)', async ({
  page,
  app,
}) => {
  const existing = await callApi(app, 'sources.create', {
    kind: 'person',
    name: 'José Ramos-Horta',
    role: '',
    organisation: '',
    url: '',
    notes: '',
  });
  await openApp(page, app, '#/sources');
  // Its own form says nothing about itself.
  await page.getByRole('list', { name: 'Source registry' }).getByRole('button').first().click();
  const detail = page.getByRole('region', { name: existing.name });
  await expect(detail.getByLabel('Name')).toHaveValue('José Ramos-Horta');
  await page.waitForTimeout(400);
  await expect(detail.getByText('Already in the registry', { exact: false })).toHaveCount(0);

  const form = await newSourceForm(page);
  await form.getByLabel('Name').fill('jose  ramos-horta');
  await expect(form.getByRole('status')).toHaveText(
    'Already in the registry: José Ramos-Horta (Person). Use that one, unless this is someone else.',
  );
  await form.getByLabel('Name').fill('José Ramos');
  await expect(form.getByRole('status')).toBeEmpty();
});

test('the New source form stops each field at its longest, so an overlong role, address or note is kept cut, not refused', async ({
  page,
  app,
}) => {
  await openApp(page, app, '#/sources');
  const form = await newSourceForm(page);
  await form.getByLabel('Name').fill('Humas Polda');
  await form.getByLabel('Role or title').fill('r'.repeat(400));
  await form.getByLabel('Organisation').fill('o'.repeat(400));
  await form.getByLabel('Web address').fill(`https://contoh.id/${'a'.repeat(2_100)}`);
  await form.getByLabel('Notes').fill('n'.repeat(4_100));
  await form.getByRole('button', { name: 'Create source' }).click();
  await expect(form).toHaveCount(0);
  const [stored] = await callApi(app, 'sources.list', {});
  expect([
    stored!.role.length,
    stored!.organisation.length,
    stored!.url.length,
    stored!.notes.length,
  ]).toEqual([300, 300, 2_000, 4_000]);
});

test('the New source form says an address naming a user or password will not be published', async ({
  page,
  app,
}) => {
  await openApp(page, app, '#/sources');
  const form = await newSourceForm(page);
  const said =
    'This address will not be published: leave out the user name and password (the part before @), which every reader would see.';
  await form.getByLabel('Web address').fill('https://arsip:rahasia@arsip.example/berita');
  await expect(form.getByText(said)).toBeVisible();
  await form.getByLabel('Web address').fill('https://arsip.example/berita');
  await expect(form.getByText(said)).toHaveCount(0);
});
