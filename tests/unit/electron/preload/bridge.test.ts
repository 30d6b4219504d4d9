import { afterEach, describe, expect, it } from 'vitest';
import type { MenuAction } from '../../../../shared/api/bridge';
import { METHODS } from '../../../../shared/api/contract';
import { registerIpc } from '../../../../electron/hosts/ipc';
import {
  CALL_CHANNEL,
  isMenuAction,
  MENU_ACTIONS,
  MENU_CHANNEL,
  REVEAL_CHANNEL,
} from '../../../../electron/hosts/ipc-channels';
import { createBridge, type RendererIpc } from '../../../../electron/preload/bridge';
import { openTestServices, type TestServices } from '../../support/services';
import { appWindow, fromAppPage, recordIpcMain } from '../hosts/ipc-main-recorder';

type MenuListener = (event: unknown, action: unknown) => void;

/**
 * The preload's side of IPC: invokes reach registerIpc's handler (over a structured clone, as Electron
 * sends them) and the real services behind it; menu listeners are kept so the test can send commands.
 */
async function bridgeToServices(services: TestServices) {
  const ipcMain = recordIpcMain();
  registerIpc(ipcMain, services.services.handlers, (sender) => sender === appWindow);
  const invoked: unknown[] = [];
  const menuListeners = new Set<MenuListener>();
  const ipc: RendererIpc = {
    invoke(channel, method, input) {
      invoked.push(method);
      return ipcMain.invoke(channel, fromAppPage(), structuredClone(method), structuredClone(input));
    },
    on: (_channel, listener) => menuListeners.add(listener),
    removeListener: (_channel, listener) => menuListeners.delete(listener),
  };
  const sendMenu = (action: unknown) => {
    for (const listener of menuListeners) listener({ sender: 'the IPC event' }, action);
  };
  return { bridge: createBridge(ipc), invoked, menuListeners, sendMenu };
}

describe('window.redaksi built by the preload', () => {
  let opened: TestServices | undefined;
  afterEach(() => opened?.close());

  it('exposes call and onMenu and nothing of ipcRenderer', async () => {
    opened = await openTestServices();
    const { bridge } = await bridgeToServices(opened);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onMenu', 'revealFolder']);
  });

  it('carries a contract call to the services and back', async () => {
    opened = await openTestServices();
    const { bridge } = await bridgeToServices(opened);
    const created = await bridge.call('articles.create', { headline: 'Pasar murah di Medan' });
    expect(created.ok).toBe(true);
    const status = await bridge.call('app.status', {});
    expect(status).toEqual({ ok: true, value: { version: '0.0.0-test', notices: [] } });
    expect(await opened.ok('articles.list', {})).toMatchObject([{ headline: 'Pasar murah di Medan' }]);
  });

  it.each([
    ['fs.readFile'],
    ['__proto__'],
    ['constructor'],
    ['toString'],
    [42],
    [null],
    [{ toString: 'app.status' }],
  ])('does not forward %j, which is not a contract method', async (method) => {
    opened = await openTestServices();
    const { bridge, invoked } = await bridgeToServices(opened);
    const call = bridge.call as (method: unknown, input: unknown) => Promise<unknown>;
    expect(await call(method, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(invoked).toEqual([]);
  });

  it('forwards every contract method over the one channel', async () => {
    opened = await openTestServices();
    const { bridge, invoked } = await bridgeToServices(opened);
    const call = bridge.call as (method: unknown, input: unknown) => Promise<unknown>;
    for (const method of METHODS) await call(method, {});
    expect(invoked).toEqual(METHODS);
  });

  it('passes menu commands from the closed list as bare strings, and stops after unsubscribing', async () => {
    opened = await openTestServices();
    const { bridge, sendMenu, menuListeners } = await bridgeToServices(opened);
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenu?.((...args: unknown[]) => received.push(args));
    sendMenu('new-article');
    sendMenu('delete-everything');
    sendMenu({ action: 'new-article' });
    expect(received).toEqual([['new-article']]);
    unsubscribe?.();
    expect(menuListeners.size).toBe(0);
    sendMenu('new-article');
    expect(received).toHaveLength(1);
  });
});

describe('the IPC channels', () => {
  it('are fixed names in Redaksi’s namespace', () => {
    expect(CALL_CHANNEL).toBe('redaksi:call');
    expect(MENU_CHANNEL).toBe('redaksi:menu');
  });

  it('know every menu command and nothing else', () => {
    expect(MENU_ACTIONS).toEqual(['new-article', 'undo', 'redo'] satisfies MenuAction[]);
    for (const action of MENU_ACTIONS) expect(isMenuAction(action)).toBe(true);
    for (const other of ['toString', '__proto__', 'hasOwnProperty', '', 'NEW-ARTICLE', 'UNDO', 1, null]) {
      expect(isMenuAction(other)).toBe(false);
    }
  });

  it('asks main to show a folder only with a string, and reports what main answered', async () => {
    const sent: unknown[][] = [];
    const bridge = createBridge({
      invoke: (channel, ...args) => {
        sent.push([channel, ...args]);
        return Promise.resolve(args[0] === '/exports/berita');
      },
      on: () => undefined,
      removeListener: () => undefined,
    });
    expect(await bridge.revealFolder!('/exports/berita')).toBe(true);
    expect(await bridge.revealFolder!('/etc')).toBe(false);
    expect(await bridge.revealFolder!({ toString: () => '/exports/berita' } as unknown as string)).toBe(
      false,
    );
    expect(sent).toEqual([
      [REVEAL_CHANNEL, '/exports/berita'],
      [REVEAL_CHANNEL, '/etc'],
    ]);
  });
});
