import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataFolder, resolveDataFolder } from '../../../../electron/hosts/data-folder';

describe('data folder', () => {
  it('uses the folder Electron uses for userData on each platform', () => {
    const home = os.homedir();
    expect(defaultDataFolder('linux', {})).toBe(path.join(home, '.config', 'Redaksi'));
    expect(defaultDataFolder('linux', { XDG_CONFIG_HOME: '/xdg' })).toBe(path.join('/xdg', 'Redaksi'));
    expect(defaultDataFolder('darwin', {})).toBe(
      path.join(home, 'Library', 'Application Support', 'Redaksi'),
    );
    expect(defaultDataFolder('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toBe(
      path.join('C:\\Users\\a\\AppData\\Roaming', 'Redaksi'),
    );
  });

  it('ignores an empty XDG_CONFIG_HOME', () => {
    expect(defaultDataFolder('linux', { XDG_CONFIG_HOME: '' })).toBe(
      path.join(os.homedir(), '.config', 'Redaksi'),
    );
  });

  it('prefers --data, then REDAKSI_DATA, then the default, and returns an absolute path', () => {
    expect(resolveDataFolder('relative/data', { REDAKSI_DATA: '/env' })).toBe(path.resolve('relative/data'));
    expect(resolveDataFolder(undefined, { REDAKSI_DATA: '/env/data' })).toBe('/env/data');
    expect(path.isAbsolute(resolveDataFolder(undefined, {}))).toBe(true);
  });

  it('reads the default from the environment it is given', () => {
    const env = { XDG_CONFIG_HOME: '/given', APPDATA: '/given' };
    expect(resolveDataFolder(undefined, env)).toBe(path.resolve(defaultDataFolder(process.platform, env)));
  });
});
