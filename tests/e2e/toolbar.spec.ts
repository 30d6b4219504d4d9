import type { Page } from '@playwright/test';
import type { StoredDocument, StoredNode } from '../../shared/editor/document';
import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { caretAfter, selectText } from './support/selection';

// Lexical's text format bits, as the body is stored.
const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const UNDERLINE = 8;

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Formatting' });
const tool = (page: Page, name: string) => toolbar(page).getByRole('button', { name, exact: true });

/** Every node of a stored body, depth first, with its parent's type. */
function nodesOf(document: StoredDocument): Array<StoredNode & { parentType: string }> {
  const found: Array<StoredNode & { parentType: string }> = [];
  const visit = (node: StoredNode, parentType: string) => {
    found.push({ ...node, parentType });
    for (const child of node.children ?? []) visit(child, node.type);
  };
  visit(document.root, '');
  return found;
}

/** The stored text node that holds exactly `words`. */
function textNode(document: StoredDocument, words: string) {
  const node = nodesOf(document).find((candidate) => candidate.type === 'text' && candidate.text === words);
  if (!node) throw new Error(`no text node "${words}" in ${JSON.stringify(document)}`);
  return node;
}

/** The top-level block whose text contains `words`, with its type (and tag or list type). */
function blockOf(document: StoredDocument, words: string): string {
  const block = document.root.children.find((child) =>
    nodesOf({ root: { ...child, type: 'root', children: child.children ?? [] } }).some(
      (node) => node.type === 'text' && node.text?.includes(words),
    ),
  );
  if (!block) throw new Error(`no block holds "${words}"`);
  return [block.type, block.type === 'list' ? block.listType : (block.tag ?? '')].filter(Boolean).join(':');
}

const LINES = [
  'Paragraf ini punya kata tebal di tengah.',
  'Paragraf ini punya kata miring di tengah.',
  'Paragraf ini punya kata bergaris di tengah.',
  'Paragraf ini punya kata coret di tengah.',
  'Baca laporan lengkap di situs resmi.',
  'Latar belakang pertemuan',
  'Kami siap bekerja sama dengan siapa pun.',
  'Poin pertama daftar',
  'Langkah pertama daftar',
  'Penutup yang tetap paragraf.',
];

test('the toolbar buttons format the selected words and blocks; the formatting is saved and survives a reload', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, { headline: 'Uji tombol format', body: LINES });
  const watch = await openApp(page, app, `#/article/${seeded.id}`);
  const editor = body(page);
  await expect(editor.locator('p')).toHaveCount(LINES.length);

  // Inline formats: select one word, click its button; the button then reads as pressed.
  const inline: Array<[string, string, string]> = [
    ['Bold', 'tebal', 'strong.rx-bold'],
    ['Italic', 'miring', 'em.rx-italic'],
    ['Underline', 'bergaris', '.rx-underline'],
    ['Strikethrough', 'coret', '.rx-strike'],
  ];
  for (const [button, word, selector] of inline) {
    await selectText(page, word);
    await expect(tool(page, button)).toHaveAttribute('aria-pressed', 'false');
    await tool(page, button).click();
    await expect(editor.locator(selector)).toHaveText(word);
    await expect(tool(page, button)).toHaveAttribute('aria-pressed', 'true');
  }
  // Only the selected word took the format: its neighbours are plain text.
  await expect(editor.locator('strong')).toHaveCount(1);
  await expect(editor.locator('em')).toHaveCount(1);

  // Clicking Bold again on a bold selection takes the format off; clicking once more puts it back.
  await selectText(page, 'tebal');
  await expect(tool(page, 'Bold')).toHaveAttribute('aria-pressed', 'true');
  await tool(page, 'Bold').click();
  await expect(editor.locator('strong')).toHaveCount(0);
  await expect(tool(page, 'Bold')).toHaveAttribute('aria-pressed', 'false');
  await tool(page, 'Bold').click();
  await expect(editor.locator('strong')).toHaveText('tebal');

  // Link: the button opens the link box on the selection; a bad address is refused in plain words.
  await selectText(page, 'laporan lengkap');
  await tool(page, 'Link').click();
  const linkBox = page.getByRole('dialog', { name: 'Link' });
  const address = linkBox.getByLabel('Link address');
  await expect(address).toBeFocused();
  await expect(address).toHaveValue('');
  await address.fill('javascript:alert(1)');
  await linkBox.getByRole('button', { name: 'Apply' }).click();
  await expect(linkBox.getByRole('alert')).toHaveText(
    'Use a web address (kompas.id/berita), an email address, or a link inside the publication starting with /, ./, ../ or #.',
  );
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.locator('a')).toHaveCount(0);
  // A scheme missing its colon is no relative link to a page named "https".
  await address.fill('https//kompas.id');
  await linkBox.getByRole('button', { name: 'Apply' }).click();
  await expect(linkBox.getByRole('alert')).toHaveText(
    'Use a web address (kompas.id/berita), an email address, or a link inside the publication starting with /, ./, ../ or #.',
  );
  await expect(editor.locator('a')).toHaveCount(0);
  // Words name no server: Chromium's own URL parser would take them as "https://baca%20selengkapnya/".
  await address.fill('Baca selengkapnya');
  await linkBox.getByRole('button', { name: 'Apply' }).click();
  await expect(linkBox.getByRole('alert')).toHaveText(/^Use a web address/);
  await expect(editor.locator('a')).toHaveCount(0);
  // Cancel closes the box and links nothing.
  await linkBox.getByRole('button', { name: 'Cancel' }).click();
  await expect(linkBox).toBeHidden();
  await expect(editor.locator('a')).toHaveCount(0);
  // An address typed without a scheme gets https://.
  await selectText(page, 'laporan lengkap');
  await tool(page, 'Link').click();
  await address.fill('kompas.id/baca/laporan');
  await linkBox.getByRole('button', { name: 'Apply' }).click();
  await expect(linkBox).toBeHidden();
  const link = editor.locator('a');
  await expect(link).toHaveText('laporan lengkap');
  await expect(link).toHaveAttribute('href', 'https://kompas.id/baca/laporan');
  // With the caret in the link the button reads as pressed, and the box shows the link's address.
  await caretAfter(page, 'laporan');
  await expect(tool(page, 'Link')).toHaveAttribute('aria-pressed', 'true');
  await tool(page, 'Link').click();
  await expect(address).toHaveValue('https://kompas.id/baca/laporan');
  await linkBox.getByRole('button', { name: 'Cancel' }).click();

  // A link inside the publication is kept as typed: a path up a folder, a part of the page.
  await selectText(page, 'situs resmi');
  await tool(page, 'Link').click();
  await address.fill('../arsip/index.html');
  await linkBox.getByRole('button', { name: 'Apply' }).click();
  await expect(editor.locator('a', { hasText: 'situs resmi' })).toHaveAttribute(
    'href',
    '../arsip/index.html',
  );
  await selectText(page, 'situs resmi');
  await tool(page, 'Link').click();
  await expect(address).toHaveValue('../arsip/index.html');
  await address.fill('#bagian-2');
  await linkBox.getByRole('button', { name: 'Apply' }).click();
  await expect(editor.locator('a', { hasText: 'situs resmi' })).toHaveAttribute('href', '#bagian-2');

  // A second link, then "Remove link" in the box takes it off again.
  await selectText(page, 'situs resmi');
  await tool(page, 'Link').click();
  await address.fill('https://example.org/');
  await linkBox.getByRole('button', { name: 'Apply' }).click();
  await expect(editor.locator('a')).toHaveCount(2);
  await selectText(page, 'situs resmi');
  await tool(page, 'Link').click();
  await expect(address).toHaveValue('https://example.org/');
  await linkBox.getByRole('button', { name: 'Remove link' }).click();
  await expect(linkBox).toBeHidden();
  await expect(editor.locator('a')).toHaveCount(1);
  await expect(editor.locator('a')).toHaveText('laporan lengkap');

  // Block buttons act on the caret's block.
  await caretAfter(page, 'Latar belakang');
  await tool(page, 'Heading').click();
  await expect(editor.locator('h2')).toHaveText('Latar belakang pertemuan');
  await expect(tool(page, 'Heading')).toHaveAttribute('aria-pressed', 'true');
  await caretAfter(page, 'Kami siap');
  await tool(page, 'Quote').click();
  await expect(editor.locator('blockquote')).toHaveText('Kami siap bekerja sama dengan siapa pun.');
  await expect(tool(page, 'Quote')).toHaveAttribute('aria-pressed', 'true');
  await caretAfter(page, 'Poin pertama');
  await tool(page, 'Bulleted list').click();
  await expect(editor.locator('ul > li')).toHaveText(['Poin pertama daftar']);
  await expect(tool(page, 'Bulleted list')).toHaveAttribute('aria-pressed', 'true');
  await caretAfter(page, 'Langkah pertama');
  await tool(page, 'Numbered list').click();
  await expect(editor.locator('ol > li')).toHaveText(['Langkah pertama daftar']);
  await expect(tool(page, 'Numbered list')).toHaveAttribute('aria-pressed', 'true');
  // A block button pressed twice turns the block back into a paragraph.
  await caretAfter(page, 'Penutup');
  await tool(page, 'Quote').click();
  await expect(editor.locator('blockquote')).toHaveCount(2);
  await tool(page, 'Quote').click();
  await expect(editor.locator('blockquote')).toHaveCount(1);
  await expect(editor.locator('p', { hasText: 'Penutup yang tetap paragraf.' })).toHaveCount(1);
  await expectSaved(page);

  // What the store holds: the formats on exactly the chosen words, the link, the block types.
  const stored = (await callApi(app, 'articles.get', { id: seeded.id })).body;
  expect(textNode(stored, 'tebal').format).toBe(BOLD);
  expect(textNode(stored, 'miring').format).toBe(ITALIC);
  expect(textNode(stored, 'bergaris').format).toBe(UNDERLINE);
  expect(textNode(stored, 'coret').format).toBe(STRIKETHROUGH);
  expect(textNode(stored, ' di tengah.').format).toBe(0);
  const links = nodesOf(stored).filter((node) => node.type === 'link');
  expect(links.map((node) => node.url)).toEqual(['https://kompas.id/baca/laporan']);
  expect(textNode(stored, 'laporan lengkap').parentType).toBe('link');
  expect(textNode(stored, ' di situs resmi.').parentType).toBe('paragraph');
  expect(blockOf(stored, 'Latar belakang')).toBe('heading:h2');
  expect(blockOf(stored, 'Kami siap')).toBe('quote');
  expect(blockOf(stored, 'Poin pertama')).toBe('list:bullet');
  expect(blockOf(stored, 'Langkah pertama')).toBe('list:number');
  expect(blockOf(stored, 'Penutup')).toBe('paragraph');

  // Reload: the editor shows it all again, from the store.
  await page.reload();
  await expect(editor.locator('strong.rx-bold')).toHaveText('tebal');
  await expect(editor.locator('em.rx-italic')).toHaveText('miring');
  await expect(editor.locator('.rx-underline')).toHaveText('bergaris');
  await expect(editor.locator('.rx-strike')).toHaveText('coret');
  await expect(editor.locator('a')).toHaveText('laporan lengkap');
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://kompas.id/baca/laporan');
  await expect(editor.locator('h2')).toHaveText('Latar belakang pertemuan');
  await expect(editor.locator('blockquote')).toHaveText('Kami siap bekerja sama dengan siapa pun.');
  await expect(editor.locator('ul > li')).toHaveText(['Poin pertama daftar']);
  await expect(editor.locator('ol > li')).toHaveText(['Langkah pertama daftar']);
  expect(watch.problems).toEqual([]);
});

test('with no text selected, a format button applies to what is typed next and a link is inserted as its address', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, { headline: 'Format saat mengetik', body: ['Awal kalimat'] });
  await openApp(page, app, `#/article/${seeded.id}`);
  const editor = body(page);
  await caretAfter(page, 'Awal kalimat');
  await tool(page, 'Bold').click();
  await tool(page, 'Italic').click();
  await expect(tool(page, 'Bold')).toHaveAttribute('aria-pressed', 'true');
  await expect(tool(page, 'Italic')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type(' penting');
  await tool(page, 'Bold').click();
  await tool(page, 'Italic').click();
  await page.keyboard.type(' biasa ');
  await expect(editor.locator('strong')).toHaveText(' penting');
  await expect(editor.locator('strong em, em strong, strong.rx-italic, em.rx-bold')).toHaveCount(1);

  // The link box on a bare caret inserts the address itself as a link.
  await tool(page, 'Link').click();
  const linkBox = page.getByRole('dialog', { name: 'Link' });
  await linkBox.getByLabel('Link address').fill('mailto:redaksi@example.id');
  await linkBox.getByRole('button', { name: 'Apply' }).click();
  await expect(editor.locator('a')).toHaveText('mailto:redaksi@example.id');
  await expect(editor.locator('a')).toHaveAttribute('href', 'mailto:redaksi@example.id');
  await expectSaved(page);

  const stored = (await callApi(app, 'articles.get', { id: seeded.id })).body;
  expect(textNode(stored, ' penting').format).toBe(BOLD | ITALIC);
  expect(textNode(stored, ' biasa ').format).toBe(0);
  expect(nodesOf(stored).find((node) => node.type === 'link')?.url).toBe('mailto:redaksi@example.id');
  await page.reload();
  await expect(editor.locator('strong')).toHaveText(' penting');
  await expect(editor.locator('a')).toHaveAttribute('href', 'mailto:redaksi@example.id');
});

test('far down a long article, the link box and the tag picker open in sight, and the words stay where they were', async ({
  page,
  app,
}) => {
  const lines = Array.from(
    { length: 60 },
    (_, i) => `Paragraf ${i + 1} berisi kalimat panjang tentang banjir di kota Medan pagi ini.`,
  );
  const article = await seedArticle(app, { headline: 'Artikel panjang', body: lines });
  await openApp(page, app, `#/article/${article.id}`);
  const far = body(page).locator('p', { hasText: 'Paragraf 50 ' });
  await selectText(page, 'Paragraf 50 berisi');
  await far.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(1000);

  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog', { name: 'Link' });
  await expect(box.getByRole('textbox')).toBeFocused();
  await expect(box).toBeInViewport();
  // The page stays where the editor was reading (it used to jump to the body's top, 2,000 px up).
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(200);
  await expect(far).toBeInViewport();
  await page.keyboard.type('https://example.com/banjir');
  await page.keyboard.press('Enter');
  await expect(far.getByRole('link')).toHaveText('Paragraf 50 berisi');
  await expect(far).toBeInViewport();
  // The caret waits after the linked words: typing goes on after the link, never over its words.
  await page.keyboard.type('!');
  await expect(far.getByRole('link')).toHaveText('Paragraf 50 berisi');
  await expect(far).toContainText('Paragraf 50 berisi! kalimat');

  await selectText(page, 'Paragraf 51 berisi');
  await page.keyboard.press('Control+Alt+KeyS');
  const picker = page.getByRole('dialog', { name: 'Tag source' });
  await expect(picker.getByRole('combobox', { name: 'Find a source' })).toBeFocused();
  await expect(picker).toBeInViewport();
  await expect(body(page).locator('p', { hasText: 'Paragraf 51 ' })).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(far).toBeInViewport();
});
