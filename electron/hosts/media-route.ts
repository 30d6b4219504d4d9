import fs from 'node:fs';
import type http from 'node:http';
import { pipeline } from 'node:stream';
import { timingSafeEqual } from 'node:crypto';
import { PREVIEW_HEADERS, SECURITY_HEADERS } from '../../shared/security/csp';
import { parsePreviewPath, type PreviewFile } from '../services/export/preview';
import type { MediaFile } from '../services/photos/media';

/** What browser mode needs to serve photo renditions: the media token and the confined resolver. */
export interface MediaSource {
  token: string;
  resolve(urlPath: string): MediaFile | null;
  /** The page preview's files (services' `preview`). */
  preview?: (id: string, file: string) => PreviewFile | null;
}

/** Name of the query parameter media URLs carry the token in. */
export const MEDIA_KEY_PARAM = 'key';

const matches = (given: string | null, token: string): boolean => {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

function refuse(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/**
 * `GET /media/<sha256>/<width>.<webp|jpg>?key=<media token>` in browser mode. An <img> cannot send
 * the API token header, so the URL carries a separate, read-only media token (a cookie would reach
 * every other server on 127.0.0.1, whatever its port). The path resolves only inside the renditions
 * folder; anything else is a 404 with no image bytes (QUALITY.md R12).
 */
export function serveMedia(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  media: MediaSource | undefined,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Only GET is served here.');
  if (!media || !matches(url.searchParams.get(MEDIA_KEY_PARAM), media.token))
    return refuse(res, 401, 'This image address needs the session’s media key.');
  const found = media.resolve(url.pathname);
  if (!found) return refuse(res, 404, 'Not found');
  // Opened before the answer starts: a file that cannot be read is a clear error, not a cut-off image.
  fs.open(found.file, 'r', (error, fd) => {
    if (error) {
      console.error(
        `[redaksi] a photo rendition could not be read (${error.code ?? error.message}):`,
        found.file,
      );
      return refuse(res, error.code === 'ENOENT' ? 404 : 500, 'This image file could not be read.');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': found.contentType,
      // Content-addressed: the bytes behind an address never change.
      'Cache-Control': 'private, max-age=31536000, immutable',
    });
    if (req.method === 'HEAD') return fs.close(fd, () => res.end());
    pipeline(fs.createReadStream('', { fd }), res, (failed) => {
      // A read failing halfway (a disk error) cuts the answer off; the browser shows the image as
      // broken. A page that stops loading the image (it scrolled away, it closed) is no error.
      if (failed && (failed as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
        console.error(`[redaksi] a photo rendition failed while being sent: ${failed.message}`);
    });
  });
}

/**
 * `GET /preview/<media token>/<article id>/<file>` in browser mode: one file of the article's package
 * as the export renders it (services/export/preview.ts), for the editor's page preview frame. The
 * token is a path segment so the package's relative links keep it; pages are sent with the
 * export's own locked-down policy (no scripts at all) and may be framed only by the app itself.
 */
export function servePreview(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  media: MediaSource | undefined,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Only GET is served here.');
  const address = parsePreviewPath(url.pathname);
  if (!address || !media?.preview) return refuse(res, 404, 'Not found');
  // The key first: nothing is rendered for a request without it.
  if (!matches(address.key, media.token))
    return refuse(res, 401, 'This preview address needs the session’s media key.');
  const found = media.preview(address.id, address.file);
  if (!found) return refuse(res, 404, 'Not found');
  res.writeHead(200, { ...PREVIEW_HEADERS, 'Content-Type': found.contentType, 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : found.bytes);
}
