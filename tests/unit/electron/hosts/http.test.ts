import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, TOKEN_HEADER } from '../../../../shared/security/csp';
import { MAX_REQUEST_BYTES, startWebHost, type WebHost } from '../../../../electron/hosts/http';
import { openServices, type Services } from '../../../../electron/services/services';
import { request, type RawResponse } from '../../support/http-client';
import { paragraphs } from '../../support/documents';

const TOKEN = 'a3f1c0ffee5eed0123456789abcdef0123456789abcdef01';
const INDEX_HTML =
  '<!doctype html><title>Redaksi</title><script type="module" src="/assets/app.js"></script>';
const SECRET = 'TOP-SECRET: the editor-in-chief password';

let folder: string;
let staticRoot: string;
let services: Services;
let host: WebHost;

// One host for the whole file; tempFolder() cleans up after each test, so this suite keeps its own folder.
beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-http-'));
  staticRoot = path.join(folder, 'renderer');
  fs.mkdirSync(path.join(staticRoot, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticRoot, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(staticRoot, 'assets', 'app.js'), 'console.log("redaksi");');
  fs.writeFileSync(path.join(folder, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(folder, 'renderer-secrets'));
  fs.writeFileSync(path.join(folder, 'renderer-secrets', 'file'), SECRET);
  fs.symlinkSync(path.join(folder, 'secret.txt'), path.join(staticRoot, 'leak.txt'));
  fs.symlinkSync(path.join(folder, 'renderer-secrets'), path.join(staticRoot, 'secrets-dir'));
  fs.symlinkSync(path.join(staticRoot, 'index.html'), path.join(staticRoot, 'home.html'));

  services = await openServices({ dataDir: path.join(folder, 'data'), version: '9.9.9' });
  host = await startWebHost({ handlers: services.handlers, staticRoot, token: TOKEN });
});

afterAll(async () => {
  await host?.close();
  services?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** An API call as the renderer makes it, with any part of the request overridden. */
function api(method: string, input: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return request({
    port: host.port,
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
    body: typeof input === 'string' ? input : JSON.stringify(input),
  });
}

const get = (urlPath: string, headers: Record<string, string> = {}) =>
  request({ port: host.port, path: urlPath, headers });

async function articleCount(): Promise<number> {
  const response = await api('articles.list', {});
  const result = response.json() as { ok: true; value: unknown[] };
  expect(result.ok).toBe(true);
  return result.value.length;
}

async function expectServing(): Promise<void> {
  const response = await api('app.status', {});
  expect(response.status).toBe(200);
  expect(response.json()).toMatchObject({ ok: true, value: { version: '9.9.9' } });
}

describe('browser-mode host: address and token', () => {
  it('prints a 127.0.0.1 address that carries the token, and listens on 127.0.0.1 only', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
    const address = host.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', port: host.port });
  });

  it('serves a call that carries the token', async () => {
    await expectServing();
  });

  it('refuses a call without the token with 401 UNAUTHORIZED, and runs nothing', async () => {
    const before = await articleCount();
    const response = await request({
      port: host.port,
      path: '/api/articles.create',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(401);
    expect(response.json()).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', wording: { key: 'service.noToken' } },
    });
    expect(await articleCount()).toBe(before);
  });

  it('refuses a wrong token, an empty one and one of the wrong length with 401, and runs nothing', async () => {
    const before = await articleCount();
    for (const token of ['b' + TOKEN.slice(1), '', TOKEN.slice(0, -1), TOKEN + '0', TOKEN.toUpperCase()]) {
      const response = await api('articles.create', {}, { [TOKEN_HEADER]: token });
      expect(response.status, token).toBe(401);
      // A key that is there but wrong is a tab left open across a restart: it is told so, in words
      // the interface can say in either language.
      const key = token ? 'service.staleToken' : 'service.noToken';
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', wording: { key } } });
    }
    expect(await articleCount()).toBe(before);
  });

  it('does not accept the token in the query string instead of the header', async () => {
    const response = await request({
      port: host.port,
      path: `/api/app.status?token=${TOKEN}`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });
});

describe('browser-mode host: foreign Host and Origin (DNS rebinding, other sites)', () => {
  it('refuses a request for a foreign Host with 403 and runs nothing', async () => {
    const before = await articleCount();
    for (const hostHeader of [
      `evil.example:${host.port}`,
      'evil.example',
      `127.0.0.1:${host.port + 1}`,
      `127.0.0.1`,
    ]) {
      const response = await api('articles.create', { headline: 'Dari situs jahat' }, { Host: hostHeader });
      expect(response.status, hostHeader).toBe(403);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const page = await get('/', { Host: `evil.example:${host.port}` });
    expect(page.status).toBe(403);
    expect(page.text).not.toContain('Redaksi</title>');
    expect(await articleCount()).toBe(before);
  });

  it('accepts localhost as well as 127.0.0.1 for Host and Origin', async () => {
    const response = await api(
      'app.status',
      {},
      { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` },
    );
    expect(response.status).toBe(200);
  });

  it('refuses a request from a foreign Origin with 403 and runs nothing', async () => {
    const before = await articleCount();
    for (const origin of [
      'https://evil.example',
      'null',
      `http://127.0.0.1:${host.port + 1}`,
      `https://127.0.0.1:${host.port}`,
    ]) {
      const response = await api('articles.create', { headline: 'Dari situs jahat' }, { Origin: origin });
      expect(response.status, origin).toBe(403);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await articleCount()).toBe(before);
  });

  it('accepts a call from its own origin', async () => {
    const response = await api('app.status', {}, { Origin: `http://127.0.0.1:${host.port}` });
    expect(response.status).toBe(200);
  });
});

describe('browser-mode host: malformed calls (R6)', () => {
  it('answers 404 UNKNOWN_METHOD for a method not in the contract', async () => {
    for (const method of ['articles.purge', '__proto__', '%E0%A4%A', 'articles.list/extra']) {
      const response = await api(method, {});
      expect(response.status, method).toBe(404);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('answers 400 VALIDATION for a body that is not JSON', async () => {
    for (const body of ['{"headline": ', 'not json', '{"a":1}}', '\u0000']) {
      const response = await api('articles.create', body);
      expect(response.status).toBe(400);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('answers VALIDATION for wrong types, missing fields and huge strings, and writes nothing', async () => {
    const created = (await api('articles.create', {})).json() as { ok: true; value: Record<string, unknown> };
    const article = created.value;
    const before = await articleCount();
    const saveBase = { ...article };
    const calls: Array<[string, unknown]> = [
      ['articles.create', { headline: 42 }],
      ['articles.create', { status: 'deleted' }],
      ['articles.create', { writers: 'Budi' }],
      ['articles.create', { headline: 'x'.repeat(1024 * 1024) }],
      ['articles.create', []],
      ['articles.create', '"headline"'],
      ['articles.create', 'null'],
      ['articles.save', { id: article.id }],
      ['articles.save', { ...saveBase, revision: -1 }],
      ['articles.save', { ...saveBase, revision: '0' }],
      ['articles.save', { ...saveBase, headline: 'y'.repeat(1024 * 1024) }],
      [
        'articles.save',
        { ...saveBase, body: { root: { type: 'root', children: [{ type: 'text', text: 7 }] } } },
      ],
      ['articles.get', { id: '../../etc/passwd' }],
      ['articles.list', { limit: 1e9 }],
      ['articles.list', { query: 'q'.repeat(1024 * 1024) }],
      ['settings.update', { publication: { accentColor: 'javascript:alert(1)' } }],
    ];
    for (const [method, input] of calls) {
      const response = await api(method, input);
      const result = response.json() as { ok: boolean; error?: { code: string; message: string } };
      expect(result.ok, `${method} ${JSON.stringify(input).slice(0, 80)}`).toBe(false);
      expect(result.error!.code).toBe('VALIDATION');
      expect(result.error!.message.length).toBeLessThan(2_000);
    }
    expect(await articleCount()).toBe(before);
    const stored = (await api('articles.get', { id: article.id })).json() as {
      value: Record<string, unknown>;
    };
    expect(stored.value).toEqual(article);
    const settings = (await api('settings.get', {})).json() as {
      value: { publication: { accentColor: string } };
    };
    expect(settings.value.publication.accentColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('refuses a document nested 10,000 levels deep with VALIDATION, without crashing', async () => {
    const created = (await api('articles.create', {})).json() as { value: Record<string, unknown> };
    const depth = 10_000;
    const body = `{"root":{"type":"root","children":[${'{"type":"quote","children":['.repeat(depth)}${']}'.repeat(depth)}]}}`;
    const input = JSON.stringify({ ...created.value, body: '__BODY__' }).replace('"__BODY__"', body);
    const response = await api('articles.save', input);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await expectServing();
  });

  it('answers 413 for a body over the size limit and does not run the call', async () => {
    const before = await articleCount();
    const headline = 'z'.repeat(MAX_REQUEST_BYTES);
    const response = await api('articles.create', JSON.stringify({ headline }));
    expect(response.status).toBe(413);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await articleCount()).toBe(before);
  });

  it('answers 415 for a body that is not sent as JSON', async () => {
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await api('articles.create', '{}', { 'Content-Type': contentType });
      expect(response.status, contentType).toBe(415);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('answers 405 for an API call that is not a POST', async () => {
    const response = await request({
      port: host.port,
      path: '/api/app.status',
      headers: { [TOKEN_HEADER]: TOKEN },
    });
    expect(response.status).toBe(405);
  });

  it('still serves normal calls after all of the above', async () => {
    await expectServing();
    const created = (await api('articles.create', { headline: 'Masih Jalan' })).json() as {
      ok: boolean;
      value: { id: string; revision: number } & Record<string, unknown>;
    };
    expect(created.ok).toBe(true);
    const saved = (
      await api('articles.save', { ...created.value, body: paragraphs('Server tetap melayani.') })
    ).json();
    expect(saved).toMatchObject({ ok: true, value: { revision: 1, slug: 'masih-jalan' } });
  });
});

describe('browser-mode host: headers', () => {
  it('sends the Content-Security-Policy of shared/security/csp.ts with every response', async () => {
    const responses = [
      await get('/'),
      await get('/assets/app.js'),
      await get('/missing.js'),
      await get('/', { Host: 'evil.example' }),
      await api('app.status', {}),
      await api('app.status', {}, { [TOKEN_HEADER]: 'wrong' }),
      await api('nope', {}),
      await api('articles.create', 'not json'),
      await api('articles.create', '{}', { 'Content-Type': 'text/plain' }),
      await request({ port: host.port, path: '/', method: 'DELETE' }),
    ];
    for (const response of responses) {
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('marks API answers as JSON that must not be cached', async () => {
    const response = await api('app.status', {});
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('browser-mode host: static files (R12)', () => {
  it('serves index.html at / with an HTML content type', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.text).toBe(INDEX_HTML);
  });

  it('serves the built assets, and a symlink that stays inside the root', async () => {
    expect((await get('/assets/app.js')).text).toBe('console.log("redaksi");');
    expect((await get('/home.html')).text).toBe(INDEX_HTML);
    const head = await request({ port: host.port, path: '/', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('answers 404 for a file that is not there, and for a folder', async () => {
    expect((await get('/nothing.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/assets/')).status).toBe(404);
  });

  it('serves no byte of a file outside the root, however the path is written', async () => {
    const attempts = [
      '/../secret.txt',
      '/../../../../../../etc/passwd',
      '/..%2Fsecret.txt',
      '/..%2F..%2Fetc/passwd',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/%2E%2E/%2E%2E/etc/passwd',
      '/assets/..%2F..%2Fsecret.txt',
      '/..%5csecret.txt',
      '/%252e%252e/secret.txt',
      '/etc/passwd',
      '//etc/passwd',
      '/%2Fetc%2Fpasswd',
      `/${encodeURIComponent(path.join(folder, 'secret.txt'))}`,
      `${path.join(folder, 'secret.txt')}`,
      '/secret.txt%00.html',
      '/../renderer-secrets/file',
      '/..%2Frenderer-secrets%2Ffile',
      '/leak.txt',
      '/secrets-dir/file',
      '/%E0%A4%A',
    ];
    for (const attempt of attempts) {
      const response = await get(attempt);
      expect(response.status, attempt).not.toBe(200);
      expect(response.text, attempt).not.toContain('TOP-SECRET');
      expect(response.text, attempt).not.toContain('root:');
    }
    await expectServing();
  });

  it('refuses methods other than GET and HEAD for pages', async () => {
    const response = await request({ port: host.port, path: '/index.html', method: 'PUT', body: 'x' });
    expect(response.status).toBe(405);
  });
});
