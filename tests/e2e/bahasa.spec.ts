import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi, seedArticle } from './support/api';
import { articleWithPhoto } from './support/sources';
import { expect, openApp, test } from './support/fixtures';
import { documentOf, paragraph, text } from '../unit/support/documents';

const BAD_IMAGES = path.resolve(import.meta.dirname, '../../../shared/fixtures/bad-images');

test('in Bahasa Indonesia, what the services report (preflight, refused photos) is said in Indonesian too', async ({
  page,
  app,
}) => {
  const created = await callApi(app, 'articles.create', {});
  await callApi(app, 'articles.save', {
    ...created,
    body: documentOf(
      paragraph(text('Isi berita TK dengan kutipan "kami tidak akan mundur sedikit pun" dari warga.')),
    ),
  });

  await openApp(page, app);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language', { exact: true }).selectOption('id');
  await page.getByRole('button', { name: 'Artikel', exact: true }).click();
  await page
    .getByRole('link', { name: /Artikel tanpa judul/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Ekspor', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ekspor artikel' });
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Artikel belum punya judul.',
    'Artikel belum punya lead.',
    'Teks masih memuat penanda "TK".',
    'Kutipan langsung belum bersumber: “kami tidak akan mundur sedikit pun”',
  ]);
  await page.keyboard.press('Escape');

  // An article deleted meanwhile (here: one that never was): said in Indonesian too.
  await page.evaluate(() => (window.location.hash = '#/article/00000000-0000-4000-8000-000000000000'));
  await expect(page.getByRole('alert')).toHaveText('Artikel itu sudah tidak ada.');

  await page.getByRole('button', { name: 'Meja foto' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Impor foto' }).click();
  await (await chooser).setFiles(fs.readdirSync(BAD_IMAGES).map((name) => path.join(BAD_IMAGES, name)));
  const refusals = page.getByRole('list', { name: 'Berkas yang tidak diimpor' }).getByRole('listitem');
  await expect(refusals).toHaveText(
    [
      'bomb-20000x20000.png berukuran 20.000 × 20.000 piksel (400 megapiksel); Redaksi menerima foto paling besar 110 megapiksel.',
      'empty.jpg kosong (0 byte).',
      'not-an-image.jpg bukan gambar JPEG, PNG, WebP atau GIF.',
      'script.svg adalah gambar SVG; Redaksi hanya menerima foto JPEG, PNG, WebP atau GIF.',
      'truncated.jpg tidak dapat dibaca: berkasnya rusak atau tidak lengkap.',
    ],
    { timeout: 30_000 },
  );
});

test('an export refused because the article changed after the check says so in Indonesian and lists the new findings', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, {
    headline: 'Banjir surut di Medan',
    lead: 'Air mulai surut pagi ini.',
    body: ['Warga kembali ke rumah masing-masing setelah tiga hari mengungsi di masjid.'],
  });
  await openApp(page, app, `#/article/${article.id}`);
  await callApi(app, 'settings.update', { uiLanguage: 'id' });
  await page.reload();
  await page.getByRole('button', { name: 'Ekspor', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ekspor artikel' });
  await expect(dialog.getByRole('listitem')).toHaveCount(0);
  await dialog.getByLabel('Folder ekspor').fill(fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-')));

  // Another window empties the headline between the check and the export.
  const stored = await callApi(app, 'articles.get', { id: article.id });
  await callApi(app, 'articles.save', { ...stored, headline: '' });
  await dialog.getByRole('button', { name: 'Ekspor paket' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Artikel belum dapat diekspor: perbaiki dulu kesalahan yang tercantum.',
  );
  await expect(dialog.getByRole('listitem')).toHaveText(['Artikel belum punya judul.']);
  await expect(dialog.getByRole('button', { name: 'Ekspor paket' })).toBeDisabled();
});

test('an article’s own words are marked in the publication’s language, whatever the interface’s', async ({
  page,
  app,
}) => {
  const id = await articleWithPhoto(app, 'Banjir rob di Belawan', 'Air naik sejak pagi.');
  await openApp(page, app, `#/article/${id}`);
  // English interface, Indonesian publication (the default): screen readers and spell-check read the
  // article as Indonesian, and the interface as English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  for (const field of [
    page.getByRole('textbox', { name: 'Article body' }),
    page.getByLabel('Headline'),
    page.getByLabel('Lead'),
    page.getByRole('textbox', { name: 'Caption' }),
    page.getByRole('textbox', { name: 'Alt text' }),
  ])
    await expect(field).toHaveAttribute('lang', 'id');
  await expect(page.getByLabel('Slug')).not.toHaveAttribute('lang', /.+/);
});
