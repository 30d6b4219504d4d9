import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nuErrors } from '../../../support/checkers';
import { documentOf, list, listItem, paragraph, text } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

describe('nested lists (Tab in a list)', () => {
  it('exports a nested list inside the item before it, as valid HTML, in the page and in ninjs', async () => {
    // The editor's shape: the nested list sits in an item of its own, right after its parent item.
    const body = documentOf(
      paragraph(text('Syarat pendaftaran:')),
      list(
        'number',
        listItem(text('Dokumen')),
        listItem(
          list(
            'bullet',
            listItem(text('KTP')),
            listItem(list('bullet', listItem(text('Asli dan fotokopi')))),
          ),
        ),
        listItem(text('Pas foto')),
      ),
      // A list that starts with a nested list keeps it in an item of its own.
      list('bullet', listItem(list('bullet', listItem(text('Menjorok sejak awal'))))),
    );
    const created = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...created,
      headline: 'Pendaftaran dibuka',
      lead: 'Syarat lengkap.',
      body,
    });
    const { folder } = await services.ok('export.run', {
      id: created.id,
      folder: tempFolder('redaksi-nested-lists'),
      zip: false,
      acceptWarnings: true,
    });
    const html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    expect(html).toContain(
      '<ol dir="auto"><li>Dokumen<ul dir="auto"><li>KTP<ul dir="auto"><li>Asli dan fotokopi</li></ul></li></ul></li><li>Pas foto</li></ol>',
    );
    expect(html).toContain('<ul dir="auto"><li><ul dir="auto"><li>Menjorok sejak awal</li></ul></li></ul>');
    expect(await nuErrors([path.join(folder, 'index.html')])).toEqual([]);
    const ninjs = JSON.parse(fs.readFileSync(path.join(folder, 'article.json'), 'utf8')) as {
      bodies: Array<{ contentType: string; value: string }>;
    };
    const html5 = ninjs.bodies.find((b) => b.contentType === 'text/html')!.value;
    expect(html5).toContain('<li>Dokumen<ul dir="auto"><li>KTP<ul dir="auto">');
    expect(ninjs.bodies.find((b) => b.contentType === 'text/plain')!.value).toContain('Dokumen\nKTP\nAsli');
  });
});
