import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paragraphs } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

/** A saved article: headline "Banjir Medan", the lead given, 120 words. */
async function article(lead: string) {
  const created = await services.ok('articles.create', {});
  await services.ok('articles.save', {
    ...created,
    headline: 'Banjir Medan',
    lead,
    body: paragraphs(words(120)),
  });
  return created.id;
}

async function changeLead(id: string, lead: string) {
  await services.ok('articles.save', { ...(await services.ok('articles.get', { id })), lead });
}

describe('exporting again', () => {
  it('without a zip, removes the earlier zip of the package (it held the old version); a file of another kind stays', async () => {
    const id = await article('Lead pertama.');
    const out = tempFolder('redaksi-re-export');
    const first = await services.ok('export.run', { id, folder: out, zip: true, acceptWarnings: true });
    expect(first.zipRemoved).toBeNull();
    expect(fs.existsSync(first.zipFile!)).toBe(true);

    await changeLead(id, 'Lead kedua.');
    const second = await services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true });
    expect(second.zipFile).toBeNull();
    expect([second.zipRemoved, second.zipNotRemoved]).toEqual([first.zipFile, null]);
    expect(fs.existsSync(first.zipFile!)).toBe(false);
    expect(fs.readFileSync(path.join(second.folder, 'index.html'), 'utf8')).toContain('Lead kedua.');

    // A file that only shares the name (not a zip of this package) is the publisher's: left alone.
    fs.writeFileSync(first.zipFile!, 'catatan redaksi');
    const third = await services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true });
    expect(third.zipRemoved).toBeNull();
    expect(fs.readFileSync(first.zipFile!, 'utf8')).toBe('catatan redaksi');
  }, 60_000);

  it('says so, and still reports the package written, when the earlier zip cannot be removed (open elsewhere)', async () => {
    const id = await article('Lead.');
    const out = tempFolder('redaksi-zip-busy');
    const first = await services.ok('export.run', { id, folder: out, zip: true, acceptWarnings: true });
    // Windows refuses to remove a file another program has open: the error as Node gives it.
    const rmSync = fs.rmSync.bind(fs);
    const busy = vi.spyOn(fs, 'rmSync').mockImplementation((file, options) => {
      if (file !== first.zipFile) return rmSync(file, options);
      throw Object.assign(new Error(`EBUSY: resource busy or locked, unlink '${String(file)}'`), {
        code: 'EBUSY',
      });
    });
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    const second = await services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true });
    busy.mockRestore();
    expect([second.zipRemoved, second.zipNotRemoved]).toEqual([null, first.zipFile]);
    expect(fs.existsSync(first.zipFile!)).toBe(true);
    // The export went through: folder and zip choice remembered.
    expect((await services.ok('settings.get', {})).publication).toMatchObject({
      exportFolder: out,
      exportZip: false,
    });
  }, 60_000);

  it('offers the zip as the publication’s last export had it', async () => {
    const id = await article('Lead.');
    expect((await services.ok('export.preflight', { id })).suggestedZip).toBe(false);
    const out = tempFolder('redaksi-zip-choice');
    await services.ok('export.run', { id, folder: out, zip: true, acceptWarnings: true });
    expect((await services.ok('export.preflight', { id })).suggestedZip).toBe(true);
    await services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true });
    expect((await services.ok('export.preflight', { id })).suggestedZip).toBe(false);
  }, 60_000);

  it('refuses warnings the dialog did not show (the article changed since the check), with the new check', async () => {
    const id = await article('');
    const out = tempFolder('redaksi-warnings-seen');
    const shown = (await services.ok('export.preflight', { id })).warnings.map((warning) => warning.message);
    expect(shown).toEqual(['The article has no lead.']);

    // Another window saves a placeholder meanwhile.
    await services.ok('articles.save', {
      ...(await services.ok('articles.get', { id })),
      headline: 'Banjir Medan TK',
    });
    const refused = await services.fails('export.run', {
      id,
      folder: out,
      zip: false,
      acceptWarnings: true,
      warningsSeen: shown,
    });
    expect(refused.code).toBe('EXPORT_FAILED');
    expect(refused.wording).toEqual({ key: 'export.newWarnings' });
    expect(refused.details).toMatchObject({ warnings: [{ code: 'NO_LEAD' }, { code: 'PLACEHOLDER' }] });
    expect(fs.readdirSync(out)).toEqual([]);
    // The browser's zip download is refused the same way.
    const download = await services.fails('export.zip', { id, warningsSeen: shown });
    expect(download.wording).toEqual({ key: 'export.newWarnings' });

    // Shown and accepted: exported. The command line accepts every warning (no list).
    const now = (await services.ok('export.preflight', { id })).warnings.map((warning) => warning.message);
    await services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true, warningsSeen: now });
    await services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true });
  }, 60_000);
});
