// A data folder Redaksi cannot use (read-only, full, a file where a folder should be) stops the start
// with the reason in plain words of the interface language, and nothing in it is changed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, StartRefused } from '../../../../electron/services/services';
import { openTestServices } from '../../support/services';
import { tempFolder } from '../../support/temp-folder';
import { asNobody } from '../../support/as-user';
import { settingsPath } from '../../../../electron/services/settings';

const refusal = async (dataDir: string): Promise<StartRefused> => {
  const caught = await openTestServices({ dataDir }).catch((error: unknown) => error);
  expect(caught).toBeInstanceOf(StartRefused);
  return caught as StartRefused;
};

const keyOf = (refused: StartRefused) => refused.reason.wording?.key;
const listing = (folder: string) => fs.readdirSync(folder).sort();

const undo: Array<() => void> = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
});

/** A data folder the app cannot write to. Root ignores file modes, so as root the folder is made immutable. */
function makeReadOnly(folder: string): void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', folder]);
    undo.push(() => execFileSync('chattr', ['-i', folder]));
  } else {
    fs.chmodSync(folder, 0o555);
    undo.push(() => fs.chmodSync(folder, 0o755));
  }
}

/** Settings in Indonesian, written by the app itself, and no database yet. */
async function indonesianFolder(): Promise<string> {
  const dataDir = tempFolder('redaksi-unusable');
  const first = await openTestServices({ dataDir });
  await first.ok('settings.update', { uiLanguage: 'id' });
  first.close();
  for (const name of fs.readdirSync(dataDir)) {
    if (name.startsWith(DATABASE_FILE)) fs.rmSync(path.join(dataDir, name), { recursive: true });
  }
  return dataDir;
}

describe('a data folder Redaksi cannot use', () => {
  it('names a file standing where the folder (or a folder above it) should be', async () => {
    const file = path.join(tempFolder('redaksi-unusable'), 'not-a-folder');
    fs.writeFileSync(file, 'the user’s own notes');
    const refused = await refusal(file);
    expect(keyOf(refused)).toBe('start.folderIsFile');
    expect(refused.message).toContain(`${file} is a file, where a folder should be`);
    expect((await refusal(path.join(file, 'Redaksi'))).message).toContain(`${file} is a file`);
    expect(fs.readFileSync(file, 'utf8')).toBe('the user’s own notes');
  });

  it('names a folder standing where the database file should be, in the interface language', async () => {
    const dataDir = await indonesianFolder();
    fs.mkdirSync(path.join(dataDir, DATABASE_FILE));
    const before = listing(dataDir);
    const refused = await refusal(dataDir);
    expect(refused.language).toBe('id');
    expect(keyOf(refused)).toBe('start.fileIsFolder');
    expect(refused.message).toContain(`${path.join(dataDir, DATABASE_FILE)} adalah folder`);
    expect(listing(dataDir)).toEqual(before);
  });

  it('names a folder standing where the database’s -wal or -shm file should be, before anything is opened', async () => {
    for (const name of [`${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]) {
      const dataDir = await indonesianFolder();
      fs.mkdirSync(path.join(dataDir, name));
      const before = listing(dataDir);
      const refused = await refusal(dataDir);
      expect(keyOf(refused), name).toBe('start.fileIsFolder');
      expect(refused.message).toContain(`${path.join(dataDir, name)} adalah folder`);
      expect(listing(dataDir)).toEqual(before);
    }
  });

  it('names a file standing where one of its folders should be, before the database is opened', async () => {
    const dataDir = tempFolder('redaksi-unusable');
    const library = await openTestServices({ dataDir });
    await library.ok('settings.update', { uiLanguage: 'id' });
    await library.ok('articles.create', { headline: 'Banjir di Medan' });
    library.close();
    for (const name of ['export-journal', 'imports', 'renditions', 'media', 'backups']) {
      const file = path.join(dataDir, name);
      fs.rmSync(file, { recursive: true, force: true });
      fs.writeFileSync(file, 'the user’s own notes');
      const before = listing(dataDir);
      const refused = await refusal(dataDir);
      expect(keyOf(refused), name).toBe('start.folderIsFile');
      expect(refused.language).toBe('id');
      expect(refused.message).toContain(`${file} adalah berkas, padahal seharusnya folder`);
      expect(refused.message).not.toMatch(/ENOTDIR|scandir/);
      // The database was not opened: no -wal or -shm beside it.
      expect(listing(dataDir), name).toEqual(before);
      fs.rmSync(file);
    }
    const reopened = await openTestServices({ dataDir });
    expect(await reopened.ok('articles.list', {})).toHaveLength(1);
    reopened.close();
  });

  it('says a read-only folder is read-only, not SQLite’s “unable to open database file”', async () => {
    const dataDir = await indonesianFolder();
    const before = listing(dataDir);
    makeReadOnly(dataDir);
    const refused = await refusal(dataDir);
    expect(keyOf(refused)).toBe('start.folderReadOnly');
    expect(refused.message).toContain(`Redaksi tidak dapat menulis ke folder datanya (${dataDir})`);
    expect(refused.message).not.toContain('unable to open');
    expect(listing(dataDir)).toEqual(before);
  });

  it('names a settings file this user may not read, rather than calling the folder read-only', async () => {
    const dataDir = tempFolder('redaksi-unusable');
    const first = await openTestServices({ dataDir });
    await first.ok('settings.update', { publication: { name: 'Harian Medan' } });
    first.close();
    // The folder is this user's to write in; only the settings file is another user's, and not readable.
    fs.chmodSync(dataDir, 0o777);
    const settings = settingsPath(dataDir);
    fs.chmodSync(settings, 0o600);
    const before = listing(dataDir);
    const refused = await asNobody(() => refusal(dataDir));
    expect(keyOf(refused)).toBe('start.fileUnreadable');
    expect(refused.reason.details).toEqual({ folder: dataDir, what: settings });
    expect(refused.message).toBe(
      `Redaksi cannot read ${settings} in its data folder (${dataDir}): this user may not read it. Nothing in the folder was changed. Make it readable for this user (or choose another folder) and start Redaksi again.`,
    );
    expect(refused.message).not.toContain('cannot write');
    expect(listing(dataDir)).toEqual(before);
  });

  it('says another program holding the database (the command line checking it) is using it, after waiting', async () => {
    const dataDir = tempFolder('redaksi-busy');
    const first = await openTestServices({ dataDir });
    await first.ok('settings.update', { uiLanguage: 'id' });
    first.close();
    // As the command line's look holds it: SQLite's exclusive lock, kept until the connection closes.
    const holder = new Database(path.join(dataDir, DATABASE_FILE));
    undo.push(() => holder.close());
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.pragma('quick_check');
    const refused = await refusal(dataDir);
    expect(keyOf(refused)).toBe('start.databaseBusy');
    expect(refused.message).toContain(`Program lain sedang memakai basis data Redaksi di ${dataDir}`);
    holder.close();
    undo.pop();
    // Once it lets go, the start goes on with nothing changed.
    const again = await openTestServices({ dataDir });
    expect((await again.ok('settings.get', {})).uiLanguage).toBe('id');
    again.close();
  });

  it('says a full disk is full', async (context) => {
    if (process.getuid?.() !== 0) {
      console.log('SKIPPED: a full disk is made with a small tmpfs mount, which needs root');
      context.skip();
    }
    const mountPoint = tempFolder('redaksi-full');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]);
    undo.push(() => execFileSync('umount', [mountPoint]));
    fs.writeFileSync(path.join(mountPoint, 'filler'), Buffer.alloc(60 * 1024));
    // What the disk still takes, a few bytes at a time, is filled up too.
    try {
      for (let n = 0; ; n += 1) fs.writeFileSync(path.join(mountPoint, `f${n}`), Buffer.alloc(512));
    } catch {
      // ENOSPC: full.
    }
    const refused = await refusal(path.join(mountPoint, 'Redaksi'));
    expect(keyOf(refused)).toBe('start.folderFull');
    expect(refused.message).toContain('is full');
  });
});
