// R2 for a database a newer Redaksi wrote: refused untouched by default; when the user chooses the
// backup this version can open, the newer file is moved aside unchanged and the backup opened.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsFolder, openDatabase } from '../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../electron/services/db/migrations';
import { DATABASE_FILE, StartRefused } from '../../../../../electron/services/services';
import { openTestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

const LATEST = MIGRATIONS.at(-1)!.version;
const REPO = path.resolve(import.meta.dirname, '../../../../..');
const BACKUP_NAME = `redaksi-v${LATEST}-2025-09-13T07-00-00-000Z.db`;
const fixedClock = () => new Date('2025-09-20T10:00:00.000Z');

/**
 * A data folder as a newer version leaves it: the live file at version LATEST + 1 holding a row written
 * after the upgrade, and the backup of version LATEST made before it.
 */
async function newerDataFolder(): Promise<{ file: string; backup: string; bytes: Buffer }> {
  const folder = tempFolder('redaksi-newer');
  const file = path.join(folder, DATABASE_FILE);
  const { db } = await openDatabase(file);
  db.exec("CREATE TABLE era (label TEXT NOT NULL); INSERT INTO era VALUES ('before the upgrade')");
  const backup = path.join(backupsFolder(file), BACKUP_NAME);
  fs.mkdirSync(path.dirname(backup), { recursive: true });
  await db.backup(backup);
  db.exec("INSERT INTO era VALUES ('written by the newer version')");
  db.pragma(`user_version = ${LATEST + 1}`);
  db.close();
  return { file, backup, bytes: fs.readFileSync(file) };
}

const eras = (db: Database.Database) => db.prepare('SELECT label FROM era').pluck().all();

describe('a database from a newer version (R2)', () => {
  it('opens the backup only when asked, moving the newer file aside with its exact bytes', async () => {
    const { file, backup, bytes } = await newerDataFolder();
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'DATABASE_NEWER' });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    const { db, notices } = await openDatabase(file, { openBackupIfNewer: true, now: fixedClock });
    try {
      const aside = `${file}.newer-v${LATEST + 1}-2025-09-20T10-00-00-000Z`;
      expect(fs.readFileSync(aside).equals(bytes)).toBe(true);
      expect(eras(db)).toEqual(['before the upgrade']);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(notices).toEqual([
        expect.objectContaining({
          code: 'DATABASE_NEWER',
          wording: { key: 'start.databaseNewerSetAside', values: { aside, backup } },
        }),
      ]);
      expect(notices[0]!.message).toContain(aside);
      // The backup itself is kept as it was: it is still the way back.
      expect(fs.existsSync(backup)).toBe(true);
    } finally {
      db.close();
    }
  });

  it('still refuses, changing nothing, when asked to open a backup that does not exist', async () => {
    const { file, backup, bytes } = await newerDataFolder();
    fs.rmSync(backup);
    const error = await openDatabase(file, { openBackupIfNewer: true }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'DATABASE_NEWER', wording: { key: 'start.databaseNewer' } });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).filter((name) => name.includes('.newer-'))).toEqual([]);
  });

  it('is said in the interface language the settings name, with the backup the host may offer', async () => {
    const { file, backup } = await newerDataFolder();
    const dataDir = path.dirname(file);
    // Settings are written by the app (they live beside the database), then the database is made newer.
    fs.renameSync(file, `${file}.held`);
    const first = await openTestServices({ dataDir });
    await first.ok('settings.update', { uiLanguage: 'id' });
    first.close();
    fs.rmSync(file);
    fs.renameSync(`${file}.held`, file);

    const refused = await openTestServices({ dataDir }).catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(StartRefused);
    expect((refused as StartRefused).language).toBe('id');
    expect((refused as StartRefused).backup).toBe(backup);
    expect((refused as StartRefused).message).toContain('Folder data ini ditulis oleh Redaksi versi');
    expect((refused as StartRefused).message).toContain(backup);

    const reopened = await openTestServices({ dataDir, openBackupIfNewer: true });
    try {
      const status = await reopened.ok('app.status', {});
      expect(status.notices.map((notice) => notice.wording?.key)).toEqual(['start.databaseNewerSetAside']);
      expect(eras(reopened.services.db)).toEqual(['before the upgrade']);
    } finally {
      reopened.close();
    }
  });

  it('browser mode says how to open the backup, and opens it with --open-backup', async () => {
    const { file } = await newerDataFolder();
    const dataDir = path.dirname(file);
    const run = (...flags: string[]) =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', path.join(REPO, 'electron/hosts/web-main.ts'), '--data', dataDir, ...flags],
        { cwd: REPO, timeout: 60_000 },
      ).catch((error: unknown) => error as { code: number; stderr: string });

    const refused = (await run()) as { code: number; stderr: string };
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('written by a newer version of Redaksi');
    expect(refused.stderr).toContain('start again with --open-backup');

    // With the flag the newer file is set aside and the backup opened (the unit tests run before the
    // renderer is built: then it stops right after, saying so; after a build it runs and is stopped).
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(REPO, 'electron/hosts/web-main.ts'), '--data', dataDir, '--open-backup'],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const said = await new Promise<string>((resolve) => {
      let output = '';
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        if (/Redaksi is running at|could not start/.test(output)) resolve(output);
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('exit', () => resolve(output));
    });
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('exit', resolve)));
    expect(said).toMatch(/Redaksi is running at|The renderer is not built/);
    expect(said).not.toContain('newer version');
    expect(fs.readdirSync(dataDir).filter((name) => /\.newer-v\d+-[\dTZ-]+Z$/.test(name))).toHaveLength(1);
    const reopened = new Database(file, { readonly: true });
    try {
      expect(eras(reopened)).toEqual(['before the upgrade']);
    } finally {
      reopened.close();
    }
  });
});
