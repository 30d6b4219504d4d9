import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { say } from '../../shared/api/wording';
import type { Handlers } from './handlers';

type Said = ReturnType<typeof say>;

export interface StorageFailure extends Said {
  code: 'STORAGE_FULL' | 'STORAGE_READ_ONLY';
  /** The folder in the data folder that refused the write (the data folder itself when unknown). */
  folder: string;
}

const within = (folder: string, place: string): boolean => {
  const inside = path.relative(folder, place);
  return (
    inside === '' || (inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside))
  );
};

/**
 * A write to the data folder the disk refused, said as such: a full disk (Node's and SQLite's codes),
 * or a folder Redaksi may not write to — read-only, owned by another user, made immutable (EACCES or
 * EPERM on a path in the data folder; SQLite's read-only and write-I/O codes). Null for anything else,
 * which stays an internal failure: a refusal elsewhere is not the data folder's.
 */
export function storageFailure(error: unknown, dataDir: string): StorageFailure | null {
  const { code, path: where } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code !== 'string') return null;
  const place = typeof where === 'string' && within(dataDir, where) ? where : null;
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
 * The handlers, each answering a write its data folder refused in plain words (storageFailure)
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
        const { code, folder, ...words } = failure;
        throw new ApiError(code, words, { folder });
      }
    };
  }
  return said as Handlers;
}
