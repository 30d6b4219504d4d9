import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../../electron/hosts/static-files';
import { tempFolder } from '../../support/temp-folder';

/** A built renderer at <tmp>/renderer, with secrets next to it that must never be reachable. */
function layout() {
  const top = tempFolder('redaksi-static');
  const root = path.join(top, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
  fs.writeFileSync(path.join(root, 'assets', 'style.css'), '');
  fs.writeFileSync(path.join(root, 'assets', 'blob.bin'), '');
  fs.writeFileSync(path.join(top, 'secret.txt'), 'secret');
  fs.mkdirSync(path.join(top, 'renderer-secrets'));
  fs.writeFileSync(path.join(top, 'renderer-secrets', 'file'), 'secret');
  return { top, root };
}

describe('resolveStaticFile', () => {
  it('resolves / to index.html and a path to its file, with a content type', () => {
    const { root } = layout();
    const real = fs.realpathSync(root);
    expect(resolveStaticFile(root, '/')).toEqual({
      file: path.join(real, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveStaticFile(root, '/assets/app.js')).toEqual({
      file: path.join(real, 'assets', 'app.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveStaticFile(root, '/assets/style.css')?.contentType).toBe('text/css; charset=utf-8');
    expect(resolveStaticFile(root, '/assets/blob.bin')?.contentType).toBe('application/octet-stream');
  });

  it('decodes a percent-encoded name once', () => {
    const { root } = layout();
    fs.writeFileSync(path.join(root, 'assets', 'a b.js'), '');
    expect(resolveStaticFile(root, '/assets/a%20b.js')).not.toBeNull();
    expect(resolveStaticFile(root, '/assets/a%2520b.js')).toBeNull();
  });

  it('refuses ".." however it is encoded', () => {
    const { root } = layout();
    for (const urlPath of [
      '/../secret.txt',
      '/..%2Fsecret.txt',
      '/..%2F..%2Fetc/passwd',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..',
      '..',
    ]) {
      expect(resolveStaticFile(root, urlPath), urlPath).toBeNull();
    }
  });

  it('refuses backslashes and NUL bytes', () => {
    const { root } = layout();
    expect(resolveStaticFile(root, '/..%5Csecret.txt')).toBeNull();
    expect(resolveStaticFile(root, '/assets\\app.js')).toBeNull();
    expect(resolveStaticFile(root, '/index.html%00.png')).toBeNull();
  });

  it('reads an absolute path as a path inside the root, never as a path on the disk', () => {
    const { top, root } = layout();
    const secret = path.join(top, 'secret.txt');
    expect(resolveStaticFile(root, secret)).toBeNull();
    expect(resolveStaticFile(root, `/${encodeURIComponent(secret)}`)).toBeNull();
    expect(resolveStaticFile(root, '//etc/passwd')).toBeNull();
    expect(resolveStaticFile(root, '/%2Fetc%2Fpasswd')).toBeNull();
  });

  it('refuses a sibling folder whose name starts with the root name', () => {
    const { top, root } = layout();
    fs.symlinkSync(path.join(top, 'renderer-secrets'), path.join(root, 'secrets'));
    expect(resolveStaticFile(root, '/secrets/file')).toBeNull();
    expect(resolveStaticFile(root, '/../renderer-secrets/file')).toBeNull();
    expect(resolveStaticFile(root, '/..%2Frenderer-secrets%2Ffile')).toBeNull();
  });

  it('refuses a symlink inside the root that points outside it, to a file or a folder', () => {
    const { top, root } = layout();
    fs.symlinkSync(path.join(top, 'secret.txt'), path.join(root, 'leak.txt'));
    fs.symlinkSync(top, path.join(root, 'up'));
    expect(resolveStaticFile(root, '/leak.txt')).toBeNull();
    expect(resolveStaticFile(root, '/up/secret.txt')).toBeNull();
  });

  it('follows a symlink that stays inside the root', () => {
    const { root } = layout();
    fs.symlinkSync(path.join(root, 'index.html'), path.join(root, 'home.html'));
    expect(resolveStaticFile(root, '/home.html')?.file).toBe(path.join(fs.realpathSync(root), 'index.html'));
  });

  it('works when the root itself is reached through a symlink', () => {
    const { top, root } = layout();
    const alias = path.join(top, 'alias');
    fs.symlinkSync(root, alias);
    expect(resolveStaticFile(alias, '/index.html')).not.toBeNull();
    expect(resolveStaticFile(alias, '/../secret.txt')).toBeNull();
  });

  it('refuses folders, missing files and malformed escapes', () => {
    const { root } = layout();
    expect(resolveStaticFile(root, '/assets')).toBeNull();
    expect(resolveStaticFile(root, '/assets/')).toBeNull();
    expect(resolveStaticFile(root, '/missing.js')).toBeNull();
    expect(resolveStaticFile(root, '/%E0%A4%A')).toBeNull();
  });
});
