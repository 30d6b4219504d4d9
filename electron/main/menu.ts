import type { MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../../shared/api/settings';

/** Words of the menu that are Redaksi's own; items with a role get their label from the OS. */
export interface MenuLabels {
  file: string;
  newArticle: string;
  edit: string;
  undo: string;
  redo: string;
  view: string;
  window: string;
  help: string;
  about: string;
}

export const MENU_LABELS: Record<UiLanguage, MenuLabels> = {
  en: {
    file: 'File',
    newArticle: 'New article',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Redaksi',
  },
  id: {
    file: 'Berkas',
    newArticle: 'Artikel baru',
    edit: 'Sunting',
    undo: 'Urungkan',
    redo: 'Ulangi',
    view: 'Tampilan',
    window: 'Jendela',
    help: 'Bantuan',
    about: 'Tentang Redaksi',
  },
};

export interface MenuActions {
  newArticle(): void;
  /** Undo and redo go to the renderer, which knows whose history the focus is in. */
  undo(): void;
  redo(): void;
  about(): void;
}

/**
 * The application menu as plain data, so it is tested without Electron. Standard commands use
 * roles, which gives them the platform's own labels, shortcuts and behaviour.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  labels: MenuLabels,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: labels.file,
      submenu: [
        {
          id: 'new-article',
          label: labels.newArticle,
          accelerator: 'CmdOrCtrl+N',
          click: () => actions.newArticle(),
        },
        // On macOS Quit belongs to the app menu.
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: labels.edit,
      submenu: [
        // Not the 'undo' role: the browser's undo is page-wide and reaches whatever was typed in last.
        // The shortcut is only shown on Windows and Linux: the focused field or editor takes the key.
        {
          id: 'undo',
          label: labels.undo,
          accelerator: 'CmdOrCtrl+Z',
          registerAccelerator: false,
          click: () => actions.undo(),
        },
        {
          id: 'redo',
          label: labels.redo,
          accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y',
          registerAccelerator: false,
          click: () => actions.redo(),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: labels.window,
      submenu: [{ role: 'minimize' }, { role: 'zoom' }, { role: 'close' }],
    },
    {
      role: 'help',
      label: labels.help,
      submenu: [{ id: 'about', label: labels.about, click: () => actions.about() }],
    },
  ];
}
