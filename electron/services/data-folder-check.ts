import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../shared/api/errors';
import { say } from '../../shared/api/wording';
import { storageFailure } from './storage-failure';

const codeOf = (error: unknown): string | null => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
};

const isFull = (code: string | null): boolean =>
  code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL';

const isRefusedWrite = (code: string | null): boolean =>
  code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || (code?.startsWith('SQLITE_READONLY') ?? false);

/** The nearest existing path at or above `target` (the data folder may not exist yet). */
function nearestExisting(target: string): string {
  let at = target;
  while (!fs.existsSync(at) && path.dirname(at) !== at) at = path.dirname(at);
  return at;
}

/** Creates and removes a small file in `folder`: the only honest test of "may I write here" (root ignores modes). */
function writeProbe(folder: string): string | null {
  const probe = path.join(folder, `.redaksi-write-check-${randomBytes(6).toString('hex')}`);
  try {
    fs.writeFileSync(probe, '', { flag: 'wx' });
    fs.rmSync(probe, { force: true });
    return null;
  } catch (error) {
    return codeOf(error) ?? 'EIO';
  }
}

/**
 * Why the data folder could not be opened, in plain words, when the cause is the folder itself (read-only,
 * full, a file in a folder's place, a file in it this user may not read); null when it is something else, which is then reported as it is.
 * `files` are the names inside the folder that Redaksi opens (a folder in their place is refused too).
 */
export function diagnoseDataFolder(
  folder: string,
  error: unknown,
  files: readonly string[],
): ApiError | null {
  const full = () => new ApiError('DATA_FOLDER_UNUSABLE', say('start.folderFull', { folder }), { folder });
  const misplaced = (key: 'start.folderIsFile' | 'start.fileIsFolder', what: string) =>
    new ApiError('DATA_FOLDER_UNUSABLE', say(key, { folder, what }), { folder, what });
  const readOnly = () =>
    new ApiError('DATA_FOLDER_UNUSABLE', say('start.folderReadOnly', { folder }), { folder });

  if (isFull(codeOf(error))) return full();
  // Another process holds the database for longer than the wait (the command line checking it, which
  // takes SQLite's exclusive lock while it reads it through): nothing is wrong with the folder.
  if (/^SQLITE_(BUSY|LOCKED)/.test(codeOf(error) ?? ''))
    return new ApiError('DATA_FOLDER_UNUSABLE', say('start.databaseBusy', { folder }), { folder });
  const existing = nearestExisting(folder);
  if (!fs.statSync(existing).isDirectory()) return misplaced('start.folderIsFile', existing);
  if (existing === folder) {
    const folderInPlace = misplacedEntry(folder, files, 'file');
    if (folderInPlace) return folderInPlace;
  }
  const probe = writeProbe(existing);
  if (isFull(probe)) return full();
  // A folder Redaksi may write to, holding a file (or folder) this user may not read: that one is named.
  const refused = probe === null ? storageFailure(error, folder) : null;
  if (refused?.code === 'STORAGE_UNREADABLE')
    return new ApiError(
      'DATA_FOLDER_UNUSABLE',
      say('start.fileUnreadable', { folder, what: refused.place }),
      {
        folder,
        what: refused.place,
      },
    );
  if (isRefusedWrite(probe) || isRefusedWrite(codeOf(error))) return readOnly();
  return null;
}

/**
 * A file standing where one of the folders Redaksi keeps in its data folder should be (`imports/`,
 * `export-journal/`, …), or a folder where one of its files should be (the database's `-wal` or
 * `-shm` beside it, which SQLite reported as "unable to open database file", or as a read-only
 * folder at the first write): found before anything is opened, so the start stops with that path
 * named and nothing changed.
 */
export function misplacedEntry(
  folder: string,
  names: readonly string[],
  want: 'folder' | 'file',
): ApiError | null {
  // A data folder that is itself missing or a file is the caller's to say (diagnoseDataFolder).
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return null;
  for (const name of names) {
    const what = path.join(folder, name);
    if (!fs.existsSync(what) || fs.statSync(what).isDirectory() === (want === 'folder')) continue;
    const key = want === 'folder' ? 'start.folderIsFile' : 'start.fileIsFolder';
    return new ApiError('DATA_FOLDER_UNUSABLE', say(key, { folder, what }), { folder, what });
  }
  return null;
}
