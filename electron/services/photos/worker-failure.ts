import { say } from '../../../shared/api/wording';
import fs from 'node:fs/promises';
import { storageFailure, whileReading } from '../storage-failure';
import { PhotoRefused } from './process';
import type { WorkerFailure } from './worker-protocol';

/**
 * The bytes of one staged upload. A refusal is marked as a read: an upload Redaksi may not read back,
 * not a refused write.
 */
export const readUpload = (stagedFile: string): Promise<Buffer> =>
  fs.readFile(stagedFile).catch((error: unknown) => {
    throw whileReading(error);
  });

/**
 * Why the photo worker could not store one photo, in plain words naming the file: refused as a photo
 * (unreadable, too large), its upload gone from the import folder or unreadable there, the disk full,
 * the data folder not writable — and only then "could not be stored", with the cause in the log.
 */
export function importFailure(
  error: unknown,
  name: string,
  stagedFile: string,
  dataDir: string,
): WorkerFailure {
  if (error instanceof PhotoRefused)
    return { code: error.code, message: error.message, wording: error.wording };
  console.error(`[redaksi] importing ${name} failed:`, error);
  const { code, path: where } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (code === 'ENOENT' && where === stagedFile)
    return { code: 'INTERNAL', ...say('photo.uploadGone', { name }) };
  const refused = storageFailure(error, dataDir);
  switch (refused?.code) {
    case 'STORAGE_UNREADABLE':
      // The upload itself, or another file or folder of the data folder (a renditions folder).
      return refused.place === stagedFile
        ? { code: refused.code, ...say('photo.uploadUnreadable', { name, place: refused.place }) }
        : { code: refused.code, ...say('storage.unreadable', { place: refused.place }) };
    case 'STORAGE_FULL':
      return { code: refused.code, ...say('photo.notStoredFull', { name }) };
    case 'STORAGE_READ_ONLY':
      return { code: refused.code, ...say('photo.notStoredDataFolder', { name, folder: refused.folder }) };
    default:
      return { code: 'INTERNAL', ...say('photo.notStored', { name }) };
  }
}
