import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_LABELS, menuTemplate, type MenuActions } from '../../../../electron/main/menu';

function recordingActions(): MenuActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    newArticle: () => calls.push('newArticle'),
    undo: () => calls.push('undo'),
    redo: () => calls.push('redo'),
    about: () => calls.push('about'),
  };
}

const submenuOf = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];
const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => (item.role ? [item.role] : []));
// Redaksi's click handlers ignore Electron's (menuItem, window, event) arguments.
const press = (item: MenuItemConstructorOptions | undefined): void =>
  (item?.click as (() => void) | undefined)?.();
const topLabels = (template: MenuItemConstructorOptions[]): Array<string | undefined> =>
  template.map((item) => item.label ?? item.role);

describe('menuTemplate', () => {
  const labels = MENU_LABELS.en;

  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(topLabels(menuTemplate(platform, labels, recordingActions()))).toEqual([
        'File',
        'Edit',
        'View',
        'Window',
        'Help',
      ]);
    }
  });

  it('puts the app menu first on macOS, holding About and Quit', () => {
    const template = menuTemplate('darwin', labels, recordingActions());
    expect(template[0]?.role).toBe('appMenu');
    expect(roles(submenuOf(template[0]))).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(topLabels(template).slice(1)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('offers File → New article on Ctrl/Cmd+N, which sends the new-article command', () => {
    const actions = recordingActions();
    const file = submenuOf(menuTemplate('linux', labels, actions)[0]);
    const newArticle = file.find((item) => item.label === 'New article');
    expect(newArticle?.accelerator).toBe('CmdOrCtrl+N');
    press(newArticle);
    expect(actions.calls).toEqual(['newArticle']);
  });

  it('ends File with Quit outside macOS, where Quit lives in the app menu', () => {
    expect(roles(submenuOf(menuTemplate('linux', labels, recordingActions())[0]))).toContain('quit');
    expect(roles(submenuOf(menuTemplate('darwin', labels, recordingActions())[1]))).not.toContain('quit');
  });

  it('sends Undo and Redo to the renderer (whose focused field keeps its own history), never the page-wide role', () => {
    const actions = recordingActions();
    const edit = submenuOf(menuTemplate('linux', labels, actions)[1]);
    const undo = edit.find((item) => item.id === 'undo');
    const redo = edit.find((item) => item.id === 'redo');
    expect([undo?.label, undo?.accelerator, redo?.label]).toEqual(['Undo', 'CmdOrCtrl+Z', 'Redo']);
    // Shown, not registered: the key goes to the focused field or editor, which handle it themselves.
    expect([undo?.registerAccelerator, redo?.registerAccelerator]).toEqual([false, false]);
    press(undo);
    press(redo);
    expect(actions.calls).toEqual(['undo', 'redo']);
    expect(roles(edit)).not.toContain('undo');
    expect(MENU_LABELS.id.undo).toBe('Urungkan');
  });

  it('gives Edit the standard editing commands', () => {
    const edit = submenuOf(menuTemplate('linux', labels, recordingActions())[1]);
    expect(roles(edit)).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']),
    );
  });

  it('gives View reload, developer tools, zoom and full screen, and Window minimize, zoom and close', () => {
    const template = menuTemplate('linux', labels, recordingActions());
    expect(roles(submenuOf(template[2]))).toEqual(
      expect.arrayContaining([
        'reload',
        'toggleDevTools',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
      ]),
    );
    expect(roles(submenuOf(template[3]))).toEqual(['minimize', 'zoom', 'close']);
  });

  it('offers Help → About Redaksi', () => {
    const actions = recordingActions();
    const help = menuTemplate('win32', labels, actions)[4];
    expect(help?.role).toBe('help');
    const about = submenuOf(help).find((item) => item.label === 'About Redaksi');
    press(about);
    expect(actions.calls).toEqual(['about']);
  });

  it('speaks Indonesian when the UI does', () => {
    const template = menuTemplate('linux', MENU_LABELS.id, recordingActions());
    expect(topLabels(template)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Jendela', 'Bantuan']);
    expect(submenuOf(template[0])[0]?.label).toBe('Artikel baru');
  });

  it('never repeats an accelerator, so no shortcut is ambiguous', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const accelerators = menuTemplate(platform, labels, recordingActions())
        .flatMap(submenuOf)
        .flatMap((item) => (item.accelerator ? [item.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});
