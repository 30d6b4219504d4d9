import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { DEFAULT_SETTINGS, Settings, type SettingsUpdate } from '../../shared/api/settings';
import type { Notice } from './db/open';

/** What Redaksi needs of a settings file: conf in browser mode and the CLI, electron-store (a conf) in Electron. */
export interface SettingsFile {
  store: Record<string, unknown>;
}

export const SETTINGS_NAME = 'settings';
export const settingsPath = (folder: string): string => path.join(folder, `${SETTINGS_NAME}.json`);

export function openConfSettingsFile(folder: string): SettingsFile {
  return new Conf<Record<string, unknown>>({ cwd: folder, configName: SETTINGS_NAME, clearInvalidConfig: false });
}

export interface SettingsService {
  get(): Settings;
  update(patch: SettingsUpdate): Settings;
  /** The raw file, for host-only keys such as Electron's window bounds. */
  file: SettingsFile;
}

const stamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

/**
 * Opens the settings file. A file that is not valid JSON, or holds values of the wrong shape, is
 * copied aside and reported — never silently reset (QUALITY.md R10).
 */
export function openSettings(
  folder: string,
  openFile: (folder: string) => SettingsFile = openConfSettingsFile,
  now: () => Date = () => new Date(),
): { settings: SettingsService; notices: Notice[] } {
  const notices: Notice[] = [];
  const file = settingsPath(folder);
  let store: SettingsFile;
  try {
    store = openFile(folder);
  } catch (error) {
    if (!fs.existsSync(file)) throw error;
    const aside = `${file}.corrupt-${stamp(now())}`;
    fs.renameSync(file, aside);
    notices.push({
      code: 'SETTINGS_CORRUPT',
      message: `The settings file could not be read, so Redaksi started with default settings. The old file was kept at ${aside}.`,
    });
    store = openFile(folder);
  }

  const stored = { uiLanguage: store.store.uiLanguage, publication: store.store.publication };
  const parsed = Settings.safeParse({
    uiLanguage: stored.uiLanguage ?? DEFAULT_SETTINGS.uiLanguage,
    publication: { ...DEFAULT_SETTINGS.publication, ...(typeof stored.publication === 'object' ? stored.publication : {}) },
  });
  let current: Settings;
  if (parsed.success) {
    current = parsed.data;
  } else {
    const aside = `${file}.invalid-${stamp(now())}`;
    fs.copyFileSync(file, aside);
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    notices.push({
      code: 'SETTINGS_CORRUPT',
      message: `Some settings had values Redaksi cannot use (${fields}) and were set back to their defaults. A copy of the old file was kept at ${aside}.`,
    });
    current = DEFAULT_SETTINGS;
    store.store = { ...store.store, ...current };
  }

  return {
    notices,
    settings: {
      file: store,
      get: () => current,
      update(patch) {
        const next = Settings.parse({
          uiLanguage: patch.uiLanguage ?? current.uiLanguage,
          publication: { ...current.publication, ...patch.publication },
        });
        store.store = { ...store.store, ...next };
        current = next;
        return current;
      },
    },
  };
}
