import type { WebContents } from 'electron';
import type { CallEvent } from '../../../../electron/hosts/ipc';

// Electron cannot run in unit tests, so ipcMain is replaced by this recorder of the handlers
// registered on it; everything behind the handler (dispatch, services, SQLite) is real.

type Listener = (event: CallEvent, ...args: unknown[]) => unknown;

export interface IpcMainRecorder {
  handle(channel: string, listener: Listener): void;
  removeHandler(channel: string): void;
  channels(): string[];
  /** Calls the handler of `channel` as ipcMain would for an invoke from `event`. */
  invoke(channel: string, event: CallEvent, ...args: unknown[]): Promise<unknown>;
}

export function recordIpcMain(): IpcMainRecorder {
  const listeners = new Map<string, Listener>();
  return {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    },
    removeHandler: (channel) => void listeners.delete(channel),
    channels: () => [...listeners.keys()],
    async invoke(channel, event, ...args) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`No handler registered for '${channel}'`);
      return listener(event, ...args);
    },
  };
}

/** Stands for the web contents of Redaksi's window; only its identity matters to the sender check. */
export const appWindow = {} as WebContents;
export const otherWindow = {} as WebContents;

export const fromAppPage = (url = 'app://redaksi/index.html'): CallEvent => ({
  senderFrame: { url, parent: null },
  sender: appWindow,
});
