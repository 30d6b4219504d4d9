import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export interface Notice {
  code: string;
  message: string;
}

export interface OpenedDatabase {
  db: Database.Database;
  notices: Notice[];
}

export interface OpenOptions {
  /** Defaults to every migration of this build; tests pass their own list. */
  migrations?: readonly Migration[];
  /** Path to a better-sqlite3 binary built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
  /** Clock for names of backups and moved-aside files (tests pin it). */
  now?: () => Date;
}

const stamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

export function backupsFolder(file: string): string {
  return path.join(path.dirname(file), 'backups');
}

function connect(file: string, options: OpenOptions): Database.Database {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a save acknowledged to the user is on disk, not only in the OS cache.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function isHealthy(db: Database.Database): boolean {
  try {
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    return rows.length === 1 && rows[0]?.quick_check === 'ok';
  } catch {
    return false;
  }
}

/** Moves a damaged database (and its WAL files) aside; never deletes or overwrites it. */
function moveAside(file: string, now: Date): string {
  const aside = `${file}.corrupt-${stamp(now)}`;
  fs.renameSync(file, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

function newestBackup(file: string): string | null {
  const folder = backupsFolder(file);
  if (!fs.existsSync(folder)) return null;
  const names = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.db'))
    .sort();
  const last = names.at(-1);
  return last ? path.join(folder, last) : null;
}

/**
 * Opens (creating if needed) the database in WAL mode, refuses one written by a newer version,
 * moves a corrupt one aside, backs up an existing file before migrating, and runs each pending
 * migration in its own transaction together with its `user_version`.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  const latest = migrations.at(-1)?.version ?? 0;
  const notices: Notice[] = [];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;

  let db: Database.Database | null = null;
  try {
    db = connect(file, options);
    if (existed && !isHealthy(db)) throw new Error('quick_check failed');
  } catch (error) {
    db?.close();
    if (!existed) throw error;
    const aside = moveAside(file, now());
    const backup = newestBackup(file);
    notices.push({
      code: 'DATABASE_CORRUPT',
      message:
        `The database file was damaged and could not be opened. It was moved aside, unchanged, to ${aside}. ` +
        (backup ? `The most recent backup is ${backup}; it can be restored in its place.` : 'No backup was found.') +
        ' Redaksi started with an empty database.',
    });
    db = connect(file, options);
  }

  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    db.close();
    throw new ApiError(
      'DATABASE_NEWER',
      `This data folder was written by a newer version of Redaksi (database version ${current}; this version knows up to ${latest}). ` +
        'Update Redaksi to open it. The file has not been changed.',
      { file, version: current, supported: latest },
    );
  }
  if (current < latest) {
    if (current > 0) {
      const folder = backupsFolder(file);
      fs.mkdirSync(folder, { recursive: true });
      await db.backup(path.join(folder, `redaksi-v${current}-${stamp(now())}.db`));
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      const run = db.transaction(() => {
        migration.up(db!);
        db!.pragma(`user_version = ${migration.version}`);
      });
      try {
        run();
      } catch (error) {
        db.close();
        throw new Error(`Migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
  }
  return { db, notices };
}
