import fs from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { SECURITY_HEADERS } from '../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from '../hosts/app-url';
import { resolveStaticFile } from '../hosts/static-files';

/**
 * `standard` gives app:// real origins (so CSP 'self' and relative URLs work); `secure` makes it a
 * secure context like https. No CSP bypass, no service workers, no CORS.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export interface AppRequest {
  url: string;
  method: string;
}

const plain = (status: number, text: string): Response =>
  new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });

/**
 * Answers one app:// request from the built renderer in `root`, with the same security headers as
 * browser mode. Paths are confined to `root` by resolveStaticFile (no `..`, no symlinks out).
 */
export async function serveAppRequest(root: string, request: AppRequest): Promise<Response> {
  try {
    return await answer(root, request);
  } catch (error) {
    console.error('[redaksi] app:// request failed:', error);
    return plain(500, 'Redaksi could not read its own files.');
  }
}

async function answer(root: string, request: AppRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Only GET is served here.');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad address.');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
  const found = resolveStaticFile(root, url.pathname);
  if (!found) return plain(404, 'Not found');
  const headers = { ...SECURITY_HEADERS, 'Content-Type': found.contentType, 'Cache-Control': 'no-cache' };
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  const body = new Uint8Array(await fs.readFile(found.file));
  return new Response(body, { status: 200, headers });
}

/** Serves app://redaksi/ from `root`; the scheme must have been registered as privileged before `ready`. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
}
