import type { RedaksiBridge } from '../../shared/api/bridge';
import type { CallApi, Input, Method, Output } from '../../shared/api/contract';
import type { Result } from '../../shared/api/errors';
import { say } from '../../shared/api/wording';
import { TOKEN_HEADER } from '../../shared/security/csp';
import { announceChange } from './changesElsewhere';

declare global {
  interface Window {
    redaksi?: RedaksiBridge;
  }
}

const TOKEN_KEY = 'redaksi.token';

/** Browser mode: the token arrives once in the address, then lives in this tab's session storage only. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** One call over browser mode's HTTP, with this tab's access key. */
const post = (method: Method, input: unknown, token: string, keepalive = false): Promise<Response> =>
  fetch(`api/${method}`, {
    method: 'POST',
    keepalive,
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(input),
  });

function httpTransport(): CallApi {
  const token = takeToken();
  return async <M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> => {
    try {
      const response = await post(method, input, token);
      return (await response.json()) as Result<Output<M>>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', ...say('service.unreachable') } };
    }
  };
}

/**
 * A call sent as the page goes away (pagehide), with no answer awaited: over HTTP it is a keepalive
 * request, which the browser still delivers once the tab is closed; Electron's bridge hands it to the
 * main process at once. Only for small inputs (a keepalive body is limited to 64 KiB).
 */
export function callWhileLeaving<M extends Method>(method: M, input: Input<M>): void {
  const bridge = window.redaksi;
  if (bridge) {
    void bridge.call(method, input);
    return;
  }
  void post(method, input, takeToken(), true).catch(() => undefined);
}

/**
 * Browser mode: opens the app at `hash` in a new tab that keeps this tab's access key. A tab a script
 * opens starts with a copy of this tab's session storage, where the token lives; a tab the browser
 * opens from a link (its own Ctrl+click) gets none, and the token is never written into a link.
 */
export function openInNewTab(hash: string): void {
  const tab = window.open(hash, '_blank');
  if (tab) tab.opener = null;
}

/**
 * The contract, over Electron's preload bridge when there is one, else over browser mode's HTTP; a
 * change that other windows may show is announced to them once it is made (changesElsewhere.ts).
 */
export function createApi(): CallApi {
  const bridge = window.redaksi;
  const call = bridge ? bridge.call : httpTransport();
  return async <M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> => {
    const result = await call(method, input);
    if (result.ok) announceChange(method, input);
    return result;
  };
}

export const api: CallApi = createApi();
