import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { say, type Wording } from '../../../shared/api/wording';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { rederive } from './rederive';
import { itemKey } from '../../../shared/text/lists';

export interface Notice {
  code: string;
  message: string;
  wording?: Wording;
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
  /**
   * When the file was written by a newer version: move it aside, unchanged, and open the newest backup
   * this version can open in its place (the user chose this; without a backup it is still refused).
   */
  openBackupIfNewer?: boolean;
  /**
   * The command line: a damaged file is refused where it is, unchanged, rather than moved aside for an
   * empty database (a batch run must not work on an empty library, nor leave one for the next run).
   */
  refuseDamaged?: boolean;
  /** Called once an existing file has been looked at (tests start an app there, as one starting then would). */
  afterInspect?: () => void;
}

const stamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

export function backupsFolder(file: string): string {
  return path.join(path.dirname(file), 'backups');
}

function connect(file: string, options: OpenOptions): Database.Database {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // FULL: a save acknowledged to the user is on disk, not only in the OS cache.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A tag or name as Redaksi compares them, case folded in every alphabet (SQLite's NOCASE folds A–Z
    // only): the tag filter asks it of each article's tags, stopping at the first page of rows.
    db.function('item_key', { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? itemKey(value) : null,
    );
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const codeOf = (error: unknown): string | null => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
};
const isCorruption = (error: unknown): boolean =>
  codeOf(error)?.startsWith('SQLITE_CORRUPT') === true || codeOf(error) === 'SQLITE_NOTADB';

type Inspection = { healthy: true; version: number } | { healthy: false };

/**
 * Looks at an existing file without writing to it, so that neither a damaged file nor one from a newer
 * version is changed (switching to WAL or a checkpoint would change its bytes). Other failures (a
 * locked or unreadable file) are thrown as they are: they are not damage.
 *
 * A read-only connection makes the WAL files it needs and cannot remove them; the app opens the file
 * next and uses them. The command line must leave the folder as it found it, and removing them by
 * name could take the files of an app starting at that moment. So when there is no WAL (nor journal:
 * no connection has the file open), it looks through a connection holding SQLite's exclusive lock
 * (locking_mode EXCLUSIVE: the WAL index in its own memory, no -shm), whose WAL SQLite itself removes
 * on closing, under that lock; a process opening the file meanwhile waits for it (an app starting
 * then, up to its busy timeout, after which it says another program is using the database). With a
 * WAL there, the lock taken by another process first, or a file it may not write, it looks read-only
 * and leaves what it finds (in use).
 */
function inspect(file: string, options: OpenOptions): Inspection {
  // A hot rollback journal would be played back into the file by a connection that may write.
  const unused = ![`${file}-wal`, `${file}-journal`].some((companion) => fs.existsSync(companion));
  if (options.refuseDamaged && unused) {
    try {
      return look(file, options, true);
    } catch {
      // Taken by another process first, or a file this user may read but not write: the read-only look
      // answers (and says what is wrong, if anything). Damage is an answer, not an error.
    }
  }
  return look(file, options, false);
}

function look(file: string, options: OpenOptions, exclusive: boolean): Inspection {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, {
      readonly: !exclusive,
      fileMustExist: true,
      // The exclusive look gives way at once to a process holding the file (the read-only look waits).
      ...(exclusive ? { timeout: 0 } : {}),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    if (exclusive) db.pragma('locking_mode = EXCLUSIVE');
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') return { healthy: false };
    return { healthy: true, version: db.pragma('user_version', { simple: true }) as number };
  } catch (error) {
    if (isCorruption(error)) return { healthy: false };
    throw error;
  } finally {
    db?.close();
  }
}

/** Moves a damaged or newer database (and its WAL files) aside; never deletes or overwrites it. */
function moveAside(file: string, now: Date, why: string): string {
  let aside = `${file}.${why}-${stamp(now)}`;
  for (let n = 2; fs.existsSync(aside); n += 1) aside = `${file}.${why}-${stamp(now)}-${n}`;
  fs.renameSync(file, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

// Backups are named redaksi-v<version>-<stamp>.db: the stamp, not the version, says which is newest.
const backupStamp = (name: string): string => name.replace(/^redaksi-v\d+-/, '');

/** The newest backup, or the newest one of a version up to `upTo` (one this build can open). */
function newestBackup(file: string, upTo = Infinity): string | null {
  const folder = backupsFolder(file);
  if (!fs.existsSync(folder)) return null;
  const names = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.db') && Number(/^redaksi-v(\d+)-/.exec(name)?.[1] ?? Infinity) <= upTo)
    .sort((a, b) => backupStamp(a).localeCompare(backupStamp(b)));
  const last = names.at(-1);
  return last ? path.join(folder, last) : null;
}

/**
 * Opens (creating if needed) the database in WAL mode, refuses one written by a newer version,
 * moves a corrupt one aside, backs up an existing file before migrating, and runs the pending
 * migrations (see migrate).
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  const latest = migrations.at(-1)?.version ?? 0;
  const notices: Notice[] = [];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;

  const found = existed ? inspect(file, options) : null;
  options.afterInspect?.();
  if (found && !found.healthy && options.refuseDamaged) {
    // Left as it was found (inspect made no WAL file that outlives it).
    const backup = newestBackup(file);
    throw new ApiError(
      'DATABASE_CORRUPT',
      backup
        ? say('start.databaseDamagedRefused', { file, backup })
        : say('start.databaseDamagedRefusedNoBackup', { file }),
      { file, ...(backup ? { latestBackup: backup } : {}) },
    );
  } else if (found && !found.healthy) {
    const aside = moveAside(file, now(), 'corrupt');
    const backup = newestBackup(file);
    notices.push({
      code: 'DATABASE_CORRUPT',
      ...(backup
        ? say('start.databaseDamaged', { aside, backup })
        : say('start.databaseDamagedNoBackup', { aside })),
    });
  } else if (found && found.version > latest) {
    // Left where it is unless the user chose the backup: the newer version's work must not be hidden
    // behind an older library without being asked.
    const backup = newestBackup(file, latest);
    if (backup === null || !options.openBackupIfNewer) {
      const values = { version: found.version, supported: latest };
      throw new ApiError(
        'DATABASE_NEWER',
        backup ? say('start.databaseNewerBackup', { ...values, backup }) : say('start.databaseNewer', values),
        { file, ...values, ...(backup ? { backup } : {}) },
      );
    }
    const aside = moveAside(file, now(), `newer-v${found.version}`);
    fs.copyFileSync(backup, file, fs.constants.COPYFILE_EXCL);
    notices.push({ code: 'DATABASE_NEWER', ...say('start.databaseNewerSetAside', { aside, backup }) });
  }

  const db = connect(file, options);
  const current = db.pragma('user_version', { simple: true }) as number;
  try {
    if (current < latest && current > 0) {
      const folder = backupsFolder(file);
      fs.mkdirSync(folder, { recursive: true });
      await db.backup(path.join(folder, `redaksi-v${current}-${stamp(now())}.db`));
    }
    migrate(db, current, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, notices };
}

/**
 * Runs the migrations newer than `current`, each setting its `user_version`, and then, when one of them
 * changed how a stored value is derived, writes those values again (rederive.ts) — all in one
 * transaction: a failure anywhere leaves the file as it was, never at a version whose derived values
 * were not written. A new database has nothing to derive; a list of migrations not ending with this
 * build's last (a test's) stops short of the schema rederive reads, so it derives nothing.
 */
function migrate(db: Database.Database, current: number, migrations: readonly Migration[]): void {
  const pending = migrations.filter((migration) => migration.version > current);
  const derive =
    current > 0 && migrations.at(-1) === MIGRATIONS.at(-1) && pending.some((migration) => migration.rederive);
  const step = (name: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      throw new Error(`${name} failed: ${(error as Error).message}`, { cause: error });
    }
  };
  db.transaction(() => {
    for (const migration of pending)
      step(`Migration ${migration.version} (${migration.name})`, () => {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      });
    if (derive) step('Writing the search text and counts again', () => rederive(db));
  })();
}
