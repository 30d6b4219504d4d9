import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../../electron/main/protocol';
import { resolveMediaPath } from '../../../../electron/services/photos/media';
import { hostilePaths, makeMediaFolder, SECRET, type MediaFolder } from '../../support/media-folder';

let base: string;
let root: string;
let folder: MediaFolder;

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-protocol-media-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Redaksi</title>');
  fs.mkdirSync(path.join(base, 'data'));
  folder = await makeMediaFolder(path.join(base, 'data'));
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (urlPath: string) =>
  serveAppRequest(root, { url: `app://redaksi${urlPath}`, method: 'GET' }, (p) =>
    resolveMediaPath(folder.dataDir, p),
  );

describe('photo renditions under app://redaksi/media/ (Electron)', () => {
  it('serves a rendition from the renditions folder, same origin as the page', async () => {
    const response = await get(`/media/${folder.sha}/480.webp`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await response.arrayBuffer()).equals(folder.webp)).toBe(true);
  });

  it('refuses every way out of the renditions folder (R12) with zero bytes of what lies outside', async () => {
    for (const urlPath of hostilePaths(folder)) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBe(404);
      expect(await response.text(), urlPath).not.toContain(SECRET);
    }
  });

  it('serves no media at all when no resolver is given, and never from the renderer folder', async () => {
    const response = await serveAppRequest(root, {
      url: `app://redaksi/media/${folder.sha}/480.webp`,
      method: 'GET',
    });
    expect(response.status).toBe(404);
  });
});
