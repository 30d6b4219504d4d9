import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream';
import { timingSafeEqual } from 'node:crypto';
import type { Result } from '../../shared/api/errors';
import { say } from '../../shared/api/wording';
import { SECURITY_HEADERS, TOKEN_HEADER } from '../../shared/security/csp';
import { dispatch } from '../services/dispatch';
import type { Handlers } from '../services/handlers';
import { serveMedia, servePreview, type MediaSource } from './media-route';
import { resolveStaticFile } from './static-files';

/** Largest API request body accepted: a 10,000-paragraph article is a few megabytes of JSON. */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

export interface WebHostOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticRoot: string;
  token: string;
  port?: number;
  /** Photo renditions at /media/… (browser mode's token-checked image route). */
  media?: MediaSource;
}

export interface WebHost {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

const sameToken = (given: string | undefined, token: string): boolean => {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

function send(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(json),
  });
  res.end(json);
}

const refuse = (
  res: http.ServerResponse,
  status: number,
  code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'VALIDATION',
  message: string,
) => send(res, status, { ok: false, error: { code, message } });

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        resolve(null);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_REQUEST_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The method name in `/api/<method>`; a malformed escape is just a name no method has. */
const decodeMethod = (encoded: string): string => {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
};

const MALFORMED = 'The request is malformed: its address cannot be read.';

/**
 * The address a request asks for, or null when it is none (`//`, `//[`, `http://[::1` in the request
 * line): a malformed request, answered 400, not a failure inside Redaksi.
 */
function requestUrl(req: http.IncomingMessage): URL | null {
  try {
    return new URL(req.url ?? '/', `http://${req.headers.host}`);
  } catch {
    return null;
  }
}

/**
 * Browser mode: the built renderer and the API contract on 127.0.0.1 only. Every API call needs
 * the token; a foreign Host (DNS rebinding) or Origin (another site) is refused before anything runs.
 */
export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { handlers, staticRoot, token } = options;
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? ''))
        return refuse(res, 403, 'FORBIDDEN', 'Requests must come to this address only.');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins.has(origin))
        return refuse(res, 403, 'FORBIDDEN', 'Requests from other sites are refused.');
      const url = requestUrl(req);
      if (url === null) return refuse(res, 400, 'VALIDATION', MALFORMED);

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'VALIDATION', 'API calls must use POST.');
        const header = req.headers[TOKEN_HEADER];
        const given = Array.isArray(header) ? header[0] : header;
        if (!sameToken(given, token)) {
          // A key that is there but wrong is almost always a tab left open across a restart.
          const said = say(given ? 'service.staleToken' : 'service.noToken');
          return send(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', ...said } });
        }
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return refuse(res, 415, 'VALIDATION', 'API calls must send JSON.');
        }
        const text = await readBody(req);
        if (text === null) return refuse(res, 413, 'VALIDATION', 'The request is too large.');
        let input: unknown;
        try {
          input = text.length === 0 ? {} : JSON.parse(text);
        } catch {
          return refuse(res, 400, 'VALIDATION', 'The request body is not valid JSON.');
        }
        const method = decodeMethod(url.pathname.slice('/api/'.length));
        const result = await dispatch(handlers, method, input);
        const status = result.ok ? 200 : result.error.code === 'UNKNOWN_METHOD' ? 404 : 200;
        return send(res, status, result);
      }

      if (url.pathname.startsWith('/media/')) return serveMedia(req, res, url, options.media);
      if (url.pathname.startsWith('/preview/')) return servePreview(req, res, url, options.media);

      if (req.method !== 'GET' && req.method !== 'HEAD')
        return refuse(res, 405, 'VALIDATION', 'Only GET is served here.');
      const found = resolveStaticFile(staticRoot, url.pathname);
      if (!found) {
        res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('Not found');
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': found.contentType,
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') return res.end();
      // pipeline, not pipe: a read error (the file removed meanwhile) destroys this response, not the server.
      pipeline(fs.createReadStream(found.file), res, () => undefined);
    } catch (error) {
      console.error('[redaksi] request failed:', error);
      if (!res.headersSent)
        send(res, 500, {
          ok: false,
          error: { code: 'INTERNAL', message: 'Something went wrong inside Redaksi.' },
        });
      else res.destroy();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
