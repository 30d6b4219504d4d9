import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { caretAfter } from './support/selection';
import { documentOf, paragraph, text } from '../unit/support/documents';
import { relatedUrl } from '../unit/support/export-fixture';

const picker = (page: Page, name = 'Insert related link') => page.getByRole('dialog', { name });
const link = (page: Page, title: string) => body(page).getByRole('group', { name: `Related link: ${title}` });
/** The body's top-level blocks, each as its kind and its text. */
const blocks = (page: Page) =>
  page
    .locator('.rx-body > *')
    .evaluateAll((nodes) =>
      nodes.map((node) =>
        node.classList.contains('rx-related-block')
          ? `link: ${node.querySelector('.rx-related-title')?.textContent ?? ''}`
          : (node.textContent ?? ''),
      ),
    );

test('an editor links a paragraph to another article and to a web page, changes and undoes them, and they persist', async ({
  page,
  app,
}) => {
  const target = await callApi(app, 'articles.create', {
    headline: 'Harga Cabai Naik di Pasar Medan',
    rubric: 'Ekonomi',
    status: 'published',
  });
  // Changed after the target, so it comes first in the unfiltered list.
  await callApi(app, 'articles.create', { headline: 'Banjir di Deli Serdang', rubric: 'Regional' });
  const created = await callApi(app, 'articles.create', {
    headline: 'Pasar Tradisional Ramai Jelang Lebaran',
  });
  await callApi(app, 'articles.save', {
    ...created,
    body: documentOf(paragraph(text('Paragraf pertama tentang pasar.')), paragraph(text('Paragraf kedua.'))),
  });
  const watch = await openApp(page, app, `#/article/${created.id}`);
  await expect(body(page)).toContainText('Paragraf kedua.');

  // A link to another article of the library, found by a word of its headline, picked with Enter.
  await caretAfter(page, 'tentang pasar.');
  await page.getByRole('button', { name: 'Insert related link' }).click();
  await expect(picker(page).getByRole('combobox', { name: 'Find an article' })).toBeFocused();
  // The article being written is never offered as its own related link.
  await expect(picker(page).getByRole('option', { name: /Harga Cabai Naik/ })).toBeVisible();
  await expect(picker(page).getByRole('option', { name: /Pasar Tradisional Ramai/ })).toHaveCount(0);
  await expect(picker(page).getByRole('option').first()).toHaveText(/Banjir di Deli Serdang/);
  // Enter pressed before the search has answered picks the first match of what was typed, not the
  // first article of the list still on screen.
  await picker(page).getByRole('combobox', { name: 'Find an article' }).fill('cabai');
  await page.keyboard.press('Enter');
  await expect(picker(page)).toHaveCount(0);
  await expect(link(page, 'Harga Cabai Naik di Pasar Medan')).toContainText('Baca juga:');
  await expect(link(page, 'Harga Cabai Naik di Pasar Medan')).toContainText('article in the library');
  expect(await blocks(page)).toEqual([
    'Paragraf pertama tentang pasar.',
    'link: Harga Cabai Naik di Pasar Medan',
    'Paragraf kedua.',
  ]);

  // A link to a web page: an unsafe or missing address and a missing title are refused in words.
  await caretAfter(page, 'Paragraf kedua.');
  await page.getByRole('button', { name: 'Insert related link' }).click();
  const address = picker(page).getByRole('textbox', { name: 'Web address' });
  await address.fill('javascript:alert(1)');
  await picker(page).getByRole('textbox', { name: 'Title' }).fill('Berbahaya');
  await picker(page).getByRole('button', { name: 'Add link' }).click();
  await expect(picker(page).getByRole('alert')).toHaveText(
    'Use an address starting with http:// or https://.',
  );
  // A user name or password would be printed for every reader: refused, saying so.
  await address.fill('https://editor:rahasia@voanews.com/a/pasar-indonesia');
  await picker(page).getByRole('button', { name: 'Add link' }).click();
  await expect(picker(page).getByRole('alert')).toHaveText(
    'Leave out the user name and password (the part before @): every reader of the article would see them.',
  );
  await address.fill('voanews.com/a/pasar-indonesia');
  await picker(page).getByRole('textbox', { name: 'Title' }).fill('');
  await picker(page).getByRole('button', { name: 'Add link' }).click();
  await expect(picker(page).getByRole('alert')).toHaveText('Give the link a title: the words readers click.');
  await picker(page).getByRole('textbox', { name: 'Title' }).fill('Pasar di Indonesia <b>menurut</b> VOA');
  await picker(page).getByRole('button', { name: 'Add link' }).click();
  const web = link(page, 'Pasar di Indonesia <b>menurut</b> VOA');
  await expect(web).toContainText('voanews.com');
  expect((await blocks(page)).at(-2)).toBe('link: Pasar di Indonesia <b>menurut</b> VOA');

  // Undo takes the insertion back as one step; redo brings it again.
  await page.keyboard.press('Control+z');
  await expect(web).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(web).toBeVisible();

  // Change: the picker opens with the link's address and title; a new title replaces the old.
  await web.getByRole('button', { name: 'Change' }).click();
  await expect(picker(page, 'Change related link').getByRole('textbox', { name: 'Web address' })).toHaveValue(
    'https://voanews.com/a/pasar-indonesia',
  );
  await picker(page, 'Change related link').getByRole('textbox', { name: 'Title' }).fill('Pasar menurut VOA');
  await picker(page, 'Change related link').getByRole('button', { name: 'Add link' }).click();
  await expect(link(page, 'Pasar menurut VOA')).toBeVisible();

  // Persisted: reopen the article and find both links, stored as the article's id and the address.
  await expectSaved(page);
  await page.reload();
  await expect(link(page, 'Harga Cabai Naik di Pasar Medan')).toBeVisible();
  await expect(link(page, 'Pasar menurut VOA')).toBeVisible();
  const stored = await callApi(app, 'articles.get', { id: created.id });
  expect(stored.body.root.children.filter((node) => node.type === 'related-link')).toEqual([
    { type: 'related-link', version: 1, title: 'Harga Cabai Naik di Pasar Medan', articleId: target.id },
    {
      type: 'related-link',
      version: 1,
      title: 'Pasar menurut VOA',
      url: 'https://voanews.com/a/pasar-indonesia',
    },
  ]);

  // Clicking a link selects it as a block; Delete removes it; Remove does the same from its button.
  await link(page, 'Pasar menurut VOA').getByText('Pasar menurut VOA').click();
  await expect(link(page, 'Pasar menurut VOA')).toHaveClass(/rx-selected/);
  await page.keyboard.press('Delete');
  await expect(link(page, 'Pasar menurut VOA')).toHaveCount(0);
  // From the keyboard, with the link selected as a block: Enter on Remove removes it (not "Enter on a
  // selected block"), the text beside takes the focus, and Ctrl+Z brings the link back.
  const cabai = link(page, 'Harga Cabai Naik di Pasar Medan');
  await cabai.getByText('Harga Cabai Naik di Pasar Medan').click();
  await expect(cabai).toHaveClass(/rx-selected/);
  const paragraphs = await body(page).locator('p:not(.rx-related-line)').count();
  await cabai.getByRole('button', { name: 'Remove' }).focus();
  await page.keyboard.press('Enter');
  await expect(body(page).getByRole('group', { name: /^Related link/ })).toHaveCount(0);
  await expect(body(page).locator('p:not(.rx-related-line)')).toHaveCount(paragraphs);
  await expect(body(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(cabai).toHaveCount(1);
  await cabai.getByRole('button', { name: 'Remove' }).click();
  await expect(body(page).getByRole('group', { name: /^Related link/ })).toHaveCount(0);
  await expectSaved(page);
  const after = await callApi(app, 'articles.get', { id: created.id });
  expect(after.body.root.children.some((node) => node.type === 'related-link')).toBe(false);
  expect(watch.problems).toEqual([]);
});

test('a related link shows the other article’s headline as it is now, says when it is a draft, and warns when the article is gone', async ({
  page,
  app,
}) => {
  const target = await callApi(app, 'articles.create', { headline: 'Judul lama', status: 'draft' });
  const created = await callApi(app, 'articles.create', { headline: 'Artikel dengan tautan' });
  await callApi(app, 'articles.save', {
    ...created,
    body: documentOf(
      paragraph(text('Isi berita.')),
      { type: 'related-link', version: 1, title: 'Judul lama', articleId: target.id },
      {
        type: 'related-link',
        version: 1,
        title: 'Artikel terhapus',
        articleId: '5d0c4c9e-7f1a-4b7e-9c11-000000000000',
      },
    ),
  });
  await callApi(app, 'articles.save', { ...target, headline: 'Judul baru yang benar' });
  const watch = await openApp(page, app, `#/article/${created.id}`);
  const renamed = link(page, 'Judul baru yang benar');
  await expect(renamed).toContainText('Baca juga: Judul baru yang benar');
  await expect(renamed).toContainText('draft article in the library');
  await expect(link(page, 'Artikel terhapus')).toContainText(
    'That article no longer exists: the export is blocked until you change or remove this link.',
  );
  expect(watch.problems).toEqual([]);
});

test('the "Read also" line speaks the publication’s language, as the export prints it', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', { headline: 'Pasar Ramai' });
  await callApi(app, 'articles.save', {
    ...created,
    body: documentOf(
      paragraph(text('Paragraf.')),
      relatedUrl('https://example.com/berita', 'Berita sebelumnya'),
    ),
  });
  await openApp(page, app, `#/article/${created.id}`);
  // English interface, Indonesian publication (the defaults): the reader's words, marked as Indonesian.
  const label = link(page, 'Berita sebelumnya').locator('.rx-related-label');
  await expect(label).toHaveText('Baca juga:');
  await expect(label).toHaveAttribute('lang', 'id');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Publication language').selectOption('en');
  await expect.poll(async () => (await callApi(app, 'settings.get', {})).publication.language).toBe('en');
  await page.getByRole('button', { name: 'Articles' }).click();
  await page.getByRole('link', { name: /Pasar Ramai/ }).click();
  await expect(label).toHaveText('Read also:');
  await expect(label).not.toHaveAttribute('lang');
});
