import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  main: string;
  build: Record<string, unknown> & { files: string[]; asarUnpack: string[] };
};

// electron-builder's own validator (the one `electron-builder` runs first); it is not exported from
// the package root, hence the path into app-builder-lib.
const { validateConfiguration } = createRequire(import.meta.url)(
  'app-builder-lib/out/util/config/config',
) as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};

describe('the electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(
      validateConfiguration(pkg.build, { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
  });

  it('names the app and packs the built shell, not the development copy of better-sqlite3', () => {
    expect(pkg.build).toMatchObject({ appId: 'id.redaksi.app', productName: 'Redaksi' });
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.build.files).toEqual(expect.arrayContaining(['out/**', '!out/native/**', 'package.json']));
  });

  it('unpacks native addons from the asar, where they cannot be loaded', () => {
    expect(pkg.build.asarUnpack).toContain('**/*.node');
  });

  it('builds AppImage and deb, dmg and an NSIS installer', () => {
    expect(pkg.build).toMatchObject({
      linux: { target: ['AppImage', 'deb'] },
      mac: { target: ['dmg'] },
      win: { target: ['nsis'] },
    });
  });
});
