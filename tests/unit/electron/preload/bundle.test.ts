import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../support/temp-folder';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/**
 * A sandboxed preload runs as a CommonJS script whose `require` knows only a few Electron modules,
 * without Node's globals. The bundle built by scripts/build-electron.mjs is run the same way here.
 */
describe('the preload bundle', () => {
  it('is CommonJS that needs nothing but electron, and exposes only window.redaksi', () => {
    const out = tempFolder('redaksi-build');
    execFileSync(process.execPath, ['scripts/build-electron.mjs', '--out', out], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
    const code = fs.readFileSync(path.join(out, 'preload', 'index.cjs'), 'utf8');

    const required: string[] = [];
    const exposed = new Map<string, unknown>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: { invoke: async () => undefined, on: () => undefined, removeListener: () => undefined },
    };
    const sandboxRequire = (name: string): unknown => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require "${name}"`);
    };
    const module = { exports: {} };
    const context = vm.createContext({
      require: sandboxRequire,
      module,
      exports: module.exports,
      console,
      URL,
    });
    vm.runInContext(code, context, { filename: 'index.cjs' });

    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['redaksi']);
    const api = exposed.get('redaksi') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['call', 'onMenu', 'revealFolder']);
    expect(typeof api.call).toBe('function');
    expect(fs.existsSync(path.join(out, 'main', 'index.js'))).toBe(true);
  });
});
