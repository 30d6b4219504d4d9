import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sayIn } from '../../../../../shared/api/wording';
import { renditionPath } from '../../../../../electron/services/photos/media';
import { documentOf, paragraph, photoBlock, text } from '../../../support/documents';
import { importFiles, photoFixture } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

/** An article with kosmodrom.jpg featured and in the body, portrait.jpg as the publication's logo. */
async function articleWithPhotos() {
  const job = await importFiles(services, ['kosmodrom.jpg', 'portrait.jpg'].map(photoFixture));
  const [kosmodrom, portrait] = await Promise.all(
    job.files.map((file) => services.ok('photos.get', { id: file.photoId! })),
  );
  const created = await services.ok('articles.create', {});
  await services.ok('articles.save', {
    ...created,
    headline: 'Berkas foto hilang',
    lead: 'Lead.',
    featuredPhotoId: kosmodrom!.id,
    body: documentOf(paragraph(text(words(120)))),
  });
  await services.ok('settings.update', { publication: { name: 'Tribun', logoPhotoId: portrait!.id } });
  return { id: created.id, kosmodrom: kosmodrom!, portrait: portrait! };
}

describe('export when files are missing or the folder cannot be made', () => {
  it('names a photo whose image files are gone, blocks the export in plain words, and re-importing mends it', async () => {
    const { id, kosmodrom } = await articleWithPhotos();
    const gone = renditionPath(services.dataDir, kosmodrom.sha256, 960, 'jpg');
    fs.renameSync(gone, `${gone}.moved`);

    const check = await services.ok('export.preflight', { id });
    expect(check.errors.map((issue) => issue.code)).toEqual(['PHOTO_FILES_MISSING']);
    expect(check.errors[0]!.message).toMatch(/^The featured photo’s image files are missing/);
    expect(sayIn('id', check.errors[0]!)).toMatch(/^Berkas gambar foto utama hilang/);
    const out = tempFolder('redaksi-missing-files');
    const refused = await services.fails('export.run', { id, folder: out, zip: false, acceptWarnings: true });
    expect(refused.code).toBe('EXPORT_FAILED');
    expect(refused.message).toContain('image files are missing from the data folder');
    expect(fs.readdirSync(out)).toEqual([]);

    // The same file imported again brings the renditions back; the export goes through.
    await importFiles(services, [photoFixture('kosmodrom.jpg')]);
    expect(fs.existsSync(gone)).toBe(true);
    expect((await services.ok('export.preflight', { id })).errors).toEqual([]);
    const { files } = await services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true });
    expect(files).toContain(`images/${kosmodrom.id}-960.jpg`);
  }, 60_000);

  it('refuses a photo whose image files are damaged (cut short, emptied), and re-importing mends it', async () => {
    const { id, kosmodrom } = await articleWithPhotos();
    const cutShort = renditionPath(services.dataDir, kosmodrom.sha256, 1600, 'jpg');
    const whole = fs.readFileSync(cutShort);
    fs.writeFileSync(cutShort, whole.subarray(0, whole.length >> 1));

    const check = await services.ok('export.preflight', { id });
    expect(check.errors.map((issue) => issue.code)).toEqual(['PHOTO_FILES_DAMAGED']);
    expect(check.errors[0]!.message).toMatch(
      /^The featured photo’s image files in the data folder are damaged/,
    );
    expect(sayIn('id', check.errors[0]!)).toMatch(/^Berkas gambar foto utama di folder data rusak/);
    const out = tempFolder('redaksi-damaged-files');
    const refused = await services.fails('export.run', { id, folder: out, zip: false, acceptWarnings: true });
    expect(refused.code).toBe('EXPORT_FAILED');
    expect(refused.message).toContain('would publish as broken images');
    expect(fs.readdirSync(out)).toEqual([]);

    // The same file imported again makes the damaged rendition again.
    await importFiles(services, [photoFixture('kosmodrom.jpg')]);
    expect(fs.readFileSync(cutShort).equals(whole)).toBe(true);
    expect((await services.ok('export.preflight', { id })).errors).toEqual([]);

    // An emptied WebP in the body's photo: named by its number there.
    const body = await services.ok('articles.get', { id });
    await services.ok('articles.save', {
      ...body,
      featuredPhotoId: null,
      body: documentOf(paragraph(text(words(120))), photoBlock(kosmodrom.id)),
    });
    fs.writeFileSync(renditionPath(services.dataDir, kosmodrom.sha256, 480, 'webp'), '');
    const emptied = await services.ok('export.preflight', { id });
    expect(emptied.errors.map((issue) => [issue.code, issue.photo])).toEqual([['PHOTO_FILES_DAMAGED', 1]]);
    expect(emptied.errors[0]!.message).toMatch(/^The image files of photo 1 in the body are damaged/);
    await importFiles(services, [photoFixture('kosmodrom.jpg')]);
    const { files } = await services.ok('export.run', { id, folder: out, zip: false, acceptWarnings: true });
    expect(files).toContain(`images/${kosmodrom.id}-480.webp`);
  }, 60_000);

  it('exports without the logo, with a warning, when the logo’s files are gone', async () => {
    const { id, portrait } = await articleWithPhotos();
    fs.rmSync(renditionPath(services.dataDir, portrait.sha256, 480, 'webp'));
    const check = await services.ok('export.preflight', { id });
    expect(check.errors).toEqual([]);
    expect(check.warnings.map((issue) => issue.code)).toContain('LOGO_MISSING');
    const out = tempFolder('redaksi-missing-logo');
    const { folder, files } = await services.ok('export.run', {
      id,
      folder: out,
      zip: false,
      acceptWarnings: true,
    });
    expect(files.filter((file) => file.includes(portrait.id))).toEqual([]);
    const page = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    expect(page).toContain('Tribun');
    expect(page).not.toContain(portrait.id);
  }, 60_000);

  it('says in plain words why a folder cannot be made, at once (a path under /proc hung the app)', async () => {
    const { id } = await articleWithPhotos();
    const blocked = path.join(tempFolder('redaksi-file-in-the-way'), 'a-file');
    fs.writeFileSync(blocked, 'not a folder');
    const cases: Array<[folder: string, reason: string, alasan: string]> = [
      [path.join(blocked, 'exports'), 'a file stands where a folder should be', 'ada berkas di tempat'],
    ];
    if (fs.existsSync('/proc/self'))
      cases.push([
        '/proc/redaksi-exports/today',
        'a folder on that path does not exist and cannot be made there',
        'tidak ada dan tidak dapat dibuat',
      ]);
    for (const [folder, reason, alasan] of cases) {
      const error = await services.fails('export.run', { id, folder, zip: true, acceptWarnings: true });
      expect(error.code).toBe('EXPORT_FAILED');
      expect(error.message).toBe(
        `The package could not be written to ${folder}: ${reason}. The previous package, if any, is unchanged.`,
      );
      expect(sayIn('id', error)).toContain(alasan);
    }
  }, 60_000);
});
