import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredNode } from '../../../../../shared/editor/document';
import { DATABASE_FILE } from '../../../../../electron/services/services';
import { nuErrors } from '../../../support/checkers';
import { documentOf, list, listItem, paragraph, quote, text } from '../../../support/documents';
import { pageBreak } from '../../../support/export-fixture';
import { importFiles, photoFixture } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

const photoBlock = (photoId: string, caption: string): StoredNode => ({
  type: 'photo',
  version: 1,
  photoId,
  caption,
  credit: 'AFP',
  altText: 'Kapal di dermaga',
});

describe('where photos and page breaks may stand', () => {
  it('refuses to save a page break inside a paragraph, quote or list, or a photo inside a paragraph, and keeps the stored body', async () => {
    const photoId = (await importFiles(services, [photoFixture('harbour.png')])).files[0]!.photoId!;
    const created = await services.ok('articles.create', {});
    const saved = await services.ok('articles.save', {
      ...created,
      body: documentOf(paragraph(text('Aman.'))),
    });
    const refusal = async (...blocks: StoredNode[]) => {
      const refused = await services.fails('articles.save', {
        ...created,
        revision: saved.revision,
        body: documentOf(...blocks),
      });
      expect(refused.code).toBe('VALIDATION');
      return refused.message;
    };
    const breakRule =
      'A page break can stand only between paragraphs, never inside a paragraph, quote or list.';
    expect(await refusal(paragraph(text('Satu'), pageBreak(), text('dua.')))).toContain(breakRule);
    expect(await refusal(quote(text('Kutipan'), pageBreak()))).toContain(breakRule);
    expect(await refusal(list('bullet', listItem(text('Poin')), listItem(pageBreak())))).toContain(breakRule);
    expect(await refusal(paragraph(text('Foto '), photoBlock(photoId, 'PELABUHAN: Kapal.')))).toContain(
      'A photo can stand only between paragraphs or in a list item.',
    );
    expect((await services.ok('articles.get', { id: created.id })).body).toEqual(
      documentOf(paragraph(text('Aman.'))),
    );
  });

  it('exports a photo inside a list item where it stands, with its images and its caption checked', async () => {
    const photoId = (await importFiles(services, [photoFixture('harbour.png')])).files[0]!.photoId!;
    const created = await services.ok('articles.create', {});
    const body = (caption: string) =>
      documentOf(
        paragraph(text('Pelabuhan dibuka lagi.')),
        list('bullet', listItem(text('Kapal pertama tiba.'), photoBlock(photoId, caption))),
      );
    const saved = await services.ok('articles.save', {
      ...created,
      headline: 'Pelabuhan dibuka',
      lead: 'Kapal kembali.',
      body: body(''),
    });
    // No caption: the same error as for any photo block.
    expect((await services.ok('export.preflight', { id: created.id })).errors.map((e) => e.message)).toEqual([
      expect.stringContaining('Photo 1 in the body'),
    ]);
    await services.ok('articles.save', {
      ...created,
      headline: 'Pelabuhan dibuka',
      lead: 'Kapal kembali.',
      revision: saved.revision,
      body: body('PELABUHAN: Kapal bersandar.'),
    });
    const { folder, files } = await services.ok('export.run', {
      id: created.id,
      folder: tempFolder('redaksi-placement'),
      zip: false,
      acceptWarnings: true,
    });
    const html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    expect(html).toMatch(
      /<li>Kapal pertama tiba\.<figure><picture>.*PELABUHAN: Kapal bersandar\..*<\/figure><\/li>/s,
    );
    expect(files.filter((file) => file.startsWith(`images/${photoId}-`)).length).toBeGreaterThan(0);
    for (const file of files) expect(fs.existsSync(path.join(folder, file)), file).toBe(true);
    expect(await nuErrors([path.join(folder, 'index.html')])).toEqual([]);
  });

  it('names a page break in a list or a photo in a paragraph (an older or damaged body) as misplaced, once each', async () => {
    const photoId = (await importFiles(services, [photoFixture('harbour.png')])).files[0]!.photoId!;
    const created = await services.ok('articles.create', { headline: 'Daftar', lead: 'Ringkas.' });
    const raw = new Database(path.join(services.dataDir, DATABASE_FILE));
    const stored = documentOf(
      list('number', listItem(text('Satu')), listItem(pageBreak())),
      paragraph(text('Foto di tengah kalimat '), photoBlock(photoId, 'PELABUHAN: Kapal.')),
    );
    raw.prepare('UPDATE articles SET body = ? WHERE id = ?').run(JSON.stringify(stored), created.id);
    raw.close();
    const { errors } = await services.ok('export.preflight', { id: created.id });
    const misplaced = (type: string) =>
      `The body has a "${type}" where it cannot stand (inside another block, or a list item outside a list); move or remove it.`;
    expect(errors.map((error) => [error.code, error.message])).toEqual([
      ['MISPLACED_NODE', misplaced('page-break')],
      ['MISPLACED_NODE', misplaced('photo')],
    ]);
  });
});
