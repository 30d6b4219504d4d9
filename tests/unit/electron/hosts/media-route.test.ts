import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/csp';
import { startWebHost, type WebHost } from '../../../../electron/hosts/http';
import { openServices, type Services } from '../../../../electron/services/services';
import { asNobody } from '../../support/as-user';
import { request } from '../../support/http-client';
import { hostilePaths, makeMediaFolder, SECRET, type MediaFolder } from '../../support/media-folder';

let base: string;
let services: Services;
let host: WebHost;
let folder: MediaFolder;

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-media-route-'));
  const staticRoot = path.join(base, 'renderer');
  fs.mkdirSync(staticRoot);
  fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>Redaksi</title>');
  services = await openServices({ dataDir: path.join(base, 'data'), version: '9.9.9' });
  folder = await makeMediaFolder(path.join(base, 'data'));
  host = await startWebHost({
    handlers: services.handlers,
    staticRoot,
    token: 'api-token',
    media: services.media,
  });
});

afterAll(async () => {
  await host?.close();
  services?.close();
  fs.rmSync(base, { recursive: true, force: true });
});

const get = (urlPath: string, method = 'GET') => request({ port: host.port, path: urlPath, method });
const key = () => `key=${services.media.token}`;

describe('browser mode’s media route', () => {
  it('serves a rendition with its media key, as an immutable image under the app’s CSP', async () => {
    const response = await get(`/media/${folder.sha}/480.webp?${key()}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/webp');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.body.equals(folder.webp)).toBe(true);
  });

  it('hands out the media key through the contract, and it differs from the API token', async () => {
    const access = await services.handlers['photos.mediaAccess']({});
    expect(access.token).toBe(services.media.token);
    expect(access.token).not.toBe('api-token');
    expect(access.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a missing or wrong key, and the API token in its place, with no image bytes', async () => {
    for (const query of ['', '?key=wrong', '?key=api-token', `?token=${services.media.token}`]) {
      const response = await get(`/media/${folder.sha}/480.webp${query}`);
      expect(response.status, query).toBe(401);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      expect(response.body.includes(folder.webp.subarray(0, 12))).toBe(false);
    }
  });

  it('refuses every way out of the renditions folder (R12): 404, zero bytes of what lies outside', async () => {
    for (const urlPath of hostilePaths(folder)) {
      const response = await get(`${urlPath}?${key()}`);
      expect([400, 404], urlPath).toContain(response.status);
      expect(response.text, urlPath).not.toContain(SECRET);
      expect(response.headers['content-type'] ?? 'text/plain', urlPath).not.toMatch(/^image\//);
    }
  });

  it('serves images only to GET and HEAD', async () => {
    expect((await get(`/media/${folder.sha}/480.webp?${key()}`, 'POST')).status).toBe(405);
    const head = await get(`/media/${folder.sha}/480.webp?${key()}`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('answers a rendition it cannot read with a plain error, not a cut-off image, and goes on serving', async () => {
    const unreadable = 'e'.repeat(64);
    const dir = path.join(folder.dataDir, 'renditions', unreadable);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '480.webp'), folder.webp, { mode: 0o000 });
    // The user nobody can reach the folder but not read the file (root reads any file).
    for (let at = dir; at.startsWith(base); at = path.dirname(at)) fs.chmodSync(at, 0o755);
    const [refused, served] = await asNobody(async () => [
      await get(`/media/${unreadable}/480.webp?${key()}`),
      await get(`/media/${folder.sha}/480.webp?${key()}`),
    ]);
    expect(refused.status).toBe(500);
    expect(refused.headers['content-type']).toMatch(/^text\/plain/);
    expect(refused.text).toBe('This image file could not be read.');
    expect(served.status).toBe(200);
    expect(served.body.equals(folder.webp)).toBe(true);
  });
});
