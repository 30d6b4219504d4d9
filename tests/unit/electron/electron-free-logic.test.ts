import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

// The shell keeps its rules in files that load without Electron, so they are unit tested here;
// only these thin files may load electron at run time.
const ELECTRON_WIRING = [
  'electron/main/index.ts',
  'electron/main/window.ts',
  'electron/main/guards.ts',
  'electron/preload/index.ts',
];

const sources = (folder: string): string[] =>
  fs
    .readdirSync(path.join(repoRoot, folder))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${folder}/${name}`);

function loadsElectron(file: string): boolean {
  const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
  // `import type` is erased; `import { type X }` is not (verbatimModuleSyntax keeps the import).
  const staticImport = /^\s*(import|export)\s+(?!type\b)[^;]*?from\s+['"]electron['"]/m;
  const dynamicImport = /(require|import)\(\s*['"]electron['"]\s*\)/;
  return staticImport.test(text) || dynamicImport.test(text);
}

describe('Electron-free shell logic', () => {
  it('loads electron at run time only in the wiring files', () => {
    const files = [...sources('electron/main'), ...sources('electron/preload'), ...sources('electron/hosts')];
    expect(files.filter(loadsElectron).sort()).toEqual([...ELECTRON_WIRING].sort());
  });
});
