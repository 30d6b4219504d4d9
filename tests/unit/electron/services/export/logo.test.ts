import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nuErrors } from '../../../support/checkers';
import { paragraphs } from '../../../support/documents';
import { importFiles } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

/** A logo as desks have them: a PNG with a transparent background around a coloured mark. */
async function transparentLogo(): Promise<string> {
  const file = path.join(tempFolder('redaksi-logo'), 'logo.png');
  const mark = await sharp({ create: { width: 300, height: 80, channels: 4, background: '#c0392b' } })
    .png()
    .toBuffer();
  await sharp({
    create: { width: 600, height: 160, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .composite([{ input: mark, left: 150, top: 40 }])
    .png()
    .toFile(file);
  return file;
}

/**
 * The alpha of an image's top-left pixel, decoded by sharp in a process of its own: this one runs the
 * photo worker's code, which allows sharp to read only the formats photos are imported in.
 */
function cornerAlpha(file: string): number {
  const script = `require('sharp')(process.argv[1]).ensureAlpha().extract({ left: 0, top: 0, width: 1, height: 1 })
    .raw().toBuffer().then((pixel) => process.stdout.write(String(pixel[3])))`;
  return Number(execFileSync(process.execPath, ['-e', script, file], { cwd: repoRoot, encoding: 'utf8' }));
}

describe('the publication logo in the export', () => {
  it('keeps a transparent logo transparent: WebP in the header, the JPEG as its fallback and for JSON-LD', async () => {
    const logoId = (await importFiles(services, [await transparentLogo()])).files[0]!.photoId!;
    await services.ok('settings.update', { publication: { name: 'Tribun Medan', logoPhotoId: logoId } });
    const created = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...created,
      headline: 'Logo bening',
      lead: 'Tanpa latar.',
      body: paragraphs('Isi berita.'),
    });
    const { folder, files } = await services.ok('export.run', {
      id: created.id,
      folder: tempFolder('redaksi-logo-export'),
      zip: false,
      acceptWarnings: true,
    });
    const webp = `images/${logoId}-480.webp`;
    const jpeg = `images/${logoId}-480.jpg`;
    expect(files).toEqual(expect.arrayContaining([webp, jpeg]));
    const html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    expect(html).toContain(
      `<header class="publication"><picture><source type="image/webp" srcset="${webp}"><img src="${jpeg}" alt="Tribun Medan" width="480" height="128"></picture></header>`,
    );
    // The corner of the WebP is see-through; the JPEG, which has no transparency, stands on white.
    expect(cornerAlpha(path.join(folder, webp))).toBe(0);
    expect(cornerAlpha(path.join(folder, jpeg))).toBe(255);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as {
      publisher: { logo: { url: string } };
    };
    expect(ld.publisher.logo.url).toBe(jpeg);
    expect(await nuErrors([path.join(folder, 'index.html')])).toEqual([]);
  });
});
