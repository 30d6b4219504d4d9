import type { WebContents, WebFrameMain } from 'electron';
import type { Result } from '../../shared/api/errors';
import { dispatch } from '../services/dispatch';
import type { Handlers } from '../services/handlers';
import { isAppUrl } from './app-url';
import { CALL_CHANNEL } from './ipc-channels';

/**
 * Whether a frame may call the API: the top frame of Redaksi's own window showing a page of
 * app://redaksi/. A subframe, a page that navigated elsewhere or another window is refused.
 */
export function isTrustedSender(frameUrl: string | undefined, isMainFrameOfAppWindow: boolean): boolean {
  return isMainFrameOfAppWindow && typeof frameUrl === 'string' && isAppUrl(frameUrl);
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This window is not allowed to use Redaksi’s data.' },
};

/** What the handler reads from an invoke event; narrower than Electron's type so tests can build one. */
export interface CallEvent {
  readonly senderFrame: Pick<WebFrameMain, 'url' | 'parent'> | null;
  readonly sender: WebContents;
}

/** The part of Electron's ipcMain used here; tests pass a recorder of the handler instead. */
export interface CallRegistry {
  handle(channel: string, listener: (event: CallEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/**
 * Serves contract calls from the preload. The method name and input arrive as `unknown` and go
 * through `dispatch`, which checks them against the contract; the answer is always a `Result`.
 * Returns the function that removes the handler.
 */
export function registerIpc(
  ipcMain: CallRegistry,
  handlers: Handlers,
  isAppWindow: (sender: WebContents) => boolean,
): () => void {
  ipcMain.handle(
    CALL_CHANNEL,
    (event: CallEvent, method: unknown, input: unknown): Promise<Result<unknown>> => {
      const frame = event.senderFrame;
      const trusted =
        frame !== null && isTrustedSender(frame.url, frame.parent === null && isAppWindow(event.sender));
      if (!trusted) return Promise.resolve(FORBIDDEN);
      // A non-string name is never a method; passing only strings on keeps dispatch's message from
      // stringifying renderer objects (`{toString: 'x'}` would throw instead of answering UNKNOWN_METHOD).
      return dispatch(handlers, typeof method === 'string' ? method : `(${typeof method})`, input);
    },
  );
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}
