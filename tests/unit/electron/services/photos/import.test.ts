import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { RENDITION_WIDTHS } from '../../../../../shared/api/photo';
import { sayIn } from '../../../../../shared/api/wording';
import { originalPath, renditionPath } from '../../../../../electron/services/photos/media';
import { openTestServices, type TestServices } from '../../../support/services';
import {
  BAD_IMAGES,
  badImage,
  filesUnder,
  GOOD_PHOTOS,
  importFiles,
  photoFixture,
  settle,
} from '../../../support/photos';

const REPO = path.resolve(import.meta.dirname, '../../../../..');
let s: TestServices | null = null;
afterEach(() => s?.close());

async function services(): Promise<TestServices> {
  s = await openTestServices();
  return s;
}

describe('importing photos', () => {
  it('brings kosmodrom.jpg in with caption, credit AFP, photographer and alt text filled', async () => {
    const api = await services();
    const job = await importFiles(api, [photoFixture('kosmodrom.jpg')]);
    expect(job.files[0]).toMatchObject({ name: 'kosmodrom.jpg', state: 'imported' });
    const photo = await api.ok('photos.get', { id: job.files[0]!.photoId! });
    expect(photo).toMatchObject({
      caption: expect.stringMatching(/^PUTIN MEETS KIM: /),
      credit: 'AFP',
      creator: 'VLADIMIR SMIRNOV',
      altText: 'Two leaders walk past a rocket launch pad',
      width: 1600,
      height: 1067,
      originalName: 'kosmodrom.jpg',
      usedIn: [],
    });
  });

  it('keeps the original content-addressed and makes every rendition, never upscaled, without metadata', async () => {
    const api = await services();
    const job = await importFiles(api, [photoFixture('vladivostok.jpg')]);
    const photo = await api.ok('photos.get', { id: job.files[0]!.photoId! });
    const original = originalPath(api.dataDir, photo.sha256, 'jpg');
    expect(path.relative(api.dataDir, original)).toBe(
      path.join('media', photo.sha256.slice(0, 2), `${photo.sha256}.jpg`),
    );
    expect(fs.readFileSync(original).equals(fs.readFileSync(photoFixture('vladivostok.jpg')))).toBe(true);
    for (const width of RENDITION_WIDTHS)
      for (const format of ['webp', 'jpg'] as const) {
        const meta = await sharp(
          fs.readFileSync(renditionPath(api.dataDir, photo.sha256, width, format)),
        ).metadata();
        expect(meta.format).toBe(format === 'jpg' ? 'jpeg' : 'webp');
        // 1200 px wide: the 1600 rendition stays 1200, never enlarged.
        expect(meta.width).toBe(Math.min(width, 1200));
        expect(meta.exif ?? meta.xmp ?? meta.iptc).toBeUndefined();
      }
  });

  it('imports every format it accepts, decoded in the worker: JPEG, PNG, WebP and GIF', async () => {
    const api = await services();
    const folder = fs.mkdtempSync(path.join(api.dataDir, 'formats-'));
    const picture = () => sharp({ create: { width: 320, height: 200, channels: 3, background: '#c0392b' } });
    const files = await Promise.all(
      (['png', 'webp', 'gif'] as const).map(async (format) => {
        const file = path.join(folder, `merah.${format}`);
        await picture().toFormat(format).toFile(file);
        return file;
      }),
    );
    const job = await importFiles(api, [photoFixture('kosmodrom.jpg'), ...files]);
    expect(job.files.map((file) => [file.name, file.state, file.error?.message])).toEqual([
      ['kosmodrom.jpg', 'imported', undefined],
      ['merah.png', 'imported', undefined],
      ['merah.webp', 'imported', undefined],
      ['merah.gif', 'imported', undefined],
    ]);
    const gif = await api.ok('photos.get', { id: job.files[3]!.photoId! });
    expect(gif).toMatchObject({ width: 320, height: 200 });
    expect(fs.existsSync(originalPath(api.dataDir, gif.sha256, 'gif'))).toBe(true);
  });

  it('applies the EXIF orientation: portrait.jpg (stored 800×1200, orientation 6) is upright', async () => {
    const api = await services();
    const job = await importFiles(api, [photoFixture('portrait.jpg')]);
    const photo = await api.ok('photos.get', { id: job.files[0]!.photoId! });
    expect([photo.width, photo.height]).toEqual([1200, 800]);
    const rendition = fs.readFileSync(renditionPath(api.dataDir, photo.sha256, 960, 'jpg'));
    const meta = await sharp(rendition).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([960, 640, undefined]);
    // The pixels are those of the rotated original, not of the stored sideways ones.
    const upright = await sharp(fs.readFileSync(photoFixture('portrait.jpg')))
      .autoOrient()
      .resize(24, 16)
      .raw()
      .toBuffer();
    const ours = await sharp(rendition).resize(24, 16).raw().toBuffer();
    const difference =
      upright.reduce((sum, value, i) => sum + Math.abs(value - ours[i]!), 0) / upright.length;
    expect(difference).toBeLessThan(8);
  });

  it('imports the same file twice as one photo, keeping the desk’s edits', async () => {
    const api = await services();
    const first = await importFiles(api, [photoFixture('kosmodrom.jpg')]);
    const id = first.files[0]!.photoId!;
    await api.ok('photos.update', { id, caption: 'EDITED: By the desk.' });
    const second = await importFiles(api, [photoFixture('kosmodrom.jpg')]);
    expect(second.files[0]).toMatchObject({ state: 'duplicate', photoId: id });
    expect(await api.ok('photos.list', {})).toHaveLength(1);
    expect((await api.ok('photos.get', { id })).caption).toBe('EDITED: By the desk.');
  });

  it('cancels the files not yet sent', async () => {
    const api = await services();
    const names = GOOD_PHOTOS.map((name) => ({ name, size: fs.statSync(photoFixture(name)).size }));
    const job = await api.ok('photos.importBegin', { files: names });
    await api.ok('photos.importFile', {
      jobId: job.id,
      index: 0,
      data: fs.readFileSync(photoFixture(GOOD_PHOTOS[0]!)).toString('base64'),
    });
    const cancelled = await api.ok('photos.importCancel', { jobId: job.id });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.files.slice(1).map((file) => file.state)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    const settled = await settle(api, job.id);
    expect(settled.state).toBe('cancelled');
    expect(await api.ok('photos.list', {})).toHaveLength(settled.files[0]!.state === 'imported' ? 1 : 0);
    expect(filesUnder(path.join(api.dataDir, 'imports'))).toEqual([]);
  });

  it('takes a file in pieces, in order: the same photo as sent whole; a piece after Cancel stages nothing', async () => {
    const api = await services();
    const bytes = fs.readFileSync(photoFixture('kosmodrom.jpg'));
    const job = await api.ok('photos.importBegin', {
      files: [
        { name: 'kosmodrom.jpg', size: bytes.length },
        { name: 'vladivostok.jpg', size: 1 },
      ],
    });
    const cuts = [0, 100_001, 200_000, bytes.length];
    for (let i = 0; i + 1 < cuts.length; i += 1) {
      const more = i + 2 < cuts.length;
      const sent = await api.ok('photos.importFile', {
        jobId: job.id,
        index: 0,
        data: bytes.subarray(cuts[i], cuts[i + 1]).toString('base64'),
        ...(more ? { more } : {}),
      });
      if (more) expect(sent.files[0]!.state).toBe('waiting');
      else expect(['queued', 'working', 'imported']).toContain(sent.files[0]!.state);
    }
    // The whole file, once queued, cannot be sent again, in pieces or not.
    const again = await api.fails('photos.importFile', { jobId: job.id, index: 0, data: 'AAAA', more: true });
    expect(again.code).toBe('CONFLICT');

    // Half a file, then Cancel: its pieces go at once, a later piece is ignored, nothing stays staged.
    await api.ok('photos.importFile', { jobId: job.id, index: 1, data: 'AAAA', more: true });
    expect(filesUnder(path.join(api.dataDir, 'imports'))).toContain(
      path.join(String(process.pid), `${job.id}-1.upload`),
    );
    await api.ok('photos.importCancel', { jobId: job.id });
    expect(filesUnder(path.join(api.dataDir, 'imports'))).not.toContain(
      path.join(String(process.pid), `${job.id}-1.upload`),
    );
    await api.ok('photos.importFile', { jobId: job.id, index: 1, data: 'AAAA' });
    const settled = await settle(api, job.id);
    expect(settled.files.map((file) => file.state)).toEqual(['imported', 'cancelled']);
    const photo = await api.ok('photos.get', { id: settled.files[0]!.photoId! });
    const direct = await importFiles(api, [photoFixture('kosmodrom.jpg')]);
    expect(direct.files[0]).toMatchObject({ state: 'duplicate', photoId: photo.id });
    expect(filesUnder(path.join(api.dataDir, 'imports'))).toEqual([]);
  });

  it('keeps a file half received while a command-line run opens the same data folder', async () => {
    const api = await services();
    const bytes = fs.readFileSync(photoFixture('kosmodrom.jpg'));
    const job = await api.ok('photos.importBegin', {
      files: [{ name: 'kosmodrom.jpg', size: bytes.length }],
    });
    const half = 150_000;
    await api.ok('photos.importFile', {
      jobId: job.id,
      index: 0,
      data: bytes.subarray(0, half).toString('base64'),
      more: true,
    });
    // A dead process's leftovers go; the CLI (another process) leaves this one's uploads alone.
    const leftover = path.join(api.dataDir, 'imports', '999999999', 'old.upload');
    fs.mkdirSync(path.dirname(leftover), { recursive: true });
    fs.writeFileSync(leftover, 'x');
    await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(REPO, 'electron/hosts/cli.ts'), 'list', '--data', api.dataDir],
      { cwd: REPO },
    );
    expect(fs.existsSync(leftover)).toBe(false);
    await api.ok('photos.importFile', {
      jobId: job.id,
      index: 0,
      data: bytes.subarray(half).toString('base64'),
    });
    expect((await settle(api, job.id)).files[0]!.state).toBe('imported');
  }, 30_000);

  it('refuses a file whose pieces add up to more than 40 MB, keeping nothing of it', async () => {
    const api = await services();
    const job = await api.ok('photos.importBegin', { files: [{ name: 'grows.jpg', size: 10 }] });
    const piece = Buffer.alloc(15 * 1024 * 1024).toString('base64');
    await api.ok('photos.importFile', { jobId: job.id, index: 0, data: piece, more: true });
    await api.ok('photos.importFile', { jobId: job.id, index: 0, data: piece, more: true });
    const refused = await api.ok('photos.importFile', { jobId: job.id, index: 0, data: piece, more: true });
    expect(refused.files[0]).toMatchObject({ state: 'failed', error: { code: 'PHOTO_TOO_LARGE' } });
    expect(refused.files[0]!.error!.message).toMatch(/^grows\.jpg is 45 MB/);
    expect(filesUnder(path.join(api.dataDir, 'imports'))).toEqual([]);
  });

  it('refuses a file declared larger than 40 MB without asking for its bytes, and malformed data', async () => {
    const api = await services();
    const job = await api.ok('photos.importBegin', { files: [{ name: 'huge.jpg', size: 41 * 1024 * 1024 }] });
    expect(job.state).toBe('finished');
    expect(job.files[0]).toMatchObject({ state: 'failed', error: { code: 'PHOTO_TOO_LARGE' } });
    expect(job.files[0]!.error!.message).toMatch(/^huge\.jpg is 41 MB/);
    const other = await api.ok('photos.importBegin', { files: [{ name: 'a.jpg', size: 3 }] });
    const refused = await api.fails('photos.importFile', { jobId: other.id, index: 0, data: 'not base64!' });
    expect(refused.code).toBe('VALIDATION');
  });

  it('writes a refused file’s size as its language does: 41.3 MB in English, 41,3 MB in Indonesian', async () => {
    const api = await services();
    const size = Math.round(41.3 * 1024 * 1024);
    const declared = await api.ok('photos.importBegin', { files: [{ name: 'besar.jpg', size }] });
    // Sent in pieces under a smaller declared size: the pieces' sum is said the same way.
    const sent = await api.ok('photos.importBegin', { files: [{ name: 'besar.jpg', size: 10 }] });
    const bytes = Buffer.alloc(size);
    const piece = 15 * 1024 * 1024;
    let received = sent;
    for (let start = 0; start < size; start += piece)
      received = await api.ok('photos.importFile', {
        jobId: sent.id,
        index: 0,
        data: bytes.subarray(start, start + piece).toString('base64'),
        ...(start + piece < size ? { more: true } : {}),
      });
    for (const refusal of [declared.files[0]!.error!, received.files[0]!.error!]) {
      expect(sayIn('en', refusal)).toBe('besar.jpg is 41.3 MB; Redaksi accepts photos up to 40 MB.');
      expect(sayIn('id', refusal)).toBe(
        'besar.jpg berukuran 41,3 MB; Redaksi menerima foto paling besar 40 MB.',
      );
    }
  });
});

describe('bad images (QUALITY.md R4)', () => {
  it('gives each bad file a plain-words error naming it, imports the good ones, and changes nothing else', async () => {
    const api = await services();
    const rssBefore = process.memoryUsage().rss;
    const files = [...BAD_IMAGES.map(badImage), ...GOOD_PHOTOS.map(photoFixture)];
    const job = await importFiles(api, files);
    const rssGrowth = process.memoryUsage().rss - rssBefore;

    expect(job.state).toBe('finished');
    const byName = new Map(job.files.map((file) => [file.name, file]));
    for (const name of GOOD_PHOTOS) expect(byName.get(name)?.state, name).toBe('imported');
    for (const name of BAD_IMAGES) {
      const file = byName.get(name)!;
      expect(file.state, name).toBe('failed');
      expect(file.error!.message.startsWith(`${name} `), file.error!.message).toBe(true);
      expect(file.error!.message).not.toMatch(/vips|sharp|exifr|Error:|at /i);
    }
    expect(byName.get('bomb-20000x20000.png')!.error).toEqual({
      code: 'PHOTO_TOO_LARGE',
      message:
        'bomb-20000x20000.png is 20,000 × 20,000 pixels (400 megapixels); Redaksi accepts photos up to 110 megapixels.',
      // The same words by key, for the interface to say in Indonesian.
      wording: {
        key: 'photo.tooManyPixels',
        values: { name: 'bomb-20000x20000.png', width: 20000, height: 20000, megapixels: 400, limit: 110 },
      },
    });
    expect(byName.get('script.svg')!.error!.message).toMatch(/SVG drawing/);
    expect(byName.get('truncated.jpg')!.error!.code).toBe('PHOTO_UNREADABLE');
    expect(byName.get('empty.jpg')!.error!.message).toBe('empty.jpg is empty (0 bytes).');

    // The library holds exactly the good photos: four originals, eight renditions each, no leftovers.
    const photos = await api.ok('photos.list', {});
    expect(photos.map((photo) => photo.originalName).sort()).toEqual([...GOOD_PHOTOS].sort());
    expect(filesUnder(path.join(api.dataDir, 'media'))).toHaveLength(GOOD_PHOTOS.length);
    expect(filesUnder(path.join(api.dataDir, 'renditions'))).toHaveLength(GOOD_PHOTOS.length * 8);
    expect(filesUnder(path.join(api.dataDir, 'imports'))).toEqual([]);
    // Decoding the 20000×20000 PNG would take 1.2 GB at least; the header check refused it unread.
    expect(rssGrowth).toBeLessThan(400 * 1024 * 1024);
    // The service keeps serving.
    expect((await api.ok('app.status', {})).version).toBe('0.0.0-test');
  });

  it('sharp’s pixel limit stays on behind the header check: decoding the bomb is refused', async () => {
    const bomb = fs.readFileSync(badImage('bomb-20000x20000.png'));
    await expect(sharp(bomb, { limitInputPixels: 110_000_000 }).resize(100).raw().toBuffer()).rejects.toThrow(
      /pixel limit/,
    );
  });
});
