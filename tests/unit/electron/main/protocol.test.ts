import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../../shared/security/csp';
import { APP_SCHEME_PRIVILEGES, serveAppRequest } from '../../../../electron/main/protocol';

let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Redaksi</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("redaksi")');
  // A sibling sharing the root's prefix, and a symlink pointing out of the root.
  fs.mkdirSync(path.join(base, 'renderer-private'));
  fs.writeFileSync(path.join(base, 'renderer-private', 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(base, 'renderer-private', 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest(root, { url, method });

describe('the app:// protocol', () => {
  it('serves the renderer with the same Content-Security-Policy as shared/security/csp.ts', async () => {
    const response = await get('app://redaksi/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<!doctype html><title>Redaksi</title>');
  });

  it('sends every security header of browser mode, on errors too', async () => {
    for (const url of ['app://redaksi/assets/app.js', 'app://redaksi/missing.js']) {
      const response = await get(url);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), `${name} on ${url}`).toBe(value);
      }
    }
  });

  it('serves index.html for the bare address and scripts with their type', async () => {
    expect(await (await get('app://redaksi/')).text()).toContain('<title>Redaksi</title>');
    const script = await get('app://redaksi/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://redaksi/..%2f..%2fetc%2fpasswd',
    'app://redaksi/assets/..%2f..%2frenderer-private%2fsecret.txt',
    'app://redaksi/%2e%2e/renderer-private/secret.txt',
    'app://redaksi/assets/link.txt',
    'app://redaksi/assets',
    'app://redaksi/missing.html',
    'app://other/index.html',
  ])('serves zero bytes for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://redaksi/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://redaksi/index.html', 'POST')).status).toBe(405);
  });

  it('answers 500 and logs the cause, rather than throwing, when the renderer is not built', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await serveAppRequest(path.join(base, 'not-built'), {
      url: 'app://redaksi/',
      method: 'GET',
    });
    expect(response.status).toBe(500);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it('is a standard, secure scheme without CSP bypass or service workers', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).toBeFalsy();
  });
});
