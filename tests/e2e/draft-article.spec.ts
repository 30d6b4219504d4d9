import { test, expect, openApp, body, expectSaved, saveStatus } from './support/fixtures';
import { callApi, seedArticle } from './support/api';
import { articleWithPhoto } from './support/sources';
import { nextFrame } from './support/selection';

// The body's text, block by block, as typed below (for the character count).
const BODY_TEXT = [
  'Paragraf pembuka tentang pertemuan itu.',
  'Latar belakang',
  '“Kami siap bekerja sama,” kata Putin.',
  'Poin satu',
  'Poin dua',
  'Langkah pertama',
  'tebal miring garis coret sumber',
];

test('an editor drafts a full article, closes the app, reopens it and finds everything as left', async ({
  page,
  app,
  restart,
}) => {
  const watch = await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  // The list has a Rubric filter too: wait until the article's own form is there.
  await expect(page.getByLabel('Headline')).toBeVisible();

  await page.getByLabel('Rubric').fill('Internasional');
  await page.getByLabel('Headline').fill('Kim Jong Un dan Putin Bertemu di Kosmodrom Vostochny');
  await page.getByLabel('Lead').fill('Pertemuan kedua pemimpin membahas kerja sama militer.');
  await page.getByLabel('Writers').fill('Ani Lestari, Budi Santoso');
  await page.getByLabel('Editor', { exact: true }).fill('Citra Dewi');
  await page.getByLabel('Dateline').fill('TRIBUN-MEDAN.COM');
  await page.getByLabel('Place').fill('Vladivostok');
  await page.getByLabel('Tags').fill('Kim Jong Un, Korea Utara, Rusia');
  await page.getByLabel('Status').selectOption('ready');

  const editor = body(page);
  await editor.click();
  await page.keyboard.type('Paragraf pembuka tentang pertemuan itu.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Heading' }).click();
  await page.keyboard.type('Latar belakang');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Quote' }).click();
  await page.keyboard.type('“Kami siap bekerja sama,” kata Putin.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Quote' }).click();
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('Poin satu');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Poin dua');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Numbered list' }).click();
  await page.keyboard.type('Langkah pertama');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('tebal');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' ');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('miring');
  await page.keyboard.press('Control+i');
  await page.keyboard.type(' ');
  await page.keyboard.press('Control+u');
  await page.keyboard.type('garis');
  await page.keyboard.press('Control+u');
  await page.keyboard.type(' ');
  await page.keyboard.press('Control+Shift+x');
  await page.keyboard.type('coret');
  await page.keyboard.press('Control+Shift+x');
  await page.keyboard.type(' sumber');
  // Select the word "sumber" and link it with Ctrl+K.
  for (let i = 0; i < 'sumber'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  // Lexical reads the selection from the browser's selectionchange event: let it arrive first.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('sumber');
  await nextFrame(page);
  await page.keyboard.press('Control+k');
  const linkBox = page.getByRole('dialog', { name: 'Link' });
  await linkBox.getByLabel('Link address').fill('voaindonesia.com/berita');
  await linkBox.getByRole('button', { name: 'Apply' }).click();

  await expect(editor.locator('h2')).toHaveText('Latar belakang');
  await expect(editor.locator('blockquote')).toHaveText('“Kami siap bekerja sama,” kata Putin.');
  await expect(editor.locator('ul > li')).toHaveText(['Poin satu', 'Poin dua']);
  await expect(editor.locator('ol > li')).toHaveText(['Langkah pertama']);
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://voaindonesia.com/berita');
  await expect(page.getByText(/^\d+ words$/)).toHaveText('24 words');
  await expect(page.getByText(/^\d+ characters$/)).toHaveText(`${[...BODY_TEXT.join('')].length} characters`);
  await expectSaved(page);

  // Close the app (the server stops) and reopen it on the same data folder.
  const reopened = await restart();
  await openApp(page, reopened);
  const row = page.getByRole('link', { name: /Kim Jong Un dan Putin Bertemu/ });
  await expect(row).toContainText('Internasional');
  await expect(row).toContainText('Ready');
  await row.click();

  await expect(page.getByLabel('Rubric')).toHaveValue('Internasional');
  await expect(page.getByLabel('Headline')).toHaveValue(
    'Kim Jong Un dan Putin Bertemu di Kosmodrom Vostochny',
  );
  await expect(page.getByLabel('Lead')).toHaveValue('Pertemuan kedua pemimpin membahas kerja sama militer.');
  await expect(page.getByLabel('Writers')).toHaveValue('Ani Lestari, Budi Santoso');
  await expect(page.getByLabel('Editor', { exact: true })).toHaveValue('Citra Dewi');
  await expect(page.getByLabel('Dateline')).toHaveValue('TRIBUN-MEDAN.COM');
  await expect(page.getByLabel('Place')).toHaveValue('Vladivostok');
  await expect(page.getByLabel('Tags')).toHaveValue('Kim Jong Un, Korea Utara, Rusia');
  await expect(page.getByLabel('Status')).toHaveValue('ready');
  await expect(page.getByLabel('Slug')).toHaveValue('kim-jong-un-dan-putin-bertemu-di-kosmodrom-vostochny');
  const reopenedBody = body(page);
  await expect(reopenedBody.locator('p').first()).toHaveText('Paragraf pembuka tentang pertemuan itu.');
  await expect(reopenedBody.locator('h2')).toHaveText('Latar belakang');
  await expect(reopenedBody.locator('blockquote')).toHaveText('“Kami siap bekerja sama,” kata Putin.');
  await expect(reopenedBody.locator('ul > li')).toHaveText(['Poin satu', 'Poin dua']);
  await expect(reopenedBody.locator('ol > li')).toHaveText(['Langkah pertama']);
  await expect(reopenedBody.locator('strong')).toHaveText('tebal');
  await expect(reopenedBody.locator('em')).toHaveText('miring');
  await expect(reopenedBody.locator('.rx-underline')).toHaveText('garis');
  await expect(reopenedBody.locator('.rx-strike')).toHaveText('coret');
  await expect(reopenedBody.locator('a')).toHaveText('sumber');
  await expect(reopenedBody.locator('a')).toHaveAttribute('href', 'https://voaindonesia.com/berita');
  await expect(page.getByText('24 words')).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Saved');
  expect(watch.problems).toEqual([]);
});

test('undo and redo work from the keyboard and the toolbar', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const editor = body(page);
  await editor.click();
  await page.keyboard.type('Kalimat pertama.');
  await page.waitForTimeout(1_200); // Lexical merges typing less than a second apart into one undo step.
  await page.keyboard.type(' Kalimat kedua.');
  await expect(editor).toHaveText('Kalimat pertama. Kalimat kedua.');

  const words = page.getByText(/^\d+ words?$/);
  await expect(words).toHaveText('4 words');
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('Kalimat pertama.');
  // The count follows undo and redo (they put back whole states; every block is counted again).
  await expect(words).toHaveText('2 words');
  await page.keyboard.press('Control+Shift+z');
  await expect(editor).toHaveText('Kalimat pertama. Kalimat kedua.');
  await expect(words).toHaveText('4 words');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor).toHaveText('Kalimat pertama.');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(editor).toHaveText('Kalimat pertama. Kalimat kedua.');
  await expectSaved(page);
});

test('Ctrl+S commits at once, and an acknowledged save survives a killed process', async ({
  page,
  app,
  restart,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Berita yang harus selamat');
  await body(page).click();
  await page.keyboard.type('Teks yang sudah disimpan.');
  await page.keyboard.press('Control+s');
  await expectSaved(page);

  // Kill the backend without warning: what was acknowledged must be on disk.
  await app.stop('SIGKILL');
  const reopened = await restart();
  await openApp(page, reopened);
  await page.getByRole('link', { name: /Berita yang harus selamat/ }).click();
  await expect(body(page)).toHaveText('Teks yang sudah disimpan.');
});

test('a photo caption or credit typed a moment ago goes with Ctrl+S, with leaving, and holds a closing tab', async ({
  page,
  app,
}) => {
  const id = await articleWithPhoto(app, 'Foto di artikel', 'Warga');
  await openApp(page, app, `#/article/${id}`);
  const figure = body(page).locator('figure');
  const storedPhoto = async () => (await callApi(app, 'articles.get', { id })).body.root.children[1];

  // Ctrl+S straight after typing, before the field's pause: "Saved" includes the caption.
  await figure.getByLabel('Caption').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' mengungsi');
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  expect(await storedPhoto()).toMatchObject({ caption: 'Warga mengungsi' });

  // Closing the tab straight after typing: the browser asks first (the credit is not saved yet).
  await figure.getByLabel('Credit').click();
  await page.keyboard.press('End');
  await page.keyboard.type('/ANTARA');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  // The close attempt committed and saved it: staying, the credit is stored.
  await expect.poll(async () => ((await storedPhoto()) as { credit?: string }).credit).toBe('Kredit/ANTARA');

  // Leaving straight after typing: the alt text goes into the article before the list shows.
  await figure.getByLabel('Alt text').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' di perahu');
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expect(page.getByRole('link', { name: /Foto di artikel/ })).toBeVisible();
  expect(await storedPhoto()).toMatchObject({ altText: 'Alt di perahu' });
});

test('leaving the field saves on blur, and leaving the article saves before the list shows', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Judul sementara');
  await page.getByLabel('Lead').click(); // blur the headline
  await expectSaved(page);
  // Moving on to the next field saves the one left at once, while the next one is still being typed in
  // (a typist's pace: no pause long enough for the autosave, well inside its 5 s longest wait).
  await page.getByLabel('Editor', { exact: true }).fill('Citra Dewi');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Dateline')).toBeFocused();
  await page.keyboard.type('MEDAN', { delay: 250 });
  const [draft] = await callApi(app, 'articles.list', {});
  expect((await callApi(app, 'articles.get', { id: draft!.id })).editor).toBe('Citra Dewi');
  await body(page).click();
  await page.keyboard.type('Isi terakhir');
  await page.getByRole('button', { name: /All articles/ }).click();
  const row = page.getByRole('link', { name: /Judul sementara/ });
  await expect(row).toBeVisible();
  await row.click();
  await expect(body(page)).toHaveText('Isi terakhir');
});

test('text pasted past a field’s limit is cut there, so the article still saves', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const long = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');
  await page.getByLabel('Headline').fill(long('Banjir', 100)); // 699 characters
  await page.getByLabel('Lead').fill(long('Air', 600)); // 2,399 characters
  await page.getByLabel('Writers').fill(`${'Ani '.repeat(40)}, Budi`);
  await page.getByLabel('Editor').click();
  await expectSaved(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const [summary] = await callApi(app, 'articles.list', {});
  const article = await callApi(app, 'articles.get', { id: summary!.id });
  expect(article.headline).toHaveLength(500);
  expect(article.lead).toHaveLength(2_000);
  expect(article.writers).toEqual([`${'Ani '.repeat(30)}`.trim(), 'Budi']);

  // A headline pasted over several lines (blank ones too) becomes one line, one space per break.
  await page.getByLabel('Headline').fill('');
  await page.getByLabel('Headline').focus();
  await page.keyboard.insertText('Baris satu\nBaris dua\n\nBaris tiga');
  await expect(page.getByLabel('Headline')).toHaveValue('Baris satu Baris dua Baris tiga');

  // Writers and tags read, once the field is left, as they are saved: once each, whatever the case.
  await page.getByLabel('Writers').fill('Budi ,, Sari, budi ,');
  await page.getByLabel('Tags').fill('Banjir, banjir, BANJIR , ,');
  await page.getByLabel('Headline').click();
  await expect(page.getByLabel('Writers')).toHaveValue('Budi, Sari');
  await expect(page.getByLabel('Tags')).toHaveValue('Banjir');
});

test('setting the status to Published shows when the article was first published, and keeps it', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Banjir surut');
  await expect(page.getByText(/^First published/)).toHaveCount(0);
  await page.getByLabel('Status').selectOption('published');
  await expectSaved(page);
  const stamp = page.getByText(/^First published /);
  await expect(stamp).toBeVisible();
  const [summary] = await callApi(app, 'articles.list', {});
  const { publishedAt } = await callApi(app, 'articles.get', { id: summary!.id });
  await expect(stamp.locator('xpath=self::time|.//time').first()).toHaveAttribute('datetime', publishedAt!);
  // Back to draft for a correction: the date of the first publication stays.
  await page.getByLabel('Status').selectOption('draft');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByText(/^First published /)).toBeVisible();
  // Its address stays: a corrected headline no longer moves the slug.
  await expect(page.getByLabel('Slug')).toHaveValue('banjir-surut');
  await page.getByLabel('Headline').fill('Banjir surut di Medan Utara');
  await expect(page.getByLabel('Slug')).toHaveValue('banjir-surut');
  await page.getByLabel('Lead').click();
  await expectSaved(page);
  expect((await callApi(app, 'articles.get', { id: summary!.id })).slug).toBe('banjir-surut');
  // Edited by hand, a published address has no headline to go back to: no Use headline.
  await page.getByLabel('Slug').fill('banjir-surut-medan');
  await page.getByLabel('Lead').click();
  await expectSaved(page);
  await expect(page.getByRole('button', { name: 'Use headline' })).toHaveCount(0);
});

test('a save sends only the paragraphs that changed, and undo saves the body back as it was', async ({
  page,
  app,
}) => {
  const lines = Array.from({ length: 300 }, (_, i) => `Paragraf ${i + 1} tentang banjir di Medan.`);
  const seeded = await seedArticle(app, { headline: 'Artikel panjang', body: lines });
  const saves: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/articles.save'))
      saves.push(request.postDataJSON() as Record<string, unknown>);
  });
  await openApp(page, app);
  await page.getByRole('link', { name: /Artikel panjang/ }).click();
  const paragraph = body(page).locator('p').nth(149);
  await paragraph.click();
  // While the body has focus, React is told not to walk it before each commit (ReactCommitPlugin);
  // the browser and assistive technology still see an editable text box.
  const editable = () =>
    body(page).evaluate((root: HTMLElement) => [
      root.contentEditable,
      root.getAttribute('contenteditable'),
      root.isContentEditable,
    ]);
  expect(await editable()).toEqual(['inherit', 'true', true]);
  await page.keyboard.press('End');
  await page.keyboard.type(' Air surut.');
  await page.keyboard.press('Control+s');
  await expectSaved(page);

  expect(saves.at(-1)).not.toHaveProperty('body');
  expect(saves.at(-1)!.bodyChanges).toMatchObject({
    splices: [{ start: 149, deleteCount: 1, blocks: [{ type: 'paragraph' }] }],
    blockCount: 300,
  });
  const stored = await callApi(app, 'articles.get', { id: seeded.id });
  expect(stored.body.root.children).toHaveLength(300);
  expect(JSON.stringify(stored.body.root.children[149])).toContain(
    'Paragraf 150 tentang banjir di Medan. Air surut.',
  );
  expect(stored.body.root.children[150]).toEqual(seeded.body.root.children[150]);

  // Undo puts back the state as it was opened; the store ends with the body as seeded.
  await page.keyboard.press('Control+z');
  await expect(paragraph).toHaveText('Paragraf 150 tentang banjir di Medan.');
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  const undone = await callApi(app, 'articles.get', { id: seeded.id });
  expect(undone.body.root.children).toEqual(seeded.body.root.children);
  await page.getByLabel('Headline').click();
  expect(await editable()).toEqual(['true', 'true', true]);
});
