import {
  BrowserWindow as ElectronBrowserWindow,
  screen,
  type BrowserWindowConstructorOptions,
} from 'electron';
import { APP_ENTRY_URL } from '../hosts/app-url';
import type { SettingsFile } from '../services/settings';
import type { SecureWebPreferences } from './security';
import { MIN_SIZE, placeWindow, windowToSave } from './window-state';

/**
 * Electron's BrowserWindow, typed so that the compiler accepts only options whose webPreferences are
 * exactly WEB_PREFERENCES (security.ts, unit tested) plus the preload. They are written out as a
 * literal below because Electronegativity (QUALITY.md R11) can only check literals.
 */
const BrowserWindow: new (
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'> & { webPreferences: SecureWebPreferences },
) => ElectronBrowserWindow = ElectronBrowserWindow;

/** Key of the settings file that holds the window's bounds; Electron-only, so not part of Settings. */
export const WINDOW_KEY = 'window';

export interface WindowOptions {
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  preload: string;
  settingsFile: SettingsFile;
}

/**
 * Opens Redaksi's window where it was last closed (if that place is still on a screen) and loads the
 * bundled renderer. Navigation, new windows and permissions are guarded for every web contents in guards.ts.
 */
export function createWindow({ preload, settingsFile }: WindowOptions): ElectronBrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map(
    (d) => d.workArea,
  );
  const placement = placeWindow(settingsFile.store[WINDOW_KEY], workAreas);

  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Redaksi',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
      preload, // eng-disable PRELOAD_JS_CHECK: reviewed, it exposes only window.redaksi (electron/preload)
    },
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  window.on('close', () => {
    const saved = windowToSave(window.getNormalBounds(), window.isMaximized());
    try {
      settingsFile.store = { ...settingsFile.store, [WINDOW_KEY]: saved };
    } catch (error) {
      // Losing the window position must not stop the app from closing.
      console.error('[redaksi] could not save the window position:', error);
    }
  });

  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[redaksi] could not load the renderer:', error);
  });
  return window;
}
