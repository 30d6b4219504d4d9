import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_HEADERS } from '../../../../shared/security/csp';
import { startWebHost, type WebHost } from '../../../../electron/hosts/http';
import { serveAppRequest } from '../../../../electron/main/protocol';
import { createFullArticle, RELATED_HEADLINE } from '../../support/export-fixture';
import { request } from '../../support/http-client';
import { importFiles, photoFixture } from '../../support/photos';
import { openTestServices, type TestServices } from '../../support/services';

let s: TestServices;
let host: WebHost;
let articleId: string;
let exported: { folder: string; files: string[] };
let base: string;
// Folders that live for the whole file (tempFolder's are removed after each test).
const folder = (name: string) =>
  fs.mkdirSync(path.join(base, name), { recursive: true }) ?? path.join(base, name);

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-preview-'));
  s = await openTestServices({ dataDir: folder('data') });
  const staticRoot = folder('static');
  fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>Redaksi</title>');
  host = await startWebHost({
    handlers: s.services.handlers,
    staticRoot,
    token: 'api-token',
    media: { ...s.services.media, preview: s.services.preview },
  });
  const article = await createFullArticle(s);
  const job = await importFiles(s, [photoFixture('kosmodrom.jpg')]);
  const photoId = job.files[0]!.photoId!;
  await s.ok('photos.update', {
    id: photoId,
    caption: 'Kosmodrom Vostochny.',
    credit: 'Reuters',
    altText: 'Landasan peluncuran',
  });
  await s.ok('articles.save', { ...article, featuredPhotoId: photoId });
  articleId = article.id;
  exported = await s.ok('export.run', {
    id: articleId,
    folder: folder('export'),
    zip: false,
    acceptWarnings: true,
  });
});

afterAll(async () => {
  await host?.close();
  s?.close();
  fs.rmSync(base, { recursive: true, force: true });
});

const key = () => s.services.media.token;
const get = (urlPath: string, method = 'GET') => request({ port: host.port, path: urlPath, method });

describe('the page preview route', () => {
  it('serves every file of the package byte for byte as the export writes it, with its type', async () => {
    const files = exported.files.filter((file) => !file.endsWith('.json'));
    expect(files).toEqual(expect.arrayContaining(['index.html', 'page-2.html', 'all.html', 'style.css']));
    expect(files.some((file) => file.startsWith('images/'))).toBe(true);
    for (const file of files) {
      const response = await get(`/preview/${key()}/${articleId}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.body.equals(fs.readFileSync(path.join(exported.folder, file))), file).toBe(true);
      const type = file.endsWith('.html')
        ? 'text/html; charset=utf-8'
        : file.endsWith('.css')
          ? 'text/css; charset=utf-8'
          : /^image\//;
      expect(response.headers['content-type'], file).toMatch(type);
    }
  });

  it('sends pages with a policy that allows no script, and lets only the app frame them', async () => {
    const response = await get(`/preview/${key()}/${articleId}/index.html`);
    for (const [name, value] of Object.entries(PREVIEW_HEADERS))
      expect(response.headers[name.toLowerCase()]).toBe(value);
    expect(PREVIEW_HEADERS['Content-Security-Policy']).not.toMatch(/script-src|unsafe/);
    expect(PREVIEW_HEADERS['Content-Security-Policy']).toMatch(/default-src 'none'/);
  });

  it('refuses a wrong key or the API token in its place, and anything outside the package', async () => {
    for (const wrong of ['wrong', 'api-token']) {
      const response = await get(`/preview/${wrong}/${articleId}/index.html`);
      expect(response.status, wrong).toBe(401);
      expect(response.body.toString()).not.toContain('<html');
    }
    // The article's data file is not something a page shows: not served.
    expect(exported.files).toContain('article.json');
    for (const file of [
      'article.json',
      'redaksi.db',
      'images/../../redaksi.db',
      '..%2Fredaksi.db',
      'images/missing.webp',
      'article.json.bak',
    ]) {
      expect((await get(`/preview/${key()}/${articleId}/${file}`)).status, file).toBe(404);
    }
    const unknownArticle = '00000000-0000-4000-8000-000000000000';
    expect((await get(`/preview/${key()}/${unknownArticle}/index.html`)).status).toBe(404);
    expect((await get(`/preview/${key()}/${articleId}/index.html`, 'POST')).status).toBe(405);
  });

  it('follows a related link to the other article’s preview, by its slug', async () => {
    const page = (await get(`/preview/${key()}/${articleId}/index.html`)).body.toString();
    const [target] = await s.ok('articles.list', { query: RELATED_HEADLINE });
    expect(page).toContain(`<a href="../${target!.slug}/index.html">${RELATED_HEADLINE}</a>`);
    const linked = await get(`/preview/${key()}/${target!.slug}/index.html`);
    expect(linked.status).toBe(200);
    expect(linked.body.toString()).toContain(`<h1>${RELATED_HEADLINE}</h1>`);
    for (const missing of ['no-such-article', 'Korea-Utara', '-x'])
      expect((await get(`/preview/${key()}/${missing}/index.html`)).status, missing).toBe(404);
  });

  it('is served the same way by the Electron window’s app:// protocol', async () => {
    const response = await serveAppRequest(
      folder('root'),
      { url: `app://redaksi/preview/app/${articleId}/page-2.html`, method: 'GET' },
      undefined,
      s.services.preview,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(PREVIEW_HEADERS['Content-Security-Policy']);
    expect(
      Buffer.from(await response.arrayBuffer()).equals(
        fs.readFileSync(path.join(exported.folder, 'page-2.html')),
      ),
    ).toBe(true);
    const missing = await serveAppRequest(
      folder('root'),
      { url: `app://redaksi/preview/app/${articleId}/x.html`, method: 'GET' },
      undefined,
      s.services.preview,
    );
    expect(missing.status).toBe(404);
    // Only the app's own origin answers: another host of the scheme gets nothing.
    const foreign = await serveAppRequest(
      folder('root'),
      { url: `app://elsewhere/preview/app/${articleId}/page-2.html`, method: 'GET' },
      undefined,
      s.services.preview,
    );
    expect(foreign.status).toBe(404);
  });
});
