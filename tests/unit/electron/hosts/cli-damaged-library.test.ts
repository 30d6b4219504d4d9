// The command line works on a library as it is: a damaged database or settings file is refused in plain
// words, with a non-zero exit, and nothing in the data folder is changed (the app mends and reports it).
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../electron/services/services';
import { settingsPath } from '../../../../electron/services/settings';
import { cli, cliWith } from '../../support/cli';
import { paragraphs } from '../../support/documents';
import { openTestServices } from '../../support/services';
import { tempFolder } from '../../support/temp-folder';

/** A library of two ready articles, written by the services, with the publication's name set. */
async function library(uiLanguage: 'en' | 'id' = 'en'): Promise<string> {
  const app = await openTestServices();
  await app.ok('settings.update', {
    uiLanguage,
    publication: { name: 'Harian Medan', baseUrl: 'https://medan.example' },
  });
  for (const headline of ['Banjir di Medan', 'Pasar Petisah dibuka lagi']) {
    const created = await app.ok('articles.create', { headline, lead: 'Lead.', status: 'ready' });
    await app.ok('articles.save', { ...created, body: paragraphs('Isi berita.') });
  }
  app.close();
  return app.dataDir;
}

/** Every file in the folder with its bytes: what "nothing was changed" is checked against. */
const snapshot = (folder: string): Record<string, string> =>
  Object.fromEntries(
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const full = path.join(entry.parentPath, entry.name);
        return [
          path.relative(folder, full),
          createHash('sha256').update(fs.readFileSync(full)).digest('hex'),
        ];
      }),
  );

describe('the command line on a damaged library', () => {
  it('refuses a database of random bytes, says so and changes nothing, run after run', async () => {
    const dataDir = await library();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.writeFileSync(file, randomBytes(fs.statSync(file).size));
    const before = snapshot(dataDir);
    const out = tempFolder('redaksi-cli-out');
    for (const args of [['list'], ['list'], ['export', '--out', out, '--all']]) {
      const ran = await cli(...args, '--data', dataDir);
      expect(ran.code, args.join(' ')).not.toBe(0);
      expect(ran.stderr).toContain(`The database file ${file} is damaged and could not be opened`);
      expect(ran.stderr).toContain('No backup was found.');
      expect(ran.stderr).not.toMatch(/article\(s\)|no articles|exported/);
      expect(ran.stdout).toBe('');
    }
    expect(snapshot(dataDir)).toEqual(before);
    expect(fs.readdirSync(out)).toEqual([]);
  }, 60_000);

  it('refuses a truncated database and names the most recent backup', async () => {
    const dataDir = await library();
    const file = path.join(dataDir, DATABASE_FILE);
    const backup = path.join(dataDir, 'backups', 'redaksi-v1-2026-01-01T00-00-00-000Z.db');
    fs.mkdirSync(path.dirname(backup));
    fs.copyFileSync(file, backup);
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const before = snapshot(dataDir);
    const listed = await cli('list', '--data', dataDir);
    expect(listed.code).not.toBe(0);
    expect(listed.stderr).toContain(`The database file ${file} is damaged`);
    expect(listed.stderr).toContain(`The most recent backup is ${backup}`);
    expect(listed.stderr).not.toContain('article(s)');
    expect(snapshot(dataDir)).toEqual(before);
  }, 60_000);

  it('refuses to export (or list) with a settings file it cannot read, rather than under the default name', async () => {
    const dataDir = await library();
    const file = settingsPath(dataDir);
    const whole = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, whole.slice(0, whole.length / 2));
    const before = snapshot(dataDir);
    const out = tempFolder('redaksi-cli-out');
    for (const args of [['export', '--out', out, '--slug', 'banjir-di-medan'], ['list']]) {
      const ran = await cli(...args, '--data', dataDir);
      expect(ran.code, args.join(' ')).not.toBe(0);
      expect(ran.stderr).toContain(`The settings file ${file} could not be read, so nothing was done`);
      expect(ran.stdout).toBe('');
    }
    expect(fs.readdirSync(out)).toEqual([]);
    expect(snapshot(dataDir)).toEqual(before);
  }, 60_000);

  it('refuses to export with settings values it cannot use, naming them', async () => {
    const dataDir = await library();
    const file = settingsPath(dataDir);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { publication: Record<string, unknown> };
    fs.writeFileSync(
      file,
      JSON.stringify({ ...stored, publication: { ...stored.publication, baseUrl: 42 } }),
    );
    const before = snapshot(dataDir);
    const out = tempFolder('redaksi-cli-out');
    const exported = await cli('export', '--data', dataDir, '--out', out, '--all');
    expect(exported.code).not.toBe(0);
    expect(exported.stderr).toContain(
      `Some settings in ${file} have values Redaksi cannot use (publication.baseUrl), so nothing was done`,
    );
    expect(fs.readdirSync(out)).toEqual([]);
    expect(snapshot(dataDir)).toEqual(before);
  }, 60_000);
});

describe('the command line’s refusal of a damaged settings file, in the language the settings ask for', () => {
  // The system's locale says English, so only the settings can make the refusal Indonesian.
  const english = { LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'en_US.UTF-8' };

  it('says values it cannot use in Indonesian when the settings name Indonesian', async () => {
    const dataDir = await library('id');
    const file = settingsPath(dataDir);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { publication: Record<string, unknown> };
    fs.writeFileSync(
      file,
      JSON.stringify({ ...stored, publication: { ...stored.publication, baseUrl: 42 } }),
    );
    const ran = await cliWith(
      english,
      'export',
      '--data',
      dataDir,
      '--out',
      tempFolder('redaksi-cli-out'),
      '--all',
    );
    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toContain(
      `Beberapa pengaturan di ${file} berisi nilai yang tidak dapat dipakai Redaksi (publication.baseUrl), jadi tidak ada yang dikerjakan`,
    );
  }, 60_000);

  it('says a settings file cut short in Indonesian when what is left of it still names Indonesian', async () => {
    const dataDir = await library('id');
    const file = settingsPath(dataDir);
    const whole = fs.readFileSync(file, 'utf8');
    const cut = whole.slice(0, whole.indexOf('"publication"') + 20);
    expect(() => JSON.parse(cut) as unknown).toThrow(SyntaxError);
    expect(cut).toMatch(/"uiLanguage":\s*"id"/);
    fs.writeFileSync(file, cut);
    const ran = await cliWith(english, 'list', '--data', dataDir);
    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toContain(
      `Berkas pengaturan ${file} tidak dapat dibaca, jadi tidak ada yang dikerjakan`,
    );
    expect(ran.stdout).toBe('');
  }, 60_000);

  it('follows the system’s locale when nothing in the settings file can be read, and the settings over it when they can', async () => {
    const dataDir = await library('en');
    const file = settingsPath(dataDir);
    const settings = fs.readFileSync(file);
    fs.writeFileSync(file, randomBytes(200));
    const indonesian = await cliWith(
      { LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'id_ID.UTF-8' },
      'list',
      '--data',
      dataDir,
    );
    expect(indonesian.code).not.toBe(0);
    expect(indonesian.stderr).toContain(`Berkas pengaturan ${file} tidak dapat dibaca`);
    const plain = await cliWith(english, 'list', '--data', dataDir);
    expect(plain.stderr).toContain(`The settings file ${file} could not be read, so nothing was done`);

    // Settings that name English (a value beside it cannot be used) are said in English under an Indonesian locale.
    const stored = JSON.parse(settings.toString('utf8')) as { publication: Record<string, unknown> };
    fs.writeFileSync(
      file,
      JSON.stringify({ ...stored, publication: { ...stored.publication, baseUrl: 42 } }),
    );
    const named = await cliWith({ LC_ALL: 'id_ID.UTF-8' }, 'list', '--data', dataDir);
    expect(named.stderr).toContain(
      `Some settings in ${file} have values Redaksi cannot use (publication.baseUrl)`,
    );
  }, 60_000);
});
