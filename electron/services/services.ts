import path from 'node:path';
import { openDatabase } from './db/open';
import { createHandlers, type Handlers } from './handlers';
import { openConfSettingsFile, openSettings, type SettingsFile, type SettingsService } from './settings';

export const DATABASE_FILE = 'redaksi.db';

export interface ServicesOptions {
  dataDir: string;
  version: string;
  /** Electron passes electron-store here; browser mode and the CLI use conf. */
  openSettingsFile?: (folder: string) => SettingsFile;
  nativeBinding?: string;
  now?: () => Date;
}

export interface Services {
  handlers: Handlers;
  settings: SettingsService;
  close(): void;
}

/** Opens the data folder (database + settings) and returns the contract's handlers over it. */
export async function openServices(options: ServicesOptions): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const { settings, notices: settingsNotices } = openSettings(
    options.dataDir,
    options.openSettingsFile ?? openConfSettingsFile,
    now,
  );
  const { db, notices } = await openDatabase(path.join(options.dataDir, DATABASE_FILE), {
    nativeBinding: options.nativeBinding,
    now,
  });
  const handlers = createHandlers({
    db,
    settings,
    notices: [...notices, ...settingsNotices],
    version: options.version,
    now,
  });
  return { handlers, settings, close: () => db.close() };
}
