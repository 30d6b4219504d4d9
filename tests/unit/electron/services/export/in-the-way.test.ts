import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphs } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';
import { sayIn } from '../../../../../shared/api/wording';

let services: TestServices;
let id: string;
let slug: string;
beforeEach(async () => {
  services = await openTestServices();
  const created = await services.ok('articles.create', { headline: 'Banjir Medan', lead: 'Lead.' });
  const saved = await services.ok('articles.save', { ...created, body: paragraphs('Isi berita.') });
  ({ id } = created);
  ({ slug } = saved);
});
afterEach(() => services.close());

const run = (folder: string, zip = false) =>
  services.call('export.run', { id, folder, zip, acceptWarnings: true });

describe('what stands where the package goes', () => {
  it('re-exporting replaces the package but keeps the files the publisher added to it', async () => {
    const out = tempFolder('redaksi-way');
    expect(await run(out)).toMatchObject({ ok: true });
    const folder = path.join(out, slug);
    fs.writeFileSync(path.join(folder, 'README-publisher.txt'), 'catatan penerbit');
    fs.mkdirSync(path.join(folder, 'extra'));
    fs.writeFileSync(path.join(folder, 'extra', '.htaccess'), 'Options -Indexes');
    fs.mkdirSync(path.join(folder, 'images'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'images', 'banner-sendiri.png'), 'png');
    // Named like a date or a word of hex letters, but not by a photo's id: the publisher's too.
    fs.writeFileSync(path.join(folder, 'images', '2023-09-13.jpg'), 'jpg');
    fs.writeFileSync(path.join(folder, 'images', 'cafe-1.webp'), 'webp');
    // Left by an earlier export of a photo the article no longer shows: generated, so it goes.
    fs.writeFileSync(path.join(folder, 'images', '0b7c2f4e-8a1d-4c3b-9e5f-1a2b3c4d5e6f-480.jpg'), 'jpg');
    // Left by an earlier export of a longer article: generated, so it goes.
    fs.writeFileSync(path.join(folder, 'page-5.html'), '<p>lama</p>');
    fs.writeFileSync(path.join(folder, 'index.html'), 'diubah tangan');

    expect(await run(out)).toMatchObject({ ok: true });
    expect(fs.readFileSync(path.join(folder, 'README-publisher.txt'), 'utf8')).toBe('catatan penerbit');
    expect(fs.readFileSync(path.join(folder, 'extra', '.htaccess'), 'utf8')).toBe('Options -Indexes');
    expect(fs.readFileSync(path.join(folder, 'images', 'banner-sendiri.png'), 'utf8')).toBe('png');
    expect(fs.readFileSync(path.join(folder, 'images', '2023-09-13.jpg'), 'utf8')).toBe('jpg');
    expect(fs.readFileSync(path.join(folder, 'images', 'cafe-1.webp'), 'utf8')).toBe('webp');
    expect(fs.existsSync(path.join(folder, 'images', '0b7c2f4e-8a1d-4c3b-9e5f-1a2b3c4d5e6f-480.jpg'))).toBe(
      false,
    );
    expect(fs.existsSync(path.join(folder, 'page-5.html'))).toBe(false);
    expect(fs.readFileSync(path.join(folder, 'index.html'), 'utf8')).toContain('<!DOCTYPE html>');
    // Nothing of the swap is left beside the package.
    expect(fs.readdirSync(out)).toEqual([slug]);
  });

  it('refuses a folder that is no full path, in words of both languages', async () => {
    expect(await run('relative/exports')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', wording: { key: 'export.folderNotFull' } },
    });
  });

  it('refuses a folder path with a space at either end or a line break, tab or NUL in it, and remembers nothing', async () => {
    const parent = tempFolder('redaksi-way');
    const before = (await services.ok('settings.get', {})).publication.exportFolder;
    for (const folder of [
      `${parent}/x-out\n`,
      ` ${parent}/x-out`,
      `${parent}/x-out `,
      `\t${parent}/x-out`,
      `${parent}/x-out\u00a0`,
      `${parent}/a\nb/x-out`,
      `${parent}/a\rb`,
      `${parent}/a\0b`,
    ]) {
      const result = await run(folder);
      expect(result, JSON.stringify(folder)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', wording: { key: 'export.folderUnmeant' } },
      });
      if (result.ok) return;
      expect(result.error.message).toContain('begins or ends with a space, or holds a line break');
      expect(sayIn('id', result.error)).toContain('diawali atau diakhiri spasi');
    }
    expect(fs.readdirSync(parent)).toEqual([]);
    expect((await services.ok('settings.get', {})).publication.exportFolder).toBe(before);
    // A space inside a name is a publisher's own choice.
    expect(await run(`${parent}/Redaksi exports`)).toMatchObject({ ok: true });
    expect(fs.readdirSync(parent)).toEqual(['Redaksi exports']);
  });

  it('says a name too long for the disk in words of both languages, not the system’s', async () => {
    const result = await run(`${tempFolder('redaksi-way')}/${'a'.repeat(300)}`);
    expect(result).toMatchObject({ ok: false, error: { code: 'EXPORT_FAILED' } });
    if (result.ok) return;
    expect(sayIn('id', result.error)).toContain('ada nama di jalur itu yang terlalu panjang untuk disk');
    expect(result.error.message).not.toContain('ENAMETOOLONG');
  });

  it('says a loop of links as such, not as a file in the way, as the folder or above it', async () => {
    const out = tempFolder('redaksi-way');
    fs.symlinkSync('loop2', path.join(out, 'loop1'));
    fs.symlinkSync('loop1', path.join(out, 'loop2'));
    for (const folder of [path.join(out, 'loop1'), path.join(out, 'loop1', 'exports')]) {
      const result = await run(folder);
      expect(result, folder).toMatchObject({
        ok: false,
        error: { code: 'EXPORT_FAILED', wording: { values: { reason: '@message:export.reason.loop' } } },
      });
      if (result.ok) return;
      expect(result.error.message).toContain('the path goes round in a circle of links');
      expect(sayIn('id', result.error)).toContain('jalur itu berputar dalam lingkaran tautan');
    }
    expect(fs.readdirSync(out).sort()).toEqual(['loop1', 'loop2']);
  });

  it('says a link to a folder that is gone as a missing folder, and makes nothing', async () => {
    const out = tempFolder('redaksi-way');
    fs.symlinkSync(path.join(out, 'gone'), path.join(out, 'usb'));
    const result = await run(path.join(out, 'usb'));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'EXPORT_FAILED', wording: { values: { reason: '@message:export.reason.missing' } } },
    });
    expect(fs.readdirSync(out)).toEqual(['usb']);
  });

  it('refuses to replace a file of the same name, saying so, and leaves it as it was', async () => {
    const out = tempFolder('redaksi-way');
    fs.writeFileSync(path.join(out, slug), 'catatan pribadi');
    const result = await run(out);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'EXPORT_FAILED', wording: { key: 'export.fileInTheWay' } },
    });
    expect(fs.readFileSync(path.join(out, slug), 'utf8')).toBe('catatan pribadi');
    expect(fs.readdirSync(out)).toEqual([slug]);
  });

  it('refuses to replace a folder of someone’s own files, but fills an empty one and replaces a package', async () => {
    const out = tempFolder('redaksi-way');
    fs.mkdirSync(path.join(out, slug));
    fs.writeFileSync(path.join(out, slug, 'draft.docx'), 'naskah');
    expect(await run(out)).toMatchObject({ ok: false, error: { wording: { key: 'export.folderInTheWay' } } });
    expect(fs.readdirSync(path.join(out, slug))).toEqual(['draft.docx']);

    fs.rmSync(path.join(out, slug, 'draft.docx'));
    expect(await run(out)).toMatchObject({ ok: true });
    // Its own package, written before: replaced as every re-export does.
    expect(await run(out)).toMatchObject({ ok: true });
    expect(fs.readdirSync(path.join(out, slug))).toContain('article.json');
  });

  it('refuses to replace a zip that is not this package’s, or a folder named like it; replaces its own', async () => {
    const out = tempFolder('redaksi-way');
    const zip = path.join(out, `${slug}.zip`);
    fs.writeFileSync(zip, 'MY OWN ARCHIVE');
    expect(await run(out, true)).toMatchObject({
      ok: false,
      error: { wording: { key: 'export.zipInTheWay' } },
    });
    expect(fs.readFileSync(zip, 'utf8')).toBe('MY OWN ARCHIVE');
    // Refused before anything was written: no package folder beside the foreign zip either.
    expect(fs.readdirSync(out)).toEqual([`${slug}.zip`]);

    fs.rmSync(zip);
    fs.mkdirSync(zip);
    expect(await run(out, true)).toMatchObject({
      ok: false,
      error: { wording: { key: 'export.zipInTheWay' } },
    });
    expect(fs.readdirSync(out)).toEqual([`${slug}.zip`]);

    // A real zip of something else (its entries not under the package's folder) is not ours either.
    fs.rmSync(zip, { recursive: true });
    fs.writeFileSync(zip, zipSync({ 'laporan/catatan.txt': strToU8('punya saya') }));
    expect(await run(out, true)).toMatchObject({
      ok: false,
      error: { wording: { key: 'export.zipInTheWay' } },
    });

    fs.rmSync(zip);
    expect(await run(out, true)).toMatchObject({ ok: true });
    const first = fs.readFileSync(zip);
    expect(await run(out, true)).toMatchObject({ ok: true });
    expect(fs.readFileSync(zip).equals(first)).toBe(true);
    expect(fs.readdirSync(out).sort()).toEqual([slug, `${slug}.zip`]);
  });
});
