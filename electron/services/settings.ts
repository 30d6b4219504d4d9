import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/errors';
import {
  DEFAULT_SETTINGS,
  PublicationProfile,
  Settings,
  UiLanguage,
  type SettingsUpdate,
} from '../../shared/api/settings';
import type { Notice } from './db/open';
import { say } from '../../shared/api/wording';
import { whileReading } from './storage-failure';

/** What Redaksi needs of a settings file: conf in browser mode and the CLI, electron-store (a conf) in Electron. */
export interface SettingsFile {
  store: Record<string, unknown>;
}

export const SETTINGS_NAME = 'settings';
export const settingsPath = (folder: string): string => path.join(folder, `${SETTINGS_NAME}.json`);

export function openConfSettingsFile(folder: string): SettingsFile {
  return new Conf<Record<string, unknown>>({
    cwd: folder,
    configName: SETTINGS_NAME,
    clearInvalidConfig: false,
  });
}

export interface SettingsService {
  get(): Settings;
  update(patch: SettingsUpdate): Settings;
  /** Calls `listener` after each update with the settings now in force; returns the unsubscribe. */
  subscribe(listener: (settings: Settings) => void): () => void;
  /** The raw file, for host-only keys such as Electron's window bounds. */
  file: SettingsFile;
}

const stamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

/** `${file}.${label}-<stamp>`, with a counter when that name is already used: an old copy is never overwritten. */
function asideName(file: string, label: string, now: Date): string {
  const base = `${file}.${label}-${stamp(now)}`;
  let aside = base;
  for (let n = 2; fs.existsSync(aside); n += 1) aside = `${base}-${n}`;
  return aside;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when the file exists but is not a JSON object (conf would read `null` or `[]` as empty settings). */
function isUnreadable(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  try {
    return !isRecord(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    if (error instanceof SyntaxError) return true;
    throw whileReading(error);
  }
}

// The language as a settings file writes it, found in the text of one that no longer parses (cut short).
const STORED_LANGUAGE = /"uiLanguage"\s*:\s*"([^"\\]*)"/;

/**
 * The interface language the settings file names, read without opening (or mending) it: a start refused
 * before the settings are opened (or for a damaged settings file) still speaks the user's language. A
 * file that does not parse is searched for the language it was written with; when none can be known,
 * `fallback` (the host's guess, e.g. the system's locale), which only changes the language of that refusal.
 */
export function storedLanguage(
  folder: string,
  fallback: UiLanguage = DEFAULT_SETTINGS.uiLanguage,
): UiLanguage {
  let text: string;
  try {
    text = fs.readFileSync(settingsPath(folder), 'utf8');
  } catch {
    return fallback;
  }
  let named: unknown;
  try {
    const stored: unknown = JSON.parse(text);
    named = isRecord(stored) ? stored.uiLanguage : undefined;
  } catch {
    named = STORED_LANGUAGE.exec(text)?.[1];
  }
  const language = UiLanguage.safeParse(named);
  return language.success ? language.data : fallback;
}

/**
 * The stored values, each field that cannot be used replaced by its value in `fallback` (the
 * defaults, or the settings as last read); `invalid` names those fields.
 */
function readStored(
  stored: Record<string, unknown>,
  fallback: Settings = DEFAULT_SETTINGS,
): { settings: Settings; invalid: string[] } {
  const invalid: string[] = [];
  const field = <T>(schema: z.ZodType<T>, value: unknown, fallback: T, name: string): T => {
    if (value === undefined) return fallback;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    invalid.push(name);
    return fallback;
  };
  const publication = isRecord(stored.publication) ? stored.publication : {};
  if (stored.publication !== undefined && !isRecord(stored.publication)) invalid.push('publication');
  const profile = Object.fromEntries(
    Object.entries(PublicationProfile.shape).map(([key, schema]) => [
      key,
      field(
        schema,
        publication[key],
        fallback.publication[key as keyof PublicationProfile],
        `publication.${key}`,
      ),
    ]),
  ) as PublicationProfile;
  return {
    settings: {
      uiLanguage: field(UiLanguage, stored.uiLanguage, fallback.uiLanguage, 'uiLanguage'),
      publication: profile,
    },
    invalid,
  };
}

/**
 * Opens the settings file. A file that is not a JSON object is moved aside; one holding values of
 * the wrong shape is copied aside and only those values are set back to their defaults. Both are
 * reported, never silently reset (QUALITY.md R10). With `refuseDamaged` (the command line, which
 * must not export under default settings) either is refused instead, and the file left as it is.
 */
export function openSettings(
  folder: string,
  openFile: (folder: string) => SettingsFile = openConfSettingsFile,
  now: () => Date = () => new Date(),
  refuseDamaged = false,
): { settings: SettingsService; notices: Notice[] } {
  const notices: Notice[] = [];
  const file = settingsPath(folder);
  const unreadable = isUnreadable(file);
  if (unreadable && refuseDamaged)
    throw new ApiError('SETTINGS_CORRUPT', say('start.settingsUnreadableRefused', { file }), { file });
  if (unreadable) {
    const aside = asideName(file, 'corrupt', now());
    fs.renameSync(file, aside);
    notices.push({ code: 'SETTINGS_CORRUPT', ...say('start.settingsUnreadable', { aside }) });
  }
  const store = openFile(folder);

  const { settings: stored, invalid } = readStored(store.store);
  let current = stored;
  if (invalid.length > 0 && refuseDamaged) {
    const fields = invalid.join(', ');
    throw new ApiError('SETTINGS_CORRUPT', say('start.settingsInvalidRefused', { file, fields }), {
      file,
      fields: invalid,
    });
  }
  if (invalid.length > 0) {
    const aside = asideName(file, 'invalid', now());
    fs.copyFileSync(file, aside);
    notices.push({
      code: 'SETTINGS_CORRUPT',
      ...say('start.settingsInvalid', { fields: invalid.join(', '), aside }),
    });
    store.store = { ...store.store, ...current };
  }

  const listeners = new Set<(settings: Settings) => void>();
  // Read from the file at each use: another Redaksi on the same data folder (browser mode beside the
  // desktop app, the command line) may have saved since. A file gone (moved, a drive unmounted) or
  // not readable just now (another program writing it), and a field in it this version cannot use,
  // leave the settings as last read: never the defaults in silence.
  const raw = (): Record<string, unknown> | null => {
    if (!fs.existsSync(file)) return null;
    try {
      return store.store;
    } catch (error) {
      console.error('[redaksi] the settings file could not be read again; the last read stands:', error);
      return null;
    }
  };
  const fresh = (): Settings => {
    const stored = raw();
    if (stored !== null) current = readStored(stored, current).settings;
    return current;
  };
  return {
    notices,
    settings: {
      file: store,
      get: fresh,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      update(patch) {
        const base = fresh();
        const next = Settings.parse({
          uiLanguage: patch.uiLanguage ?? base.uiLanguage,
          publication: { ...base.publication, ...patch.publication },
        });
        // Only the fields changed are written into the file as it is now: another process's values,
        // and one this version cannot read, stay as they are. No file to merge into: all of them.
        const onDisk = raw();
        const changed = Object.fromEntries(
          Object.keys(patch.publication ?? {}).map((key) => [
            key,
            next.publication[key as keyof PublicationProfile],
          ]),
        );
        store.store =
          onDisk === null
            ? { ...next }
            : {
                ...onDisk,
                ...(patch.uiLanguage === undefined ? {} : { uiLanguage: next.uiLanguage }),
                publication: { ...(isRecord(onDisk.publication) ? onDisk.publication : {}), ...changed },
              };
        current = next;
        for (const listener of listeners) listener(current);
        return current;
      },
    },
  };
}
