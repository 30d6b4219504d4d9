import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentOf, paragraph, text } from '../../../support/documents';
import { nuErrors } from '../../../support/checkers';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices | null = null;
afterEach(() => services?.close());

describe('characters HTML forbids, pasted into an article’s details', () => {
  it('are left out of the exported pages (attributes and JSON-LD too), which stay valid HTML', async () => {
    services = await openTestServices();
    const created = await services.ok('articles.create', {});
    // A vertical tab and a C1 control pasted from an old system, a noncharacter from a broken converter.
    await services.ok('articles.save', {
      ...created,
      headline: 'Banjir\u000b rendam\u0085 Medan',
      lead: 'Air\ufdd0 naik\u0007 sejak pagi.',
      writers: ['Rina\u0080 Siregar'],
      status: 'published',
      body: documentOf(paragraph(text('Warga\u000c mengungsi\u009f ke masjid.'))),
    });
    const { folder } = await services.ok('export.run', {
      id: created.id,
      folder: tempFolder('redaksi-forbidden'),
      zip: false,
      acceptWarnings: true,
    });
    const html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    expect(html).toContain('<meta property="og:title" content="Banjir rendam Medan">');
    expect(html).toContain('<meta name="description" content="Air naik sejak pagi.">');
    expect(html).toContain('"headline": "Banjir rendam Medan"');
    expect(html).toContain('Warga mengungsi ke masjid.');
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef]/);
    expect(await nuErrors([path.join(folder, 'index.html'), path.join(folder, 'all.html')])).toEqual([]);
  }, 60_000);
});
