// Redaksi's Electron main process: one window, the app:// protocol, the menu and the IPC bridge.
// Every capability lives in electron/services and is reached through the API contract.
import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  type BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type WebContents,
} from 'electron';
import ElectronStore from 'electron-store';
import type { MenuAction } from '../../shared/api/bridge';
import { say, sayIn, type ServiceMessageKey } from '../../shared/api/wording';
import { resolveDataFolder } from '../hosts/data-folder';
import { isTrustedSender, registerIpc } from '../hosts/ipc';
import { MENU_CHANNEL, REVEAL_CHANNEL } from '../hosts/ipc-channels';
import { openServices, StartRefused, type Services } from '../services/services';
import { SETTINGS_NAME } from '../services/settings';
import type { UiLanguage } from '../../shared/api/settings';
import { guardSession, guardWebContents } from './guards';
import { MENU_LABELS, menuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { isExportPackageFolder } from './reveal';
import { createWindow } from './window';

// The same folder browser mode and the CLI use (REDAKSI_DATA, else <appData>/Redaksi), whatever the
// package name; it must be set before the single-instance lock, which is keyed on it.
app.setPath('userData', resolveDataFolder(undefined));

// Privileges can only be granted before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const appRoot = app.getAppPath();
const built = (...parts: string[]): string => path.join(appRoot, 'out', ...parts);

/**
 * In development better-sqlite3 in node_modules is built for Node (tests and browser mode use it), so
 * `npm start` builds a copy for Electron's ABI into out/native. Packaged apps get theirs from electron-builder.
 */
function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = built('native', 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
}

function startupMessage(error: unknown): string {
  if (error instanceof StartRefused) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(text)) {
    return `The database library is not built for this version of Electron. Run "node scripts/native-for-electron.mjs" (npm start does), then start Redaksi again.\n\n${text}`;
  }
  return `Redaksi could not open its data folder (${app.getPath('userData')}).\n\n${text}`;
}

let window: BrowserWindow | null = null;
let services: Services | null = null;

function openWindow(current: Services): void {
  window = createWindow({ preload: built('preload', 'index.cjs'), settingsFile: current.settings.file });
  window.on('closed', () => {
    window = null;
  });
}

function sendMenu(action: MenuAction): void {
  // With no window (macOS keeps running without one) the command opens one; a page still loading
  // would not be listening yet, so the command itself is not sent.
  if (window === null) {
    if (services !== null) openWindow(services);
    return;
  }
  window.webContents.send(MENU_CHANNEL, action);
}

async function start(openBackupIfNewer = false): Promise<void> {
  const opened = await openServices({
    openBackupIfNewer,
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    // A refusal before the settings can be read is said in the system's language.
    fallbackLanguage: app.getLocale().toLowerCase().startsWith('id') ? 'id' : 'en',
    openSettingsFile: (folder) =>
      new ElectronStore<Record<string, unknown>>({
        cwd: folder,
        name: SETTINGS_NAME,
        clearInvalidConfig: false,
      }),
    nativeBinding: electronNativeBinding(),
  });
  services = opened;

  guardSession(session.defaultSession);
  registerAppProtocol(protocol, built('renderer'), opened.media.resolve, opened.preview);
  const isAppWindow = (sender: WebContents) => window !== null && sender === window.webContents;
  registerIpc(ipcMain, opened.handlers, isAppWindow);
  // After an export, the dialog offers to show the package folder; main checks it is one.
  ipcMain.handle(REVEAL_CHANNEL, (event, folder: unknown) => {
    const frame = event.senderFrame;
    const trusted =
      frame !== null && isTrustedSender(frame.url, frame.parent === null && isAppWindow(event.sender));
    if (!trusted || !isExportPackageFolder(folder)) return false;
    shell.showItemInFolder(path.join(folder, 'index.html'));
    return true;
  });

  app.setAboutPanelOptions({ applicationName: 'Redaksi', applicationVersion: app.getVersion() });
  // The menu speaks the interface language, and follows it when Settings changes it.
  const buildMenu = (language: UiLanguage) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(process.platform, MENU_LABELS[language], {
          newArticle: () => sendMenu('new-article'),
          undo: () => sendMenu('undo'),
          redo: () => sendMenu('redo'),
          about: () => app.showAboutPanel(),
        }),
      ),
    );
  let menuLanguage = opened.settings.get().uiLanguage;
  buildMenu(menuLanguage);
  opened.settings.subscribe(({ uiLanguage }) => {
    if (uiLanguage !== menuLanguage) buildMenu((menuLanguage = uiLanguage));
  });

  openWindow(opened);
  app.on('activate', () => {
    if (window === null) openWindow(opened);
  });
}

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one database and one settings file would race; the first one is focused instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window === null) {
      if (services !== null) openWindow(services);
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    services?.close();
    services = null;
  });
  app
    .whenReady()
    .then(() => start())
    .catch(async (error: unknown) => {
      // A database from a newer Redaksi with a backup this version can open: the user may open that
      // backup instead (the newer file is moved aside, unchanged); quitting stays the default.
      if (error instanceof StartRefused && error.backup !== null) {
        const words = (key: ServiceMessageKey) => sayIn(error.language, say(key));
        const { response } = await dialog.showMessageBox({
          type: 'warning',
          title: words('start.failedTitle'),
          message: words('start.failedTitle'),
          detail: error.message,
          buttons: [words('start.quit'), words('start.openBackup')],
          defaultId: 0,
          cancelId: 0,
          noLink: true,
        });
        if (response === 1) return start(true);
        app.exit(1);
        return;
      }
      throw error;
    })
    .catch((error: unknown) => {
      // E.g. a database written by a newer Redaksi (DATABASE_NEWER): say so in plain words and stop.
      console.error('[redaksi] start failed:', error);
      const title =
        error instanceof StartRefused
          ? sayIn(error.language, say('start.failedTitle'))
          : 'Redaksi could not start';
      dialog.showErrorBox(title, startupMessage(error));
      services?.close();
      app.exit(1);
    });
}
