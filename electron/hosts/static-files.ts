import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  file: string;
  contentType: string;
}

/**
 * Resolves a URL path to a file inside `root`, or null. Decodes once, refuses NUL bytes, `..`
 * segments, absolute paths, a sibling folder that shares the root's prefix, and symlinks out.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split('/').some((segment) => segment === '..')) return null;
  const realRoot = fs.realpathSync(root);
  const candidate = path.resolve(realRoot, relative);
  if (!candidate.startsWith(realRoot + path.sep)) return null;
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return null;
  }
  if (!real.startsWith(realRoot + path.sep) || !fs.statSync(real).isFile()) return null;
  return { file: real, contentType: CONTENT_TYPES[path.extname(real)] ?? 'application/octet-stream' };
}
