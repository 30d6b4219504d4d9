import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { expect, expectSaved, openApp, test } from './support/fixtures';
import type { WebApp } from './support/web-app';

/** A new article open, its paste note, and a real copy: a text typed in the lead and copied with Ctrl+C. */
async function newArticle(page: Page, app: WebApp) {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const lead = page.getByLabel('Lead');
  const copy = async (text: string) => {
    await lead.fill(text);
    await lead.press('Control+a');
    await lead.press('Control+c');
  };
  return { headline: page.getByLabel('Headline'), copy, note: page.locator('.rx-paste-cut') };
}

test('a paste longer than a field holds is cut with a word under the field, and nothing said when it fits', async ({
  page,
  app,
}) => {
  const { headline, copy, note } = await newArticle(page, app);
  const editor = page.getByRole('textbox', { name: 'Editor', exact: true });

  // 1,200 characters copied from the lead (a real copy, through the browser's clipboard).
  await copy('kata '.repeat(240));

  // The headline holds 500: the paste is cut there, and the note under it says so.
  await headline.click();
  await page.keyboard.press('Control+v');
  await expect(headline).toHaveValue('kata '.repeat(100));
  await expect(page.getByRole('status').filter({ hasText: 'the paste was cut' })).toHaveText(
    'Headline holds 500 characters: the paste was cut there. The whole text is still on the clipboard.',
  );
  const [field, under] = await Promise.all([headline.boundingBox(), note.boundingBox()]);
  expect(under!.y).toBeGreaterThanOrEqual(field!.y + field!.height);
  // Typing in the field puts the note away.
  await page.keyboard.press('Backspace');
  await expect(note).toBeHidden();
  // So does Ctrl+Z taking the paste back (the headline's own undo puts the text back without typing).
  await page.keyboard.press('Control+v');
  await expect(note).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(headline).toHaveValue('kata '.repeat(100).slice(0, -1));
  await expect(note).toBeHidden();

  // A one-line input the browser cuts by itself (the editor's name, 120): said the same way.
  await editor.click();
  await page.keyboard.press('Control+v');
  await expect(editor).toHaveValue('kata '.repeat(24));
  await expect(note).toHaveText(
    'Editor holds 120 characters: the paste was cut there. The whole text is still on the clipboard.',
  );
  // Leaving the field puts it away too.
  await page.keyboard.press('Tab');
  await expect(note).toBeHidden();

  // A paste that fits says nothing.
  await copy('Banjir');
  await editor.fill('');
  await editor.click();
  await page.keyboard.press('Control+v');
  await expect(editor).toHaveValue('Banjir');
  await expectSaved(page);
  await expect(note).toBeHidden();
});

test('a paste cut short of the limit, before an emoji that did not fit whole, is said too', async ({
  page,
  app,
}) => {
  const { headline, copy, note } = await newArticle(page, app);
  const said =
    'Headline holds 500 characters: the paste was cut there. The whole text is still on the clipboard.';

  // 499 letters and two emoji (503 UTF-16 units) in the 500 the headline holds: the browser stops at
  // 499 rather than split an emoji, so the field is not full, and the paste was still cut.
  await copy(`${'a'.repeat(499)}😀😀`);
  await headline.click();
  await page.keyboard.press('Control+v');
  await expect(headline).toHaveValue('a'.repeat(499));
  await expect(note).toHaveText(said);

  // With a line break in it the headline makes the paste one line and cuts it itself: not between
  // the two halves of an emoji either (half of one is no character at all), and said the same way.
  await copy(`${'a'.repeat(498)}\n😀😀`);
  await expect(note).toBeHidden();
  await headline.click();
  await headline.press('Control+a');
  await page.keyboard.press('Control+v');
  await expect(note).toHaveText(said);
  expect(await headline.inputValue()).toBe(`${'a'.repeat(498)} `);
});

test('a slug pasted longer than the store keeps is cut where the store cuts it, and the note says that limit', async ({
  page,
  app,
}) => {
  const { copy, note } = await newArticle(page, app);
  await page.getByLabel('Headline').fill('Rob di Belawan');
  const slug = page.getByLabel('Slug');
  const typed = 'banjir-'.repeat(43); // 301 characters
  await copy(typed);
  await slug.click();
  await slug.press('Control+a');
  await page.keyboard.press('Control+v');
  const kept = typed.slice(0, 80);
  await expect(slug).toHaveValue(kept);
  await expect(note).toHaveText(
    'Slug holds 80 characters: the paste was cut there. The whole text is still on the clipboard.',
  );
  // What the field shows is what the store keeps: after the save and once the field is left, the same.
  await expectSaved(page);
  await slug.press('Tab');
  await expect(slug).toHaveValue(kept);
  const [stored] = (await callApi(app, 'articles.list', {})).filter((a) => a.headline === 'Rob di Belawan');
  expect(stored).toMatchObject({ slug: kept });
});

test('a name or tag pasted longer than the save keeps stays whole in its field, and the note under it names it and the limit', async ({
  page,
  app,
}) => {
  const { copy } = await newArticle(page, app);
  await page.getByLabel('Headline').fill('Banjir di Medan');
  const writers = page.getByRole('textbox', { name: 'Writers', exact: true });
  const tags = page.getByRole('combobox', { name: 'Tags' });
  const long = 'Nama'.repeat(50); // 200 characters, one name or one tag
  const quoted = `“${long.slice(0, 30)}…”`;

  await copy(`Budi, ${long}`);
  await writers.click();
  await page.keyboard.press('Control+v');
  await copy(`Banjir, ${long}`);
  await tags.click();
  await page.keyboard.press('Control+v');
  await expect(writers).toHaveAccessibleDescription(
    `Separate names with commas ${quoted} is longer than a name may be (120 characters): only its first 120 are saved.`,
  );
  await expect(tags).toHaveAccessibleDescription(
    `Separate tags with commas ${quoted} is longer than a tag may be (120 characters): only its first 120 are saved.`,
  );
  // Left, the fields keep the whole text (not cut without a word); the save keeps what the note said.
  await page.getByLabel('Lead').click();
  await expect(writers).toHaveValue(`Budi, ${long}`);
  await expect(tags).toHaveValue(`Banjir, ${long}`);
  await expect(page.getByRole('status').filter({ hasText: 'longer than a name' })).toBeVisible();
  await expectSaved(page);
  const [listed] = await callApi(app, 'articles.list', {});
  const stored = await callApi(app, 'articles.get', { id: listed!.id });
  expect(stored).toMatchObject({
    writers: ['Budi', long.slice(0, 120)],
    tags: ['Banjir', long.slice(0, 120)],
  });

  // Shortened to fit, the note goes.
  await writers.fill('Budi, Sari');
  await expect(writers).toHaveAccessibleDescription('Separate names with commas');
});
