import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recoverInterruptedExport } from '../../../../../electron/services/export/write';
import type { Article } from '../../../../../shared/api/article';
import { sayIn } from '../../../../../shared/api/wording';
import { paragraphs } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices;
let created: Article;
beforeEach(async () => {
  services = await openTestServices();
  created = await services.ok('articles.create', { headline: 'Banjir Medan', lead: 'Lead.' });
});
afterEach(() => {
  vi.restoreAllMocks();
  services.close();
});

const exportTo = (folder: string) =>
  services.call('export.run', { id: created.id, folder, zip: true, acceptWarnings: true });
const zippedPage = (zip: string, name: string) =>
  new TextDecoder().decode(unzipSync(fs.readFileSync(zip))[`${name}/index.html`]!);

describe('the package folder and its zip are always the same package', () => {
  it('a zip that cannot be written changes nothing: the previous folder and zip stay, nothing is left beside them', async () => {
    const saved = await services.ok('articles.save', { ...created, body: paragraphs('Versi pertama.') });
    const out = tempFolder('redaksi-zip-fails');
    const first = await services.ok('export.run', {
      id: created.id,
      folder: out,
      zip: true,
      acceptWarnings: true,
    });
    const name = path.basename(first.folder);
    await services.ok('articles.save', {
      ...created,
      revision: saved.revision,
      body: paragraphs('Versi kedua.'),
    });

    // A disk that fills up as the zip is written (the folder's files went in).
    const open = fs.openSync;
    vi.spyOn(fs, 'openSync').mockImplementation((file, ...rest) => {
      if (String(file).includes('.zip.')) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      return open(file, ...rest);
    });
    const result = await exportTo(out);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'EXPORT_FAILED', wording: { key: 'export.zipFailed' } },
    });
    if (result.ok) return;
    expect(result.error.message).toContain('Nothing was changed');
    expect(sayIn('id', result.error)).toContain('Tidak ada yang berubah');

    expect(fs.readdirSync(out).sort()).toEqual([name, `${name}.zip`]);
    expect(fs.readFileSync(path.join(first.folder, 'index.html'), 'utf8')).toContain('Versi pertama.');
    expect(zippedPage(first.zipFile!, name)).toContain('Versi pertama.');

    // Once the disk has room, both carry the new text.
    vi.restoreAllMocks();
    expect(await exportTo(out)).toMatchObject({ ok: true });
    expect(fs.readdirSync(out).sort()).toEqual([name, `${name}.zip`]);
    expect(fs.readFileSync(path.join(first.folder, 'index.html'), 'utf8')).toContain('Versi kedua.');
    expect(zippedPage(first.zipFile!, name)).toContain('Versi kedua.');
  });

  it('a kill after the new folder went into place puts its finished zip in place too; before, the zip goes', () => {
    const out = tempFolder('redaksi-zip-ready');
    // Killed after the folder's swap: its temporary folder is gone, its zip waits, finished.
    fs.mkdirSync(path.join(out, 'banjir'));
    fs.writeFileSync(path.join(out, 'banjir', 'index.html'), 'new');
    fs.writeFileSync(path.join(out, 'banjir.zip'), 'old zip');
    fs.writeFileSync(path.join(out, '.banjir.zip.ready-0a1b2c'), 'new zip');
    fs.mkdirSync(path.join(out, '.banjir.previous-0a1b2c'));
    recoverInterruptedExport(out, 'banjir');
    expect(fs.readdirSync(out).sort()).toEqual(['banjir', 'banjir.zip']);
    expect(fs.readFileSync(path.join(out, 'banjir.zip'), 'utf8')).toBe('new zip');

    // Killed before it: the new folder is still temporary, so its zip is not the package's.
    fs.mkdirSync(path.join(out, '.banjir.partial-3d4e5f'));
    fs.writeFileSync(path.join(out, '.banjir.zip.ready-3d4e5f'), 'newer zip');
    recoverInterruptedExport(out, 'banjir');
    expect(fs.readdirSync(out).sort()).toEqual(['banjir', 'banjir.zip']);
    expect(fs.readFileSync(path.join(out, 'banjir.zip'), 'utf8')).toBe('new zip');
    expect(fs.readFileSync(path.join(out, 'banjir', 'index.html'), 'utf8')).toBe('new');
  });
});
