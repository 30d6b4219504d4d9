import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../shared/api/errors';
import type { UiLanguage } from '../../shared/api/settings';
import { sayIn } from '../../shared/api/wording';
import { backupsFolder, openDatabase } from './db/open';
import { createHandlers, type Handlers } from './handlers';
import { PhotoImporter, STAGING_FOLDER } from './photos/importer';
import { MEDIA_FOLDER, RENDITIONS_FOLDER, resolveMediaPath, type MediaFile } from './photos/media';
import { EXPORT_JOURNAL_FOLDER, recoverExports } from './export/journal';
import { createPreview, type PreviewFile } from './export/preview';
import { addImportedPhoto } from './photos/store';
import {
  openConfSettingsFile,
  openSettings,
  settingsPath,
  storedLanguage,
  type SettingsFile,
  type SettingsService,
} from './settings';
import { diagnoseDataFolder, misplacedEntry } from './data-folder-check';

export const DATABASE_FILE = 'redaksi.db';
/** The folders Redaksi keeps inside the data folder. */
const DATA_SUBFOLDERS = [
  STAGING_FOLDER,
  EXPORT_JOURNAL_FOLDER,
  RENDITIONS_FOLDER,
  MEDIA_FOLDER,
  path.basename(backupsFolder(DATABASE_FILE)),
];
/** The database's own files beside it (SQLite's write-ahead log and its index): never a folder. */
const DATA_FILES = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`];

// Two levels up is the app's root both from this source file and from the bundled out/main/index.js.
const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources');

export interface ServicesOptions {
  dataDir: string;
  version: string;
  /** Electron passes electron-store here; browser mode and the CLI use conf. */
  openSettingsFile?: (folder: string) => SettingsFile;
  nativeBinding?: string;
  now?: () => Date;
  /** The app's resources folder (export theme); defaults to the one beside the code. */
  resourcesDir?: string;
  /** False for the command line: its batch exports do not change the folder the app offers. */
  rememberExportFolder?: boolean;
  /** The user chose to open the backup of a database a newer version wrote (see openDatabase). */
  openBackupIfNewer?: boolean;
  /**
   * The command line: a damaged database or settings file stops the start, changing nothing, instead of
   * being set aside for an empty library or default settings (the app's way, which it then reports).
   */
  refuseDamaged?: boolean;
  /**
   * The language a refusal at the start is said in when the settings name none that can be read (a
   * settings file that is damaged, unreadable or missing): the host's guess, e.g. the system's locale.
   */
  fallbackLanguage?: UiLanguage;
}

/**
 * The data folder refused to open (e.g. DATABASE_NEWER): the reason, said in the interface language
 * the settings name, so a host can show it before any window exists.
 */
export class StartRefused extends Error {
  constructor(
    readonly reason: ApiError,
    readonly language: UiLanguage,
  ) {
    super(sayIn(language, reason), { cause: reason });
    this.name = 'StartRefused';
  }

  /** A backup this version can open, which the host may offer instead (openBackupIfNewer). */
  get backup(): string | null {
    const details = this.reason.details as { backup?: unknown } | undefined;
    return typeof details?.backup === 'string' ? details.backup : null;
  }
}

export interface Services {
  handlers: Handlers;
  /** For the command line's batch work; hosts otherwise go through the handlers. */
  db: Database.Database;
  settings: SettingsService;
  /** Photo renditions for the hosts to serve: browser mode checks the token, Electron's protocol needs none. */
  media: { token: string; resolve(urlPath: string): MediaFile | null };
  /** One file of an article's package for the page preview (hosts serve it at /preview/<key>/<id>/<file>). */
  preview: (id: string, file: string) => PreviewFile | null;
  /** The photo import queue; hosts go through the handlers (tests reach it to time a delete mid-import). */
  importer: PhotoImporter;
  close(): void;
}

/**
 * Opens the settings and the database. A refusal (a newer database) or a folder that cannot be used
 * (read-only, full, a file where a folder should be) ends as StartRefused, said in plain words.
 */
async function openDataFolder(options: ServicesOptions, now: () => Date) {
  // Until the settings are open, the language they name as far as it can be read (they may be damaged).
  let language = storedLanguage(options.dataDir, options.fallbackLanguage);
  const misplaced =
    misplacedEntry(options.dataDir, DATA_SUBFOLDERS, 'folder') ??
    misplacedEntry(options.dataDir, DATA_FILES, 'file');
  if (misplaced) throw new StartRefused(misplaced, language);
  try {
    const opened = openSettings(
      options.dataDir,
      options.openSettingsFile ?? openConfSettingsFile,
      now,
      options.refuseDamaged,
    );
    language = opened.settings.get().uiLanguage;
    const database = await openDatabase(path.join(options.dataDir, DATABASE_FILE), {
      nativeBinding: options.nativeBinding,
      now,
      openBackupIfNewer: options.openBackupIfNewer,
      refuseDamaged: options.refuseDamaged,
    });
    return {
      settings: opened.settings,
      settingsNotices: opened.notices,
      db: database.db,
      notices: database.notices,
    };
  } catch (error) {
    if (error instanceof ApiError) throw new StartRefused(error, language);
    const files = [...DATA_FILES, path.basename(settingsPath(options.dataDir))];
    const reason = diagnoseDataFolder(options.dataDir, error, files);
    throw reason ? new StartRefused(reason, language) : error;
  }
}

/** Opens the data folder (database + settings) and returns the contract's handlers over it. */
export async function openServices(options: ServicesOptions): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const { settings, settingsNotices, db, notices } = await openDataFolder(options, now);
  // Exports a killed process left half-swapped are put back in order before anything else runs.
  recoverExports(options.dataDir);
  const importer = new PhotoImporter(options.dataDir, (photo, name) =>
    addImportedPhoto(db, photo, name, now),
  );
  const mediaToken = randomBytes(24).toString('hex');
  const styleTemplate = fs.readFileSync(
    path.join(options.resourcesDir ?? RESOURCES, 'export', 'style.css'),
    'utf8',
  );
  const handlers = createHandlers({
    db,
    settings,
    notices: [...notices, ...settingsNotices],
    version: options.version,
    now,
    photos: { importer, mediaToken },
    dataDir: options.dataDir,
    styleTemplate,
    rememberExportFolder: options.rememberExportFolder ?? true,
  });
  return {
    handlers,
    db,
    settings,
    media: { token: mediaToken, resolve: (urlPath) => resolveMediaPath(options.dataDir, urlPath) },
    preview: createPreview(db, () => ({
      profile: settings.get().publication,
      styleTemplate,
      dataDir: options.dataDir,
    })),
    importer,
    close: () => {
      void importer.close();
      db.close();
    },
  };
}
