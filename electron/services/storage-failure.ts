import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { say } from '../../shared/api/wording';
import type { Handlers } from './handlers';

type Said = ReturnType<typeof say>;

export type StorageFailure = Said &
  (
    | {
        code: 'STORAGE_FULL' | 'STORAGE_READ_ONLY';
        /** The folder in the data folder that refused the write (the data folder itself when unknown). */
        folder: string;
      }
    | {
        code: 'STORAGE_UNREADABLE';
        /** The file or folder in the data folder that refused to be read or listed. */
        place: string;
      }
  );

const within = (folder: string, place: string): boolean => {
  const inside = path.relative(folder, place);
  return (
    inside === '' || (inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside))
  );
};

// Calls that only read: a refusal of one is a file or folder Redaksi may not read, not a refused write.
const READING_CALLS = new Set(['scandir', 'opendir', 'read', 'stat', 'lstat', 'fstat', 'readlink']);
const readsRefused = new WeakSet<object>();

/**
 * Marks an error met while reading from the data folder, so a refusal in it is said as a read refused:
 * an `open` that was refused does not say whether it was opened to read or to write. Returns the error.
 */
export function whileReading(error: unknown): unknown {
  if (typeof error === 'object' && error !== null) readsRefused.add(error);
  return error;
}

const isRead = (error: object, syscall: unknown): boolean =>
  readsRefused.has(error) || (typeof syscall === 'string' && READING_CALLS.has(syscall));

/**
 * A write to the data folder the disk refused, said as such: a full disk (Node's and SQLite's codes),
 * or a folder Redaksi may not write to — read-only, owned by another user, made immutable (EACCES or
 * EPERM on a path in the data folder; SQLite's read-only and write-I/O codes). A read refused there (a
 * file this user may not read, a folder it may not list) is said as that, naming the file or folder.
 * Null for anything else, which stays an internal failure: a refusal elsewhere is not the data folder's.
 */
export function storageFailure(error: unknown, dataDir: string): StorageFailure | null {
  const {
    code,
    path: where,
    syscall,
  } = (error ?? {}) as Partial<Record<'code' | 'path' | 'syscall', unknown>>;
  if (typeof code !== 'string') return null;
  const place = typeof where === 'string' && within(dataDir, where) ? where : null;
  if ((code === 'EACCES' || code === 'EPERM') && place !== null && isRead(error as object, syscall))
    return { code: 'STORAGE_UNREADABLE', place, ...say('storage.unreadable', { place }) };
  // The folder that refused a new file or folder in it; SQLite's errors name no path.
  const folder = place !== null && place !== dataDir ? path.dirname(place) : dataDir;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return { code: 'STORAGE_FULL', folder, ...say('storage.full') };
  const refused =
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_IOERR_WRITE' ||
    code === 'EROFS' ||
    ((code === 'EACCES' || code === 'EPERM') && place !== null);
  return refused ? { code: 'STORAGE_READ_ONLY', folder, ...say('storage.readOnly', { folder }) } : null;
}

/**
 * The handlers, each answering a write (or read) its data folder refused in plain words (storageFailure)
 * instead of as an internal failure. The original error goes to the log, as dispatch logs others.
 */
export function sayStorageFailures(dataDir: string, handlers: Handlers): Handlers {
  const said: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    said[method] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        const failure = storageFailure(error, dataDir);
        if (failure === null) throw error;
        console.error(`[redaksi] ${method} failed:`, error);
        const { code, message, wording, ...details } = failure;
        throw new ApiError(code, { message, wording }, details);
      }
    };
  }
  return said as Handlers;
}
