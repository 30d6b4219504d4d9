import fs from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { PREVIEW_HEADERS, SECURITY_HEADERS } from '../../shared/security/csp';
import { parsePreviewPath, type PreviewFile } from '../services/export/preview';
import { APP_HOST, APP_SCHEME } from '../hosts/app-url';
import { resolveStaticFile } from '../hosts/static-files';
import type { MediaFile } from '../services/photos/media';

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

/** Resolves `/media/<sha256>/<width>.<format>` inside the renditions folder, or null (services/photos/media.ts). */
export type MediaResolver = (urlPath: string) => MediaFile | null;

/** One file of an article's package for the page preview (services' `preview`); null when there is none. */
export type PreviewResolver = (id: string, file: string) => PreviewFile | null;

/**
 * Answers one app:// request from the built renderer in `root`, with the same security headers as
 * browser mode. Paths are confined to `root` by resolveStaticFile (no `..`, no symlinks out); photo
 * renditions under app://redaksi/media/ are confined to the renditions folder by `media`. Same
 * origin as the page, so the CSP's img-src 'self' covers them and no token is needed.
 */
export async function serveAppRequest(
  root: string,
  request: AppRequest,
  media?: MediaResolver,
  preview?: PreviewResolver,
): Promise<Response> {
  try {
    const url = new URL(request.url);
    if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.pathname.startsWith('/preview/'))
      return previewAnswer(request, preview);
    return await answer(root, request, media);
  } catch (error) {
    console.error('[redaksi] app:// request failed:', error);
    return plain(500, 'Redaksi could not read its own files.');
  }
}

// The app:// origin is reachable only by the app's own window, so the key segment is not checked here.
function previewAnswer(request: AppRequest, preview?: PreviewResolver): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Only GET is served here.');
  const address = parsePreviewPath(new URL(request.url).pathname);
  const found = address && preview ? preview(address.id, address.file) : null;
  if (!found) return plain(404, 'Not found');
  const headers = { ...PREVIEW_HEADERS, 'Content-Type': found.contentType, 'Cache-Control': 'no-store' };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(found.bytes), {
    status: 200,
    headers,
  });
}

async function answer(root: string, request: AppRequest, media?: MediaResolver): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Only GET is served here.');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad address.');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
  const isMedia = url.pathname.startsWith('/media/');
  const found = isMedia ? (media?.(url.pathname) ?? null) : resolveStaticFile(root, url.pathname);
  if (!found) return plain(404, 'Not found');
  const cache = isMedia ? 'private, max-age=31536000, immutable' : 'no-cache';
  const headers = { ...SECURITY_HEADERS, 'Content-Type': found.contentType, 'Cache-Control': cache };
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  const body = new Uint8Array(await fs.readFile(found.file));
  return new Response(body, { status: 200, headers });
}

/** Serves app://redaksi/ from `root`; the scheme must have been registered as privileged before `ready`. */
export function registerAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  root: string,
  media?: MediaResolver,
  preview?: PreviewResolver,
): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request, media, preview));
}
