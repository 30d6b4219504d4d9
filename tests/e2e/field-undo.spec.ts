import type { Locator } from '@playwright/test';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { articleWithPhoto } from './support/sources';

test('Ctrl+Z in the headline and the lead undoes that field’s last burst of typing, never the body, and what it leaves is saved', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const headline = page.getByLabel('Headline');
  const lead = page.getByLabel('Lead');
  await body(page).click();
  await page.keyboard.type('Isi berita.');

  await headline.click();
  await page.keyboard.type('Banjir di Medan');
  await page.waitForTimeout(800); // a pause: the next words are another burst
  await page.keyboard.type(' meluas ke tiga kecamatan');
  await page.keyboard.press('Control+z');
  await expect(headline).toHaveValue('Banjir di Medan');
  await page.keyboard.press('Control+Shift+z');
  await expect(headline).toHaveValue('Banjir di Medan meluas ke tiga kecamatan');

  await lead.click();
  await page.keyboard.type('Warga mengungsi.');
  await page.waitForTimeout(800);
  await page.keyboard.type(' Hujan terus turun.');
  await page.keyboard.press('Control+z');
  await expect(lead).toHaveValue('Warga mengungsi.');
  // Past the field's first step Ctrl+Z does nothing: the body typed before is not undone.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(lead).toHaveValue('');
  await expect(headline).toHaveValue('Banjir di Medan meluas ke tiga kecamatan');
  await expect(body(page)).toHaveText('Isi berita.');
  await page.keyboard.press('Control+y');
  await expect(lead).toHaveValue('Warga mengungsi.');

  // Ctrl+Z in a field with no undo of its own (Editor) reaches no other field.
  await page.getByLabel('Editor', { exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(lead).toHaveValue('Warga mengungsi.');
  await expect(headline).toHaveValue('Banjir di Medan meluas ke tiga kecamatan');
  // The browser's own undo (what its Edit menu runs) reaches the field typed in last, not the
  // focused one: that field keeps its text. In the focused field it is the field's own undo.
  await lead.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Lagi.');
  await headline.click();
  await page.evaluate(() => document.execCommand('undo'));
  await expect(lead).toHaveValue('Warga mengungsi. Lagi.');
  await expect(headline).toHaveValue('Banjir di Medan meluas ke tiga kecamatan');
  await expect(headline).toBeFocused();
  await lead.click();
  await page.keyboard.type(' Juga.');
  await page.evaluate(() => document.execCommand('undo'));
  await expect(lead).toHaveValue('Warga mengungsi. Lagi.');
  await page.keyboard.press('Control+z');
  await expect(lead).toHaveValue('Warga mengungsi.');

  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = await callApi(app, 'articles.get', { id: summary!.id });
  expect([stored.headline, stored.lead]).toEqual([
    'Banjir di Medan meluas ke tiga kecamatan',
    'Warga mengungsi.',
  ]);
});

/** Pastes plain text into a field as the browser delivers a paste event (its own default aside). */
async function pastePlain(field: Locator, plain: string): Promise<void> {
  await field.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, plain);
}

test('the headline takes no line break: Enter adds nothing, a pasted one becomes a space where the caret was, and the paste undoes', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const headline = page.getByLabel('Headline');
  const lead = page.getByLabel('Lead');
  // Two lines copied from the lead (a real copy and paste, through the browser's clipboard).
  await lead.click();
  await page.keyboard.type('tiga');
  await page.keyboard.press('Enter');
  await page.keyboard.type('kecamatan ');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');

  await headline.click();
  await page.keyboard.type('Banjir meluas');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(headline).toHaveValue('Banjir meluas');
  for (let i = 0; i < 'meluas'.length; i += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('ke ');
  await page.keyboard.press('Control+v');
  await expect(headline).toHaveValue('Banjir ke tiga kecamatan meluas');
  // The caret stays after the pasted words, so typing goes on from there.
  await page.keyboard.type('dan ');
  await expect(headline).toHaveValue('Banjir ke tiga kecamatan dan meluas');
  await page.keyboard.press('Control+z');
  await expect(headline).toHaveValue('Banjir ke tiga kecamatan meluas');
  await page.keyboard.press('Control+z');
  await expect(headline).toHaveValue('Banjir ke meluas');
  // Any kind of line break, a lone carriage return too, and none left at the ends of what is pasted.
  await page.keyboard.press('End');
  await pastePlain(headline, ' di\rkota\u2028ini\r\n');
  await expect(headline).toHaveValue('Banjir ke meluas di kota ini');
  await page.keyboard.press('Control+z');
  await expect(headline).toHaveValue('Banjir ke meluas');
  await expectSaved(page);
  const [summary] = await callApi(app, 'articles.list', {});
  expect((await callApi(app, 'articles.get', { id: summary!.id })).headline).toBe('Banjir ke meluas');
});

test('the toolbar’s Undo, pressed while a photo’s caption has typing not yet committed, takes back that typing only', async ({
  page,
  app,
}) => {
  const id = await articleWithPhoto(app, 'Keterangan foto', 'Warga');
  await openApp(page, app, `#/article/${id}`);
  const caption = body(page).locator('figure').getByLabel('Caption');
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  // With the caption focused the buttons say what the caption can do: nothing yet.
  await caption.click();
  await expect(undo).toBeDisabled();
  await caption.press('End');
  await page.keyboard.type(' mengungsi');
  await expect(undo).toBeEnabled();
  await caption.blur(); // committed into the body, not as a step of the body's own undo
  await expect(undo).toBeDisabled();
  await caption.click();
  await caption.press('End');
  await page.keyboard.type(' ke masjid');
  await undo.click();
  await expect(caption).toHaveValue('Warga mengungsi');
  await expect(caption).toBeFocused();
  await expect(redo).toBeEnabled();
  await redo.click();
  await expect(caption).toHaveValue('Warga mengungsi ke masjid');
  await expect(redo).toBeDisabled();
  await undo.click();
  await expect(caption).toHaveValue('Warga mengungsi');
  await expectSaved(page);
  const stored = await callApi(app, 'articles.get', { id: id });
  expect(stored.body.root.children[1]).toMatchObject({ type: 'photo', caption: 'Warga mengungsi' });
});

test('Ctrl+Z in each one-line field of the article undoes that field’s own typing after typing elsewhere, and Ctrl+Y brings it back', async ({
  page,
  app,
}) => {
  const stored = async () => {
    const id = /#\/article\/([^/?]+)/.exec(page.url())![1]!;
    return callApi(app, 'articles.get', { id });
  };
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const rubric = page.getByLabel('Rubric', { exact: true });
  const tags = page.getByRole('combobox', { name: 'Tags' });
  const slug = page.getByLabel('Slug', { exact: true });
  const headline = page.getByLabel('Headline');
  const writers = page.getByLabel('Writers', { exact: true });
  const editor = page.getByLabel('Editor', { exact: true });
  const place = page.getByLabel('Place', { exact: true });
  const quotedFrom = page
    .getByRole('region', { name: 'Sources in this article' })
    .getByLabel('Quoted-from line');

  await rubric.click();
  await page.keyboard.type('ekonomi');
  await tags.click();
  await page.keyboard.type('beras, harga');
  await writers.click();
  await page.keyboard.type('Rina');
  await editor.click();
  await page.keyboard.type('Budi');
  await place.click();
  await page.keyboard.type('Medan');
  await quotedFrom.click();
  await page.keyboard.type('Dikutip dari Antara');
  await headline.click();
  await page.keyboard.type('Harga beras naik');
  await slug.click();
  await page.keyboard.press('End');
  await page.keyboard.type('-lagi');
  await expect(slug).toHaveValue('harga-beras-naik-lagi');
  await body(page).click();
  await page.keyboard.type('Isi berita.');

  const storedLine = async () =>
    (await callApi(app, 'articles.sources', { id: (await stored()).id })).quotedFrom;
  await expect.poll(storedLine).toBe('Dikutip dari Antara');

  // Each field takes back its own typing, whatever was typed since elsewhere; the others keep theirs.
  await rubric.click();
  await page.keyboard.press('Control+z');
  await expect(rubric).toHaveValue('');
  await tags.click();
  await page.keyboard.press('Control+z');
  await expect(tags).toHaveValue('');
  await slug.click();
  await page.keyboard.press('Control+z');
  await expect(slug).toHaveValue('harga-beras-naik');
  for (const field of [writers, editor, place, quotedFrom]) {
    await field.click();
    await page.keyboard.press('Control+z');
    await expect(field).toHaveValue('');
  }
  await expect(headline).toHaveValue('Harga beras naik');
  await expect(body(page)).toHaveText('Isi berita.');
  await expect
    .poll(async () => {
      const { rubric: r, tags: t, slug: s, slugManual, writers: w, editor: e, dateline } = await stored();
      return { r, t, s, slugManual, w, e, place: dateline.place };
    })
    .toEqual({ r: '', t: [], s: 'harga-beras-naik', slugManual: false, w: [], e: '', place: '' });
  await expect.poll(storedLine).toBe('');

  await rubric.click();
  await page.keyboard.press('Control+y');
  await expect(rubric).toHaveValue('ekonomi');
  await expectSaved(page);
  expect((await stored()).rubric).toBe('ekonomi');
});

test('Ctrl+Z in a source’s fields undoes that field’s own typing, the notes too', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'New source' }).click();
  const form = page.getByRole('region', { name: 'New source' });
  const name = form.getByLabel('Name');
  const role = form.getByLabel('Role or title');
  const notes = form.getByLabel('Notes');
  await expect(name).toBeFocused();
  await page.keyboard.type('Bobby Nasution');
  await role.click();
  await page.keyboard.type('Wali Kota Medan');
  await notes.click();
  await page.keyboard.type('Dihubungi lewat humas.');
  await name.click();
  await page.keyboard.type(' Jr');

  await role.click();
  await page.keyboard.press('Control+z');
  await expect(role).toHaveValue('');
  await notes.click();
  await page.keyboard.press('Control+z');
  await expect(notes).toHaveValue('');
  await name.click();
  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue('Bobby Nasution');
  await role.click();
  await page.keyboard.press('Control+Shift+z');
  await expect(role).toHaveValue('Wali Kota Medan');
});
