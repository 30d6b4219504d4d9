import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confine, safeName } from '../../../../../electron/services/export/paths';
import { paragraphs } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

const HOSTILE = [
  '..',
  '../../etc',
  'a/b',
  'a\\b',
  'CON',
  'con',
  'lpt1',
  'nul',
  '😀🔥',
  'x'.repeat(300),
  '/etc/passwd',
  'C:\\Windows',
  '.hidden',
  '',
];

describe('export paths (R7)', () => {
  it('makes every hostile name a plain folder name without dots, slashes or device names', () => {
    for (const name of HOSTILE) {
      const safe = safeName(name, 'article');
      expect(safe, name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(safe.length).toBeLessThanOrEqual(100);
      expect(['con', 'nul', 'lpt1']).not.toContain(safe);
    }
    expect(safeName('Café Düsseldorf', 'article')).toBe('caf-d-sseldorf');
  });

  it('refuses a relative path that would leave its root', () => {
    const root = tempFolder('redaksi-root');
    expect(() => confine(root, '../x')).toThrow(/outside/);
    expect(() => confine(root, '/etc/passwd')).toThrow(/outside/);
    expect(() => confine(root, `..${path.sep}${path.basename(root)}-sibling/x`)).toThrow(/outside/);
    expect(confine(root, 'images/a.webp')).toBe(path.join(root, 'images/a.webp'));
  });

  it('writes into the root of a disk (/ on Linux and macOS, E:\\ on a USB stick in Windows)', () => {
    expect(confine('/', 'banjir-jakarta', path.posix)).toBe('/banjir-jakarta');
    expect(confine('/', 'banjir-jakarta/images/a.webp', path.posix)).toBe('/banjir-jakarta/images/a.webp');
    expect(confine('E:\\', 'banjir-jakarta', path.win32)).toBe('E:\\banjir-jakarta');
    expect(confine('E:\\', 'banjir-jakarta/images/a.webp', path.win32)).toBe(
      'E:\\banjir-jakarta\\images\\a.webp',
    );
    expect(confine('/', 'banjir-jakarta')).toBe(path.resolve('/banjir-jakarta'));
  });

  it('still refuses what leaves the root, on either kind of path', () => {
    for (const [paths, root, outside] of [
      [path.posix, '/', ['/etc/passwd', '.', '']],
      [path.posix, '/srv/exports', ['..', '../x', '../exports-sibling/x', '/srv/exports', '.']],
      [path.win32, 'E:\\', ['C:\\x', 'C:x', '\\\\server\\share\\x', '.', 'E:\\x']],
      [path.win32, 'E:\\exports', ['..\\x', '../x', '..\\exports-sibling\\x', 'D:\\exports\\x', 'C:x']],
    ] as const) {
      for (const relative of outside) {
        expect(() => confine(root, relative, paths), `${root} + ${relative}`).toThrow(/outside/);
      }
    }
    // A name that only begins with two dots is a name inside the folder.
    expect(confine('E:\\exports', '..hidden', path.win32)).toBe('E:\\exports\\..hidden');
    expect(confine('/srv/exports', '..hidden', path.posix)).toBe('/srv/exports/..hidden');
  });
});

describe('exporting articles with hostile slugs (R7)', () => {
  let services: TestServices;
  beforeEach(async () => {
    services = await openTestServices();
  });
  afterEach(() => services.close());

  it('writes every file inside the target folder whatever the stored slug says', async () => {
    const parent = tempFolder('redaksi-target');
    const target = path.join(parent, 'exports');
    for (const slug of HOSTILE.filter(Boolean)) {
      const created = await services.ok('articles.create', { headline: 'Judul', lead: 'Lead.' });
      await services.ok('articles.save', { ...created, body: paragraphs('Isi berita.') });
      // The app never stores such a slug; write it behind its back to prove the exporter holds anyway.
      services.services.db.prepare('UPDATE articles SET slug = ? WHERE id = ?').run(slug, created.id);
      const result = await services.ok('export.run', {
        id: created.id,
        folder: target,
        zip: true,
        acceptWarnings: true,
      });
      expect(path.dirname(result.folder)).toBe(target);
      expect(path.dirname(result.zipFile!)).toBe(target);
    }
    const walk = (folder: string): string[] =>
      fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(folder, entry.name);
        return entry.isDirectory() ? walk(full) : [full];
      });
    for (const file of walk(target)) expect(file.startsWith(target + path.sep)).toBe(true);
    expect(fs.readdirSync(parent)).toEqual(['exports']);
  });
});

describe('slugs typed as a device name', () => {
  it('are saved as "con-2", "aux-2"…, so each article gets its own package folder and address', async () => {
    const services = await openTestServices();
    try {
      const target = tempFolder('redaksi-target');
      await services.ok('settings.update', { publication: { baseUrl: 'https://medan.example.id' } });
      const folders: string[] = [];
      for (const slug of ['con', 'aux', 'CON']) {
        const created = await services.ok('articles.create', { headline: `Judul ${slug}`, lead: 'Lead.' });
        const saved = await services.ok('articles.save', {
          ...created,
          slug,
          slugManual: true,
          body: paragraphs('Isi berita.'),
        });
        const result = await services.ok('export.run', {
          id: created.id,
          folder: target,
          zip: false,
          acceptWarnings: true,
        });
        expect(path.basename(result.folder)).toBe(saved.slug);
        expect(fs.readFileSync(path.join(result.folder, 'index.html'), 'utf8')).toContain(
          `<link rel="canonical" href="https://medan.example.id/${saved.slug}/index.html">`,
        );
        folders.push(path.basename(result.folder));
      }
      expect(folders).toEqual(['con-2', 'aux-2', 'con-3']);
    } finally {
      services.close();
    }
  });
});
