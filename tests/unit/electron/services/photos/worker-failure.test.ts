import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { say } from '../../../../../shared/api/wording';
import { PhotoRefused } from '../../../../../electron/services/photos/process';
import { importFailure, readUpload } from '../../../../../electron/services/photos/worker-failure';
import { asNobody } from '../../../support/as-user';
import { tempFolder } from '../../../support/temp-folder';

const failureOf = async (work: () => Promise<unknown>): Promise<unknown> => {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('nothing failed');
};

/** A data folder with its import folder, which the user nobody may enter but not write to. */
function dataFolder(): { dataDir: string; staging: string } {
  const dataDir = tempFolder('redaksi-data');
  const staging = path.join(dataDir, 'import-staging');
  fs.mkdirSync(staging);
  for (const folder of [staging, dataDir]) fs.chmodSync(folder, 0o755);
  return { dataDir, staging };
}

describe('why the photo worker could not store a photo, in plain words naming it', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);

  it('an upload it may not read back is said as unreadable, naming the file — not as a data folder refusing writes', async () => {
    const { dataDir, staging } = dataFolder();
    const staged = path.join(staging, 'job-0.upload');
    fs.writeFileSync(staged, 'bytes', { mode: 0o000 });
    const error = await asNobody(() => failureOf(() => readUpload(staged)));
    expect(error).toMatchObject({ code: 'EACCES' });
    expect(importFailure(error, 'kosmodrom.jpg', staged, dataDir)).toEqual({
      code: 'STORAGE_UNREADABLE',
      ...say('photo.uploadUnreadable', { name: 'kosmodrom.jpg', place: staged }),
    });
  });

  it('another file or folder of the data folder it may not read is named as such, not as the upload', async () => {
    const { dataDir, staging } = dataFolder();
    const renditions = path.join(dataDir, 'renditions');
    fs.mkdirSync(renditions, { mode: 0o000 });
    fs.chmodSync(renditions, 0o000);
    const error = await asNobody(() => failureOf(async () => fs.readdirSync(renditions)));
    expect(importFailure(error, 'kosmodrom.jpg', path.join(staging, 'job-3.upload'), dataDir)).toEqual({
      code: 'STORAGE_UNREADABLE',
      ...say('storage.unreadable', { place: renditions }),
    });
  });

  it('an upload gone from the import folder asks for the photo again', async () => {
    const { dataDir, staging } = dataFolder();
    const staged = path.join(staging, 'job-1.upload');
    const error = await failureOf(() => readUpload(staged));
    expect(importFailure(error, 'harbour.png', staged, dataDir)).toEqual({
      code: 'INTERNAL',
      ...say('photo.uploadGone', { name: 'harbour.png' }),
    });
    expect(importFailure(error, 'harbour.png', staged, dataDir).message).toContain('Import the photo again');
  });

  it('a full disk is said as such; a photo refused as a photo keeps its own words; anything else is "not stored"', async () => {
    const { dataDir, staging } = dataFolder();
    const staged = path.join(staging, 'job-2.upload');
    // /dev/full refuses every write with a real ENOSPC.
    const full = await failureOf(async () => fs.writeFileSync('/dev/full', 'rendition'));
    expect(full).toMatchObject({ code: 'ENOSPC' });
    expect(importFailure(full, 'portrait.jpg', staged, dataDir)).toEqual({
      code: 'STORAGE_FULL',
      ...say('photo.notStoredFull', { name: 'portrait.jpg' }),
    });
    const refused = new PhotoRefused('PHOTO_UNREADABLE', say('photo.damaged', { name: 'empty.jpg' }));
    expect(importFailure(refused, 'empty.jpg', staged, dataDir)).toEqual({
      code: 'PHOTO_UNREADABLE',
      ...say('photo.damaged', { name: 'empty.jpg' }),
    });
    expect(importFailure(new Error('libvips: out of order'), 'x.jpg', staged, dataDir)).toEqual({
      code: 'INTERNAL',
      ...say('photo.notStored', { name: 'x.jpg' }),
    });
  });
});
