import { documentOf, paragraph, paragraphs, sourceMark, text } from '../unit/support/documents';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { caretAfter, selectText } from './support/selection';
import { article, createSourceInView, picker, tagWith, tags } from './support/sources';

test('a reporter tags two quotes and a sentence, creates a source from the picker, and the tags survive a reload', async ({
  page,
  app,
}) => {
  const watch = await openApp(page, app);
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await createSourceInView(page, 'Jake Sullivan', 'person', 'Penasihat Keamanan Nasional AS');
  await createSourceInView(page, 'Kremlin', 'organisation');
  const registry = page.getByRole('list', { name: 'Source registry' });
  await expect(registry.getByRole('button')).toHaveCount(2);
  await expect(registry).toContainText('Jake Sullivan');
  await expect(registry).toContainText('Person · Penasihat Keamanan Nasional AS');

  const id = await article(
    app,
    'Washington prihatin',
    paragraphs(
      '“Kami sangat prihatin atas pertemuan ini,” kata Sullivan.',
      '“Ini jelas melanggar resolusi Dewan Keamanan PBB,” ujarnya lagi.',
      'Pertemuan itu berlangsung selama empat jam di kosmodrom.',
      '“Rusia siap membantu Korea Utara,” kata Peskov.',
    ),
  );
  await openApp(page, app, `#/article/${id}`);
  await tagWith(page, '“Kami sangat prihatin atas pertemuan ini,”', 'Sull');
  await tagWith(page, '“Ini jelas melanggar resolusi Dewan Keamanan PBB,”', 'jake', 'shortcut');
  await tagWith(page, 'Pertemuan itu berlangsung selama empat jam', 'Krem');

  // Create a source on the spot from the picker, from the keyboard alone: Enter on a name the
  // registry does not have opens the form with the focus in Name; Escape goes back to the search.
  await selectText(page, '“Rusia siap membantu Korea Utara,”');
  await page.getByRole('button', { name: 'Tag source' }).click();
  const search = picker(page).getByRole('combobox', { name: 'Find a source' });
  await search.fill('Dmitry Peskov');
  await expect(picker(page).getByText('No source matches. Create it below.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(picker(page).getByLabel('Name')).toBeFocused();
  await expect(picker(page).getByLabel('Name')).toHaveValue('Dmitry Peskov');
  await page.keyboard.press('Escape');
  await expect(picker(page).getByLabel('Name')).toHaveCount(0);
  await expect(search).toBeFocused();
  // The Create source button does the same, and the form's Cancel also gives the search the focus.
  await picker(page).getByRole('button', { name: 'Create source' }).focus();
  await page.keyboard.press('Enter');
  await expect(picker(page).getByLabel('Name')).toBeFocused();
  await picker(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(search).toBeFocused();
  await picker(page).getByRole('button', { name: 'Create source' }).click();
  await expect(picker(page).getByLabel('Name')).toBeFocused();
  await picker(page).getByLabel('Role or title').fill('Juru bicara Kremlin');
  await picker(page).getByRole('button', { name: 'Create and tag' }).click();
  await expect(picker(page)).toBeHidden();

  const expected = [
    ['“Kami sangat prihatin atas pertemuan ini,”', 'Source: Jake Sullivan'],
    ['“Ini jelas melanggar resolusi Dewan Keamanan PBB,”', 'Source: Jake Sullivan'],
    ['Pertemuan itu berlangsung selama empat jam', 'Source: Kremlin'],
    ['“Rusia siap membantu Korea Utara,”', 'Source: Dmitry Peskov'],
  ];
  const check = async () => {
    await expect(tags(page)).toHaveText(expected.map(([words]) => words!));
    for (const [index, [, title]] of expected.entries())
      await expect(tags(page).nth(index)).toHaveAttribute('title', title!);
  };
  await check();
  await expectSaved(page);
  const sources = page.getByRole('region', { name: 'Sources in this article' });
  await expect(sources.getByRole('listitem')).toHaveText([
    /Jake Sullivan\s+Quoted · tagged 2×/,
    /Kremlin\s+Cited · tagged 1×/,
    /Dmitry Peskov\s+Quoted · tagged 1×/,
  ]);

  // Undo takes the last tag off, redo puts it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tags(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(tags(page)).toHaveCount(4);
  await expectSaved(page);

  await page.reload();
  await expect(body(page)).toBeVisible();
  await check();
  // The caret inside a tag names its source in a popover.
  await caretAfter(page, 'Pertemuan itu');
  await expect(page.locator('.rx-source-chip')).toHaveText('Source: Kremlin');
  expect(watch.problems).toEqual([]);
});

test('re-tagging and untagging a span, and a copy pasted within the article keeps its tag', async ({
  page,
  app,
}) => {
  const sullivan = await callApi(app, 'sources.create', { kind: 'person', name: 'Jake Sullivan' });
  await callApi(app, 'sources.create', { kind: 'organisation', name: 'Gedung Putih' });
  const id = await article(
    app,
    'Tag ulang',
    documentOf(
      paragraph(sourceMark(sullivan.id, text('“Kami sangat prihatin sekali,”')), text(' kata Sullivan.')),
      paragraph(text('Paragraf kedua.')),
    ),
  );
  await openApp(page, app, `#/article/${id}`);
  await expect(tags(page)).toHaveAttribute('title', 'Source: Jake Sullivan');

  // Copy the tagged words and paste them into the second paragraph: the copy is tagged too.
  await selectText(page, '“Kami sangat prihatin sekali,”');
  await page.keyboard.press('Control+c');
  await caretAfter(page, 'Paragraf kedua.');
  await page.keyboard.press('Control+v');
  await expect(tags(page)).toHaveCount(2);
  await expect(tags(page).nth(1)).toHaveAttribute('title', 'Source: Jake Sullivan');

  // Re-tag the first span from inside it, then untag the second.
  await caretAfter(page, '“Kami');
  await page.getByRole('button', { name: 'Tag source' }).click();
  await expect(picker(page).getByText('Tagged: Jake Sullivan')).toBeVisible();
  await picker(page).getByRole('combobox', { name: 'Find a source' }).fill('Gedung');
  await picker(page)
    .getByRole('option', { name: /Gedung Putih/ })
    .click();
  await expect(tags(page).first()).toHaveAttribute('title', 'Source: Gedung Putih');
  await caretAfter(page, '“Kami', 1);
  await page.keyboard.press('Control+Alt+s');
  await picker(page).getByRole('button', { name: 'Remove source tag' }).click();
  await expect(tags(page)).toHaveCount(1);
  await expect(body(page)).toContainText('Paragraf kedua.“Kami sangat prihatin sekali,”');
});

test('tagging a triple-clicked paragraph tags that paragraph only, and the next one keeps its own tag', async ({
  page,
  app,
}) => {
  const sullivan = await callApi(app, 'sources.create', { kind: 'person', name: 'Jake Sullivan' });
  await callApi(app, 'sources.create', { kind: 'organisation', name: 'Gedung Putih' });
  const id = await article(
    app,
    'Klik tiga kali',
    documentOf(
      paragraph(text('Gedung Putih mengeluarkan pernyataan.')),
      paragraph(sourceMark(sullivan.id, text('“Kami sangat prihatin,” kata Sullivan.'))),
    ),
  );
  await openApp(page, app, `#/article/${id}`);
  // A triple-click selects the paragraph up to the start of the next one.
  await body(page).getByText('Gedung Putih mengeluarkan').click({ clickCount: 3 });
  await page.getByRole('button', { name: 'Tag source' }).click();
  await expect(picker(page).getByText('Tagged:')).toHaveCount(0);
  await picker(page).getByRole('combobox', { name: 'Find a source' }).fill('Gedung');
  await page.keyboard.press('Enter');
  await expect(tags(page)).toHaveCount(2);
  await expect(tags(page).nth(0)).toHaveAttribute('title', 'Source: Gedung Putih');
  await expect(tags(page).nth(1)).toHaveAttribute('title', 'Source: Jake Sullivan');
  await expectSaved(page);
  const stored = await callApi(app, 'articles.get', { id });
  expect(stored.body.root.children.map((block) => block.children?.[0]?.type)).toEqual(['source', 'source']);
  expect(stored.body.root.children[1]!.children![0]!.sourceId).toBe(sullivan.id);
});

test('merging two sources moves the article’s tags to the one kept', async ({ page, app }) => {
  const keep = await callApi(app, 'sources.create', { kind: 'person', name: 'Jake Sullivan' });
  const duplicate = await callApi(app, 'sources.create', { kind: 'person', name: 'J. Sullivan' });
  const id = await article(
    app,
    'Reaksi Gedung Putih',
    documentOf(
      paragraph(sourceMark(duplicate.id, text('“Ini melanggar sanksi PBB,”')), text(' kata Sullivan.')),
    ),
  );
  await openApp(page, app, `#/sources/${keep.id}`);
  const detail = page.getByRole('region', { name: 'Jake Sullivan' });
  await expect(detail.getByRole('region', { name: 'Used in' })).toContainText(
    'No article uses this source yet.',
  );
  await detail.getByLabel('Duplicate to merge').selectOption({ label: 'J. Sullivan' });
  await detail.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(detail.getByRole('alertdialog')).toContainText('Merge “J. Sullivan” into “Jake Sullivan”?');
  await detail.getByRole('button', { name: 'Yes, merge' }).click();
  await expect(detail.locator('.rx-ok[role="status"]')).toHaveText(
    'Merged “J. Sullivan” into “Jake Sullivan”: 1 article changed.',
  );
  await expect(page.getByRole('list', { name: 'Source registry' }).getByRole('button')).toHaveCount(1);
  await detail.getByRole('link', { name: 'Reaksi Gedung Putih' }).click();
  await expect(page).toHaveURL(new RegExp(`#/article/${id}$`));
  await expect(tags(page)).toHaveAttribute('title', 'Source: Jake Sullivan');
  const stored = await callApi(app, 'articles.get', { id });
  expect(JSON.stringify(stored.body)).toContain(keep.id);
  expect(JSON.stringify(stored.body)).not.toContain(duplicate.id);
});

test('the desk adds a source by hand as syndicated, and rewrites the generated "Dikutip dari" line', async ({
  page,
  app,
}) => {
  await callApi(app, 'sources.create', { kind: 'outlet', name: 'Voice of America (VoA)' });
  const id = await article(app, 'Sindikasi', paragraphs('Isi berita dari mitra.'));
  await openApp(page, app, `#/article/${id}`);
  const panel = page.getByRole('region', { name: 'Sources in this article' });
  await expect(panel).toContainText('Origin: Own reporting');
  await panel.getByLabel('Source to add').selectOption({ label: 'Voice of America (VoA)' });
  // Cited unless the desk says otherwise: syndication changes the credit line, so it is chosen.
  await expect(panel.getByLabel('Role')).toHaveValue('cited');
  await panel.getByLabel('Role').selectOption('syndicated');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panel.getByRole('listitem')).toHaveText([
    /Voice of America \(VoA\)\s+Syndicated from · added by hand/,
  ]);
  await expect(panel).toContainText('Origin: Syndicated from Voice of America (VoA)');
  const line = panel.getByLabel('Quoted-from line');
  await expect(line).toHaveAttribute('placeholder', 'Dikutip dari Voice of America (VoA)');
  await line.fill('Dikutip dari siaran berita Voice of America (VoA)');
  await line.blur();
  await expect
    .poll(async () => (await callApi(app, 'articles.sources', { id })).quotedFrom)
    .toBe('Dikutip dari siaran berita Voice of America (VoA)');
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Sources in this article' }).getByLabel('Quoted-from line'),
  ).toHaveValue('Dikutip dari siaran berita Voice of America (VoA)');
  await page.getByRole('button', { name: 'Remove Voice of America (VoA)' }).click();
  await expect(page.getByRole('region', { name: 'Sources in this article' })).toContainText(
    'Origin: Own reporting',
  );
});

test('two windows adding sources keep each other’s, and the Quoted-from line is saved by Ctrl+S and by leaving', async ({
  page,
  app,
}) => {
  await callApi(app, 'sources.create', { kind: 'person', name: 'Budi Santoso' });
  await callApi(app, 'sources.create', { kind: 'outlet', name: 'Kompas' });
  const id = await article(app, 'Dua jendela', paragraphs('Isi berita.'));
  const other = await page.context().newPage();
  await openApp(other, app, `#/article/${id}`);
  await openApp(page, app, `#/article/${id}`);
  const add = async (window: typeof page, name: string) => {
    const panel = window.getByRole('region', { name: 'Sources in this article' });
    await panel.getByLabel('Source to add').selectOption({ label: name });
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(panel.getByRole('listitem').filter({ hasText: name })).toBeVisible();
  };
  await add(page, 'Budi Santoso');
  // The other window opened before Budi was added, and still shows none.
  await add(other, 'Kompas');
  await expect
    .poll(async () =>
      (await callApi(app, 'articles.sources', { id })).entries.map((entry) => entry.source.name).sort(),
    )
    .toEqual(['Budi Santoso', 'Kompas']);
  await other.close();

  // Typed, then Ctrl+S at once (no pause, no leaving the field), then a reload.
  const line = page.getByRole('region', { name: 'Sources in this article' }).getByLabel('Quoted-from line');
  await line.fill('Dikutip dari Kompas');
  await page.keyboard.press('Control+s');
  await expect
    .poll(async () => (await callApi(app, 'articles.sources', { id })).quotedFrom)
    .toBe('Dikutip dari Kompas');
  // Typed, then straight back to the list: leaving waits for it.
  await page.reload();
  await line.fill('Dikutip dari Kompas dan Budi');
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expect(page.getByRole('link', { name: /Dua jendela/ })).toBeVisible();
  expect((await callApi(app, 'articles.sources', { id })).quotedFrom).toBe('Dikutip dari Kompas dan Budi');
});

test('a direct quote with no source is flagged beside its paragraph until it is tagged', async ({
  page,
  app,
}) => {
  await callApi(app, 'sources.create', { kind: 'person', name: 'Dmitry Peskov' });
  const id = await article(
    app,
    'Kutipan',
    paragraphs(
      '“Rusia siap membantu Korea Utara,” kata Peskov.',
      'Kalimat biasa tanpa kutipan.',
      '„Kami tidak tahu apa-apa,“ kata warga. "Kami hanya menunggu kabar," tambahnya.',
    ),
  );
  await openApp(page, app, `#/article/${id}`);
  const flagged = body(page).locator('[data-quote-hint]');
  await expect(flagged).toHaveCount(2);
  await expect(flagged.first()).toHaveText('“Rusia siap membantu Korea Utara,” kata Peskov.');
  await expect(flagged.first()).toHaveAttribute('data-quote-hint', 'Quote without a source');
  const hints = page.getByRole('region', { name: 'Quotes without a source' });
  // Each quote is counted and listed, both of the one paragraph's too.
  await expect(hints).toContainText('3 direct quotes have no source tag.');
  await expect(hints.getByRole('listitem')).toHaveCount(3);
  await expect(hints.getByRole('listitem').nth(2)).toContainText('Kami hanya menunggu kabar');

  await tagWith(page, 'kata Peskov', 'Peskov');
  await expect(flagged).toHaveCount(1);
  await expect(hints).toContainText('2 direct quotes have no source tag.');
  await tagWith(page, 'kata warga', 'Peskov');
  await expect(flagged).toHaveCount(0);
  await expect(hints).toBeHidden();
});

test('the article list filters by source and by tag, and the Tags field suggests tags already used', async ({
  page,
  app,
}) => {
  const sullivan = await callApi(app, 'sources.create', { kind: 'person', name: 'Jake Sullivan' });
  const voa = await callApi(app, 'sources.create', { kind: 'outlet', name: 'Voice of America' });
  await article(
    app,
    'Washington prihatin',
    documentOf(paragraph(sourceMark(sullivan.id, text('Kami prihatin.')))),
    {
      tags: ['Korea Utara', 'Amerika Serikat'],
    },
  );
  const syndicated = await article(app, 'Dari VoA', paragraphs('Isi.'), { tags: ['Korea Utara', 'Rusia'] });
  await callApi(app, 'articles.setSources', {
    id: syndicated,
    byHand: [{ sourceId: voa.id, role: 'syndicated' }],
    quotedFrom: '',
  });
  await article(app, 'Banjir di Medan', paragraphs('Hujan.'), { tags: ['Cuaca'] });

  await openApp(page, app);
  const rows = page.getByRole('list', { name: /articles?$/ }).getByRole('link');
  await expect(rows).toHaveCount(3);
  await page.getByLabel('Filter by source').selectOption({ label: 'Jake Sullivan' });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Washington prihatin');
  await page.getByLabel('Filter by source').selectOption({ label: 'Voice of America' });
  await expect(rows).toHaveText([/Dari VoA/]);
  await page.getByLabel('Filter by source').selectOption({ label: 'All sources' });
  await page.getByLabel('Filter by tag').selectOption({ label: 'Korea Utara' });
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Filter by tag').selectOption({ label: 'Cuaca' });
  await expect(rows).toHaveText([/Banjir di Medan/]);

  await rows.first().click();
  const field = page.getByRole('combobox', { name: 'Tags' });
  await field.fill('Cuaca, kor');
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option')).toHaveText(['Korea Utara']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('Cuaca, Korea Utara, ');
  await expectSaved(page);
  expect((await callApi(app, 'articles.list', { tag: 'korea utara' })).length).toBe(3);
});
