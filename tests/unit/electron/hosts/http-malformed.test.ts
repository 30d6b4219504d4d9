import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TOKEN_HEADER } from '../../../../shared/security/csp';
import { startWebHost, type WebHost } from '../../../../electron/hosts/http';
import { openServices, type Services } from '../../../../electron/services/services';
import { request } from '../../support/http-client';

const TOKEN = 'b4f1c0ffee5eed0123456789abcdef0123456789abcdef02';

let folder: string;
let services: Services;
let host: WebHost;

// One host for the file: tempFolder() would remove its folder after the first test, so it keeps its own.
beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-http-malformed-'));
  const staticRoot = path.join(folder, 'renderer');
  fs.mkdirSync(staticRoot);
  fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>Redaksi</title>');
  services = await openServices({ dataDir: path.join(folder, 'data'), version: '9.9.9' });
  host = await startWebHost({ handlers: services.handlers, staticRoot, token: TOKEN });
});

afterAll(async () => {
  await host?.close();
  services?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** A request line written byte for byte on a raw socket (no client tidies the address first). */
function rawRequest(target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(host.port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`);
  });
}

describe('a request line whose address cannot be read', () => {
  it('is answered 400 as a malformed request, logged as no crash, and the server keeps serving', async () => {
    const logged = vi.spyOn(console, 'error');
    try {
      for (const target of ['//', '//[', '//a:b@/', '//%', '//:99999/', 'http://[::1']) {
        const answer = await rawRequest(target);
        const [head = '', body = ''] = answer.split('\r\n\r\n');
        expect(head.split('\r\n')[0], target).toBe('HTTP/1.1 400 Bad Request');
        expect(JSON.parse(body), target).toEqual({
          ok: false,
          error: { code: 'VALIDATION', message: 'The request is malformed: its address cannot be read.' },
        });
      }
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
    expect((await request({ port: host.port, path: '/' })).status).toBe(200);
    const listed = await request({
      port: host.port,
      path: '/api/articles.list',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: '{}',
    });
    expect(listed.json()).toEqual({ ok: true, value: [] });
  });
});
