import { callApi, seedArticle } from './support/api';
import { expect, expectSaved, openApp, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import type { WebApp } from './support/web-app';
import { pastePlain } from './support/paste';

/** A new article's Rubric, with the focus, while another article already files under `deskRubric`. */
async function newArticleRubric(page: Page, app: WebApp, deskRubric: string) {
  await seedArticle(app, { headline: 'Berita lain', rubric: deskRubric });
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  // Exact: the list's "Filter by rubric" may still be there while the new article opens (a click on it
  // went nowhere, and the typing into the Headline the new article then focused).
  const rubric = page.getByLabel('Rubric', { exact: true });
  await rubric.click();
  return rubric;
}

/** A new article's Slug, following the headline "Banjir surut di Demak". */
async function newArticleSlug(page: Page, app: WebApp) {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Banjir surut di Demak');
  const slug = page.getByLabel('Slug');
  await expect(slug).toHaveValue('banjir-surut-di-demak');
  return slug;
}

/** The stored article open in the page, read from the store. */
function storedArticle(page: Page, app: WebApp) {
  const id = /#\/article\/([^/?]+)/.exec(page.url())![1]!;
  return () => callApi(app, 'articles.get', { id });
}

/** The stored article's slug and whether it was set by hand, read from the store. */
function storedSlugOf(page: Page, app: WebApp) {
  const stored = storedArticle(page, app);
  return async () => {
    const { slug, slugManual } = await stored();
    return { slug, slugManual };
  };
}

test('the article’s fields: Writers is named Writers with its hint as its description, and Arabic runs right to left', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline')).toBeVisible();

  // The hint is said once, as the description, not as a second half of the name.
  const writers = page.getByRole('textbox', { name: 'Writers', exact: true });
  await expect(writers).toHaveAccessibleDescription('Separate names with commas');

  // Each field takes the direction of its own first letter, whatever the interface's.
  await page.getByLabel('Headline').fill('لقاء كيم وبوتين في قاعدة الفضاء');
  await page.getByLabel('Lead').fill('هذه مقدمة الخبر.');
  await writers.fill('أحمد, Ani Lestari');
  const directions = await page.evaluate(() =>
    ['headline', 'lead', 'writers'].map((name) => {
      const field = document.querySelector<HTMLElement>(`[name="${name}"]`)!;
      return getComputedStyle(field).direction;
    }),
  );
  expect(directions).toEqual(['rtl', 'rtl', 'rtl']);
  await page.getByLabel('Headline').fill('Kim dan Putin bertemu');
  await expect(page.getByLabel('Headline')).toHaveCSS('direction', 'ltr');
});

test('changing the slug of a published article warns that links to the old address stop working', async ({
  page,
  app,
}) => {
  const slug = await newArticleSlug(page, app);
  // A draft's address may change freely: nothing links to it yet.
  await slug.fill('banjir-demak');
  await expect(slug).toHaveAccessibleDescription('');
  await page.getByLabel('Status').selectOption('published');
  await expectSaved(page);

  await slug.fill('banjir-demak-surut');
  const warning =
    'Published at “banjir-demak”: once exported at this new address, links to the old one stop working.';
  await expect(page.getByRole('status').filter({ hasText: warning })).toBeVisible();
  await expect(slug).toHaveAccessibleDescription(warning);
  // Back to the published address: nothing to warn about.
  await slug.fill('banjir-demak');
  await expect(slug).toHaveAccessibleDescription('');
  await expect(page.getByText(warning)).toBeHidden();
});

test('the open article is named by its headline as it is typed, not as it was opened', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('region', { name: 'Untitled article' })).toBeVisible();
  await page.getByLabel('Headline').fill('Gempa di Sibolga');
  await expect(page.getByRole('region', { name: 'Gempa di Sibolga' })).toBeVisible();
  await page.getByLabel('Headline').fill('Gempa magnitudo 5 di Sibolga');
  await expect(page.getByRole('region', { name: 'Gempa magnitudo 5 di Sibolga' })).toBeVisible();
});

test('an emptied slug follows the headline again instead of staying "untitled"', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Harga cabai naik');
  const slug = page.getByLabel('Slug');
  await slug.fill('cabai');
  await expectSaved(page);
  await slug.fill('');
  await slug.press('Tab');
  await expect(slug).toHaveValue('harga-cabai-naik');
  await expect(page.getByRole('button', { name: 'Use headline' })).toHaveCount(0);
  await expectSaved(page);
  await page.getByLabel('Headline').fill('Harga cabai naik lagi');
  await expect(slug).toHaveValue('harga-cabai-naik-lagi');
  await expectSaved(page);
  const [stored] = (await callApi(app, 'articles.list', {})).filter(
    (a) => a.headline === 'Harga cabai naik lagi',
  );
  expect(stored).toMatchObject({ slug: 'harga-cabai-naik-lagi' });
});

test('the desk’s spelling of a rubric arrives after a save without moving the caret the editor is typing at', async ({
  page,
  app,
}) => {
  const rubric = await newArticleRubric(page, app, 'Olahraga');
  await page.keyboard.type('olahraga');
  // The caret goes back inside the word before the save answers with the desk's spelling.
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await expect(rubric).toHaveValue('Olahraga');
  await expect(rubric).toBeFocused();
  await page.keyboard.type('X');
  await expect(rubric).toHaveValue('OlahXraga');
});

test('the rubric’s caret stays before the same word when the desk’s spelling tidies the spaces', async ({
  page,
  app,
}) => {
  const rubric = await newArticleRubric(page, app, 'Viral Medsos');
  await page.keyboard.type('viral  medsos');
  for (let i = 0; i < 'medsos'.length; i += 1) await page.keyboard.press('ArrowLeft');
  await expect(rubric).toHaveValue('Viral Medsos');
  await page.keyboard.type('X');
  await expect(rubric).toHaveValue('Viral XMedsos');
});

test('Ctrl+Z in the rubric takes back the desk’s spelling, then the typing before it; redo brings both back, and the article keeps what the field shows', async ({
  page,
  app,
}) => {
  const rubric = await newArticleRubric(page, app, 'Olahraga');
  const stored = storedArticle(page, app);
  const storedRubric = async () => (await stored()).rubric;
  await page.keyboard.type('olahraga');
  await expect(rubric).toHaveValue('Olahraga');
  await expectSaved(page);
  // The spelling put in the field is not typing: it starts no save of its own.
  const { revision } = await stored();
  await page.waitForTimeout(1_500);
  expect((await stored()).revision).toBe(revision);

  await page.keyboard.press('Control+z');
  await expect(rubric).toHaveValue('olahraga');
  // Re-typed in other capitals, the article's own rubric is kept as typed: no spelling comes back.
  await expect.poll(storedRubric).toBe('olahraga');
  await expectSaved(page);
  await expect(rubric).toHaveValue('olahraga');

  await page.keyboard.press('Control+z');
  await expect(rubric).toHaveValue('');
  await expect.poll(storedRubric).toBe('');

  await page.keyboard.press('Control+Shift+z');
  await expect(rubric).toHaveValue('olahraga');
  await page.keyboard.press('Control+y');
  await expect(rubric).toHaveValue('Olahraga');
  await expect(rubric).toBeFocused();
  await expect.poll(storedRubric).toBe('Olahraga');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Rubric', { exact: true })).toHaveValue('Olahraga');
});

test('Ctrl+Z in the tags takes back a chosen suggestion, then the typing before it; redo brings both back, and the article keeps what the field shows', async ({
  page,
  app,
}) => {
  await seedArticle(app, { headline: 'Berita lain', tags: ['Korea Utara'] });
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const tags = page.getByRole('combobox', { name: 'Tags' });
  await tags.click();
  const stored = storedArticle(page, app);
  const storedTags = async () => (await stored()).tags;
  await page.keyboard.type('Cuaca, kor');
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option')).toHaveText(['Korea Utara']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(tags).toHaveValue('Cuaca, Korea Utara, ');
  await expect.poll(storedTags).toEqual(['Cuaca', 'Korea Utara']);
  await expectSaved(page);

  await page.keyboard.press('Control+z');
  await expect(tags).toHaveValue('Cuaca, kor');
  await expect.poll(storedTags).toEqual(['Cuaca', 'kor']);
  await page.keyboard.press('Control+z');
  await expect(tags).toHaveValue('');
  await expect.poll(storedTags).toEqual([]);

  await page.keyboard.press('Control+Shift+z');
  await expect(tags).toHaveValue('Cuaca, kor');
  await page.keyboard.press('Control+y');
  await expect(tags).toHaveValue('Cuaca, Korea Utara, ');
  await expect(tags).toBeFocused();
  await expect.poll(storedTags).toEqual(['Cuaca', 'Korea Utara']);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Tags' })).toHaveValue('Cuaca, Korea Utara');
});

test('redo of Use headline brings back the headline\'s slug as the store made it ("-2" for a headline already used), following the headline', async ({
  page,
  app,
}) => {
  const first = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', { ...first, headline: 'Banjir surut di Demak' });
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Banjir surut di Demak');
  const slug = page.getByLabel('Slug');
  const storedSlug = storedSlugOf(page, app);
  await expect.poll(storedSlug).toEqual({ slug: 'banjir-surut-di-demak-2', slugManual: false });
  await expect(slug).toHaveValue('banjir-surut-di-demak-2');
  await slug.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('demak');
  await expect.poll(storedSlug).toEqual({ slug: 'demak', slugManual: true });
  await page.getByRole('button', { name: 'Use headline' }).click();
  await expect(slug).toHaveValue('banjir-surut-di-demak-2');
  await expect.poll(storedSlug).toEqual({ slug: 'banjir-surut-di-demak-2', slugManual: false });
  // Ctrl+Z first takes back the store's "-2" (put in the field as an edit), which still follows the
  // headline: the store keeps "-2"; then the typing.
  await page.keyboard.press('Control+z');
  await expect(slug).toHaveValue('banjir-surut-di-demak');
  await expectSaved(page);
  expect(await storedSlug()).toEqual({ slug: 'banjir-surut-di-demak-2', slugManual: false });
  await page.keyboard.press('Control+z');
  await expect(slug).toHaveValue('demak');
  await expect.poll(storedSlug).toEqual({ slug: 'demak', slugManual: true });
  await page.keyboard.press('Control+y');
  await expect(slug).toHaveValue('banjir-surut-di-demak');
  await page.keyboard.press('Control+y');
  await expect(slug).toHaveValue('banjir-surut-di-demak-2');
  await expect.poll(storedSlug).toEqual({ slug: 'banjir-surut-di-demak-2', slugManual: false });
});

test("Ctrl+Z in the slug takes back Use headline, then the typing before it; redo brings both back, and the headline's slug brought back follows the headline again", async ({
  page,
  app,
}) => {
  const slug = await newArticleSlug(page, app);
  const storedSlug = storedSlugOf(page, app);
  await slug.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('demak');
  await expect.poll(storedSlug).toEqual({ slug: 'demak', slugManual: true });

  await page.getByRole('button', { name: 'Use headline' }).click();
  await expect(slug).toBeFocused();
  await expect(slug).toHaveValue('banjir-surut-di-demak');
  await expect.poll(storedSlug).toEqual({ slug: 'banjir-surut-di-demak', slugManual: false });
  await expectSaved(page);

  await page.keyboard.press('Control+z');
  await expect(slug).toHaveValue('demak');
  await expect.poll(storedSlug).toEqual({ slug: 'demak', slugManual: true });
  await page.keyboard.press('Control+z');
  await expect(slug).toHaveValue('banjir-surut-di-demak');

  await page.keyboard.press('Control+Shift+z');
  await expect(slug).toHaveValue('demak');
  await page.keyboard.press('Control+y');
  await expect(slug).toHaveValue('banjir-surut-di-demak');
  await expect(slug).toBeFocused();
  // Redo brought back the headline's own slug: it follows the headline again, as Use headline left it.
  await expect.poll(storedSlug).toEqual({ slug: 'banjir-surut-di-demak', slugManual: false });
  await expect(page.getByRole('button', { name: 'Use headline' })).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Slug')).toHaveValue('banjir-surut-di-demak');
  await page.getByLabel('Headline').fill('Banjir surut di Kudus');
  await expect.poll(storedSlug).toEqual({ slug: 'banjir-surut-di-kudus', slugManual: false });
});

test('the slug has caught up with the headline before it is entered: Ctrl+Z there has nothing of the headline’s to undo, and the slug keeps following', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const headline = page.getByLabel('Headline');
  const slug = page.getByLabel('Slug');
  await headline.fill('Banjir di Medan Utara');
  const storedSlug = storedSlugOf(page, app);
  await expect.poll(storedSlug).toEqual({ slug: 'banjir-di-medan-utara', slugManual: false });
  await expect(slug).toHaveValue('banjir-di-medan-utara');

  // More headline, and the slug entered at once, before its preview's pause is over.
  await headline.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Lagi');
  await slug.click();
  await expect(slug).toHaveValue('banjir-di-medan-utara-lagi');
  await page.keyboard.press('Control+z');
  await expect(slug).toHaveValue('banjir-di-medan-utara-lagi');
  await expectSaved(page);
  expect(await storedSlug()).toEqual({ slug: 'banjir-di-medan-utara-lagi', slugManual: false });
  await expect(page.getByRole('button', { name: 'Use headline' })).toHaveCount(0);
  // Still following: the headline changed again, the slug with it.
  await headline.click();
  await page.keyboard.type(' Sekali');
  await expect.poll(storedSlug).toEqual({ slug: 'banjir-di-medan-utara-lagi-sekali', slugManual: false });
});

test('a list pasted one name or tag a line into Writers or Tags gives one writer or tag a line, and one Ctrl+Z takes the paste back', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Banjir di Medan');
  const writers = page.getByLabel('Writers', { exact: true });
  await writers.click();
  await page.keyboard.type('Dewi, ');
  await pastePlain(writers, 'Rina Siregar\r\nBudi Santoso\n\nAni Lestari\n');
  await expect(writers).toHaveValue('Dewi, Rina Siregar, Budi Santoso, Ani Lestari');
  const tags = page.getByRole('combobox', { name: 'Tags' });
  await tags.click();
  await pastePlain(tags, 'Banjir\nMedan\nCuaca ekstrem');
  await expect(tags).toHaveValue('Banjir, Medan, Cuaca ekstrem');
  await expectSaved(page);
  const stored = await storedArticle(page, app)();
  expect(stored.writers).toEqual(['Dewi', 'Rina Siregar', 'Budi Santoso', 'Ani Lestari']);
  expect(stored.tags).toEqual(['Banjir', 'Medan', 'Cuaca ekstrem']);
  await page.keyboard.press('Control+z');
  await expect(tags).toHaveValue('');
  // The paste is an undo step of its own, apart from the typing just before it.
  await writers.click();
  await page.keyboard.press('Control+z');
  await expect(writers).toHaveValue('Dewi, ');
});

test('a paste into Headline or Lead leaves out control characters and makes a tab a space; the headline takes no space at its ends', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const headline = page.getByLabel('Headline');
  await headline.click();
  await pastePlain(headline, '  Banjir\r\nbandang\tmelanda\rKota\u2028Medan\u0000 \n\n ');
  await expect(headline).toHaveValue('Banjir bandang melanda Kota Medan');
  const lead = page.getByLabel('Lead');
  await lead.click();
  await pastePlain(lead, 'Baris satu.\u0007\tAkhir\u0000 kalimat.');
  await expect(lead).toHaveValue('Baris satu. Akhir kalimat.');
  await expectSaved(page);
  const stored = await storedArticle(page, app)();
  expect([stored.headline, stored.lead]).toEqual([
    'Banjir bandang melanda Kota Medan',
    'Baris satu. Akhir kalimat.',
  ]);
  // The paste is an undo step of its own, as any paste.
  await page.keyboard.press('Control+z');
  await expect(lead).toHaveValue('');
  // In the middle of the headline, a space the paste brings (a tab made one) is kept.
  await headline.press('Home');
  for (let i = 0; i < 'Banjir'.length; i += 1) await headline.press('ArrowRight');
  await pastePlain(headline, '\tbesar');
  await expect(headline).toHaveValue('Banjir besar bandang melanda Kota Medan');
});
