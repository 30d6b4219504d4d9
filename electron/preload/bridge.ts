import type { RedaksiBridge, MenuAction } from '../../shared/api/bridge';
import type { CallApi } from '../../shared/api/contract';
import { describeMethodName, isMethod } from '../../shared/api/methods';
import type { Result } from '../../shared/api/errors';
import { CALL_CHANNEL, isMenuAction, MENU_CHANNEL, REVEAL_CHANNEL } from '../hosts/ipc-channels';

/** The slice of ipcRenderer the bridge uses; the renderer never sees it, only the functions below. */
export interface RendererIpc {
  invoke(channel: typeof CALL_CHANNEL | typeof REVEAL_CHANNEL, ...args: unknown[]): Promise<unknown>;
  on(channel: typeof MENU_CHANNEL, listener: (event: unknown, action: unknown) => void): unknown;
  removeListener(channel: typeof MENU_CHANNEL, listener: (event: unknown, action: unknown) => void): unknown;
}

/**
 * Builds `window.redaksi`. Only contract method names are forwarded, over one fixed channel; menu
 * commands reach the callback as a bare string from a closed list, never with the IPC event.
 */
export function createBridge(ipc: RendererIpc): RedaksiBridge {
  const call = ((method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isMethod(method)) {
      return Promise.resolve({
        ok: false,
        error: {
          code: 'UNKNOWN_METHOD',
          message: `Redaksi has no operation called "${describeMethodName(method)}".`,
        },
      });
    }
    return ipc.invoke(CALL_CHANNEL, method, input) as Promise<Result<unknown>>;
  }) as CallApi;

  const onMenu = (callback: (action: MenuAction) => void): (() => void) => {
    if (typeof callback !== 'function') throw new TypeError('onMenu needs a function.');
    const listener = (_event: unknown, action: unknown): void => {
      if (isMenuAction(action)) callback(action);
    };
    ipc.on(MENU_CHANNEL, listener);
    return () => {
      ipc.removeListener(MENU_CHANNEL, listener);
    };
  };

  // Only a string crosses; main decides whether it is an exported package it may show.
  const revealFolder = async (folder: string): Promise<boolean> =>
    typeof folder === 'string' && (await ipc.invoke(REVEAL_CHANNEL, folder)) === true;

  return { call, onMenu, revealFolder };
}
