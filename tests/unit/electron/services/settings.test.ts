import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/api/settings';
import { openSettings, settingsPath } from '../../../../electron/services/settings';
import { openTestServices, type TestServices } from '../../support/services';
import { tempFolder } from '../../support/temp-folder';

let api: TestServices | null = null;
afterEach(() => api?.close());

const fixedClock = () => new Date('2025-06-01T10:00:00.000Z');

function asideCopies(folder: string, label: 'corrupt' | 'invalid'): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => name.startsWith(`settings.json.${label}-`))
    .map((name) => path.join(folder, name));
}

describe('settings', () => {
  it('starts from the defaults when there is no settings file, with no notice', async () => {
    api = await openTestServices();
    expect(await api.ok('settings.get', {})).toEqual(DEFAULT_SETTINGS);
    expect((await api.ok('app.status', {})).notices).toEqual([]);
  });

  it('two Redaksi processes on one data folder each see what the other saved, and never write their older copy back', () => {
    const folder = tempFolder('redaksi-two-settings');
    const first = openSettings(folder).settings;
    const second = openSettings(folder).settings;
    first.update({ publication: { name: 'Harian A', accentColor: '#123456' } });
    expect(second.get().publication).toMatchObject({ name: 'Harian A', accentColor: '#123456' });
    // The other process saves a field of its own (an export remembering its folder): A's stay.
    second.update({ publication: { exportFolder: '/tmp/ekspor' } });
    expect(openSettings(folder).settings.get().publication).toMatchObject({
      name: 'Harian A',
      accentColor: '#123456',
      exportFolder: '/tmp/ekspor',
    });
    expect(first.get().publication.exportFolder).toBe('/tmp/ekspor');
  });

  it('keeps the settings as last read when the file is gone or half-written meanwhile, and never writes fields it did not change', () => {
    const folder = tempFolder('redaksi-settings-meanwhile');
    const settings = openSettings(folder).settings;
    settings.update({ publication: { name: 'Harian A', baseUrl: 'https://harian-a.id' } });
    const file = settingsPath(folder);

    // Gone (moved by hand, a sync tool replacing it): the last read stands, and an update writes it all.
    fs.rmSync(file);
    expect(settings.get().publication.name).toBe('Harian A');
    settings.update({ publication: { exportFolder: '/tmp/ekspor' } });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
      publication: { name: 'Harian A', baseUrl: 'https://harian-a.id', exportFolder: '/tmp/ekspor' },
    });

    // Half-written by another program: the last read stands (said in the log); the update does not fail.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    fs.writeFileSync(file, '{"publication": {"na');
    expect(settings.get().publication.name).toBe('Harian A');
    expect(() => settings.update({ publication: { exportZip: true } })).not.toThrow();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();

    // A value this version cannot use, written by another process: read as last read, and left in the
    // file as it is by an update of another field.
    fs.writeFileSync(file, JSON.stringify({ publication: { name: 'Harian B', accentColor: 'merah' } }));
    expect(settings.get().publication).toMatchObject({ name: 'Harian B', accentColor: '#b3261e' });
    settings.update({ publication: { copyright: '© Harian B' } });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
      publication: { name: 'Harian B', accentColor: 'merah', copyright: '© Harian B' },
    });
  });

  it('keeps an update after the app is closed and opened again', async () => {
    api = await openTestServices();
    const updated = await api.ok('settings.update', {
      uiLanguage: 'id',
      publication: { name: 'Tribun Medan', datelinePrefix: 'TRIBUN-MEDAN.COM', accentColor: '#005baa' },
    });
    expect(updated).toEqual({
      uiLanguage: 'id',
      publication: {
        ...DEFAULT_SETTINGS.publication,
        name: 'Tribun Medan',
        datelinePrefix: 'TRIBUN-MEDAN.COM',
        accentColor: '#005baa',
      },
    });
    const { dataDir } = api;
    api.close();
    api = await openTestServices({ dataDir });
    expect(await api.ok('settings.get', {})).toEqual(updated);
    expect((await api.ok('app.status', {})).notices).toEqual([]);
  });

  it('changes only the fields an update names', async () => {
    api = await openTestServices();
    await api.ok('settings.update', { publication: { name: 'Harian Sumut' } });
    const after = await api.ok('settings.update', { publication: { copyright: '© Harian Sumut' } });
    expect(after.publication).toMatchObject({ name: 'Harian Sumut', copyright: '© Harian Sumut' });
    expect(after.uiLanguage).toBe(DEFAULT_SETTINGS.uiLanguage);
  });

  it('refuses an update with a value it cannot use, and keeps the stored settings', async () => {
    api = await openTestServices();
    const error = await api.fails('settings.update', { publication: { accentColor: 'red' } });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('accentColor');
    expect((await api.ok('settings.get', {})).publication.accentColor).toBe(
      DEFAULT_SETTINGS.publication.accentColor,
    );
  });

  it('keeps a base URL only as a web address: normalised, or refused with the reason', async () => {
    api = await openTestServices();
    const saved = await api.ok('settings.update', {
      publication: { baseUrl: ' https://Tribun-Medan.com/berita/ ' },
    });
    expect(saved.publication.baseUrl).toBe('https://tribun-medan.com/berita');
    // Typed without a scheme, as people type addresses: https.
    const typed = await api.ok('settings.update', { publication: { baseUrl: 'www.Tribun-Medan.com' } });
    expect(typed.publication.baseUrl).toBe('https://www.tribun-medan.com');
    // With a port too: the host's name is no scheme.
    const withPort = await api.ok('settings.update', { publication: { baseUrl: 'tribun-medan.com:8080' } });
    expect(withPort.publication.baseUrl).toBe('https://tribun-medan.com:8080');
    await api.ok('settings.update', { publication: { baseUrl: 'https://Tribun-Medan.com/berita/' } });
    for (const baseUrl of [
      'javascript:alert(1)',
      '//tribun-medan.com',
      'ftp://tribun-medan.com',
      'https://tribun-medan.com/?utm=x',
      'https://tribun-medan.com/#top',
      'https://tribun-medan.com/berita?',
      'https://tribun-medan.com/berita#',
      'redaksi@tribun-medan.com',
      // A scheme that lost its colon is no server named "https" (it was kept as https://https//…).
      'https//tribun-medan.com',
      'http//kabar-sibolga.id',
    ]) {
      const error = await api.fails('settings.update', { publication: { baseUrl } });
      expect(error.code, baseUrl).toBe('VALIDATION');
      expect(error.message, baseUrl).toContain('must be a web address starting with https://');
    }
    expect((await api.ok('settings.get', {})).publication.baseUrl).toBe('https://tribun-medan.com/berita');
    expect((await api.ok('settings.update', { publication: { baseUrl: '' } })).publication.baseUrl).toBe('');
  });

  it('reports a stored base URL that is not a web address and sets it back to none', async () => {
    const dataDir = tempFolder();
    fs.writeFileSync(
      settingsPath(dataDir),
      JSON.stringify({ publication: { name: 'Tribun Medan', baseUrl: 'javascript:alert(1)' } }),
    );
    api = await openTestServices({ dataDir, now: fixedClock });
    const { notices } = await api.ok('app.status', {});
    expect(notices.map((notice) => notice.code)).toEqual(['SETTINGS_CORRUPT']);
    expect(notices[0]!.message).toContain('publication.baseUrl');
    const { publication } = await api.ok('settings.get', {});
    expect(publication).toMatchObject({ name: 'Tribun Medan', baseUrl: '' });
  });

  it('tells subscribers (the desktop menu) of every update, with the settings now in force', () => {
    const { settings } = openSettings(tempFolder(), undefined, fixedClock);
    const seen: string[] = [];
    const stop = settings.subscribe((now) => seen.push(now.uiLanguage));
    settings.update({ uiLanguage: 'id' });
    settings.update({ publication: { name: 'Tribun Medan' } });
    stop();
    settings.update({ uiLanguage: 'en' });
    expect(seen).toEqual(['id', 'id']);
  });

  it('moves a file of invalid JSON aside with its original bytes and reports SETTINGS_CORRUPT in app.status (R10)', async () => {
    const dataDir = tempFolder();
    const broken = '{"uiLanguage": "id", "publication": {"name": "Tribun Med';
    fs.writeFileSync(settingsPath(dataDir), broken);

    api = await openTestServices({ dataDir, now: fixedClock });
    const [copy] = asideCopies(dataDir, 'corrupt');
    expect(copy).toBeDefined();
    expect(fs.readFileSync(copy!, 'utf8')).toBe(broken);
    const { notices } = await api.ok('app.status', {});
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ code: 'SETTINGS_CORRUPT' });
    expect(notices[0]!.message).toContain(copy!);
    // Said in Indonesian too when the interface is (shared/api/wording.ts).
    expect(notices[0]!.wording).toEqual({ key: 'start.settingsUnreadable', values: { aside: copy } });
    expect(await api.ok('settings.get', {})).toEqual(DEFAULT_SETTINGS);
  });

  it('moves aside a file that is JSON but not an object instead of treating it as empty', () => {
    for (const content of ['null', '[1, 2]', '"id"', '42']) {
      const folder = tempFolder();
      fs.writeFileSync(settingsPath(folder), content);
      const { settings, notices } = openSettings(folder, undefined, fixedClock);
      expect(
        notices.map((notice) => notice.code),
        content,
      ).toEqual(['SETTINGS_CORRUPT']);
      expect(fs.readFileSync(asideCopies(folder, 'corrupt')[0]!, 'utf8')).toBe(content);
      expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('copies a file with wrong-typed values aside, reports the fields and resets only those fields', async () => {
    const dataDir = tempFolder();
    const original = JSON.stringify({
      uiLanguage: 'klingon',
      publication: { name: 'Tribun Medan', datelinePrefix: 'TRIBUN-MEDAN.COM', accentColor: 12 },
      windowBounds: { width: 1200, height: 800 },
    });
    fs.writeFileSync(settingsPath(dataDir), original);

    api = await openTestServices({ dataDir, now: fixedClock });
    const [copy] = asideCopies(dataDir, 'invalid');
    expect(fs.readFileSync(copy!, 'utf8')).toBe(original);
    const { notices } = await api.ok('app.status', {});
    expect(notices).toHaveLength(1);
    expect(notices[0]!.code).toBe('SETTINGS_CORRUPT');
    expect(notices[0]!.message).toContain('uiLanguage');
    expect(notices[0]!.message).toContain('publication.accentColor');
    expect(notices[0]!.message).toContain(copy!);

    expect(await api.ok('settings.get', {})).toEqual({
      uiLanguage: DEFAULT_SETTINGS.uiLanguage,
      publication: {
        ...DEFAULT_SETTINGS.publication,
        name: 'Tribun Medan',
        datelinePrefix: 'TRIBUN-MEDAN.COM',
      },
    });
    // Keys that belong to the host (window bounds) are left alone.
    expect(JSON.parse(fs.readFileSync(settingsPath(dataDir), 'utf8')).windowBounds).toEqual({
      width: 1200,
      height: 800,
    });
  });

  it('reports a damaged file only once: the next start is quiet', async () => {
    const dataDir = tempFolder();
    fs.writeFileSync(settingsPath(dataDir), '{not json');
    api = await openTestServices({ dataDir });
    api.close();
    api = await openTestServices({ dataDir });
    expect((await api.ok('app.status', {})).notices).toEqual([]);
  });

  it('never overwrites an earlier copy when the file is damaged twice at the same moment', () => {
    const folder = tempFolder();
    fs.writeFileSync(settingsPath(folder), '{first');
    openSettings(folder, undefined, fixedClock);
    fs.writeFileSync(settingsPath(folder), '{second');
    openSettings(folder, undefined, fixedClock);
    const kept = asideCopies(folder, 'corrupt').map((file) => fs.readFileSync(file, 'utf8'));
    expect(kept.sort()).toEqual(['{first', '{second']);
  });
});
