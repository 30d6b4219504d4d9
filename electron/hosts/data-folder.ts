import os from 'node:os';
import path from 'node:path';

/** Where Electron keeps `userData` for an app named Redaksi, so browser mode opens the same data by default. */
export function defaultDataFolder(platform: NodeJS.Platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Redaksi');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Redaksi');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Redaksi');
}

export function resolveDataFolder(flag: string | undefined, env = process.env): string {
  return path.resolve(flag || env.REDAKSI_DATA || defaultDataFolder(process.platform, env));
}
