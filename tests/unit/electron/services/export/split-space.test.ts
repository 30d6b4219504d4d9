import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentOf, paragraph, text } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

const splitBody = (splitSpace: unknown) =>
  documentOf(
    paragraph(text('Air naik setinggi')),
    { type: 'page-break', version: 1, splitSpace },
    paragraph(text('dada orang dewasa.')),
  );

describe('the split space of a page break that split a paragraph', () => {
  it('is stored with the body and left out of the export, whose pages split there as before', async () => {
    const created = await services.ok('articles.create', { headline: 'Banjir', lead: 'Air naik.' });
    await services.ok('articles.save', {
      ...created,
      headline: 'Banjir',
      lead: 'Air naik.',
      body: splitBody(' '),
    });
    expect((await services.ok('articles.get', { id: created.id })).body).toEqual(splitBody(' '));
    const { folder } = await services.ok('export.run', {
      id: created.id,
      folder: tempFolder('redaksi-split-space'),
      zip: false,
      acceptWarnings: true,
    });
    const first = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    const second = fs.readFileSync(path.join(folder, 'page-2.html'), 'utf8');
    expect(first).toContain('<p>Air naik setinggi</p>');
    expect(second).toContain('<p>dada orang dewasa.</p>');
    expect(first + second).not.toContain('splitSpace');
  });

  it('is refused when it holds anything but the spaces a split takes out', async () => {
    const created = await services.ok('articles.create', {});
    const refused = await services.fails('articles.save', { ...created, body: splitBody('<b>x</b>') });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toContain('splitSpace');
  });
});
