import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { renditionPath } from '../../../../../electron/services/photos/media';
import { openTestServices, type TestServices } from '../../../support/services';
import { importFiles, photoFixture } from '../../../support/photos';

let s: TestServices | null = null;
afterEach(() => s?.close());

/** Where the frame header (SOF0–SOF15, not DHT, JPG or DAC) starts, walking the marker segments. */
function frameHeaderOffset(jpeg: Buffer): number {
  let at = 2;
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) throw new Error(`no marker at ${at}`);
    const marker = jpeg[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return at;
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  throw new Error('no frame header');
}

describe('JPEGs the decoder only warns about', () => {
  it('imports a whole JPEG with stray bytes before its frame header, and still refuses a cut-short one', async () => {
    s = await openTestServices();
    const original = fs.readFileSync(photoFixture('kosmodrom.jpg'));
    const sof = frameHeaderOffset(original);
    // libjpeg: "Corrupt JPEG data: 4 extraneous bytes before marker 0xc0", a warning, not an error.
    const stray = Buffer.concat([
      original.subarray(0, sof),
      Buffer.from([1, 2, 3, 4]),
      original.subarray(sof),
    ]);
    const folder = fs.mkdtempSync(path.join(s.dataDir, 'warned-'));
    const whole = path.join(folder, 'stray-bytes.jpg');
    const cut = path.join(folder, 'cut-short.jpg');
    fs.writeFileSync(whole, stray);
    fs.writeFileSync(cut, stray.subarray(0, Math.floor(stray.length * 0.6)));

    const job = await importFiles(s, [whole, cut]);
    expect(job.files.map((file) => [file.name, file.state, file.error?.code])).toEqual([
      ['stray-bytes.jpg', 'imported', undefined],
      ['cut-short.jpg', 'failed', 'PHOTO_UNREADABLE'],
    ]);
    const photo = await s.ok('photos.get', { id: job.files[0]!.photoId! });
    expect(photo).toMatchObject({ width: 1600, height: 1067, credit: 'AFP' });
    // The renditions show the picture itself, as the clean file's pixels do.
    const ours = await sharp(fs.readFileSync(renditionPath(s.dataDir, photo.sha256, 480, 'jpg')))
      .resize(24, 16)
      .raw()
      .toBuffer();
    const clean = await sharp(original).resize(24, 16).raw().toBuffer();
    const difference = clean.reduce((sum, value, i) => sum + Math.abs(value - ours[i]!), 0) / clean.length;
    expect(difference).toBeLessThan(8);
  });
});
