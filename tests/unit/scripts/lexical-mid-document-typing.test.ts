import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  installedLexicalVersion,
  LEXICAL_VERSION,
  lexicalMidDocumentTyping,
  patchLexicalProduction,
} from '../../../scripts/lexical-mid-document-typing';

const productionFile = path.join(
  path.dirname(createRequire(import.meta.url).resolve('lexical')),
  'Lexical.prod.js',
);
const production = readFileSync(productionFile, 'utf8');

describe('the build’s change to Lexical for typing in the middle of a long body', () => {
  it('applies to the installed Lexical and leaves a module Node can load', () => {
    expect(installedLexicalVersion()).toBe(LEXICAL_VERSION);
    const patched = patchLexicalProduction(production, installedLexicalVersion());
    expect(patched).toContain('__redaksiRun(n,u)');
    expect(patched).toContain('__redaksiText(c,n,s,f,t,d,o,g)');
    expect(patched).toContain('function __redaksiWholeText(parent)');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'redaksi-lexical-')), 'Lexical.prod.mjs');
    writeFileSync(file, patched);
    // Throws (and fails the test) on a syntax error.
    execFileSync(process.execPath, ['--check', file]);
  });

  it('refuses, in words that say what to do, a Lexical it was not written for', () => {
    expect(() => patchLexicalProduction(production, '0.53.0')).toThrow(
      /written for Lexical 0\.52\.0, not 0\.53\.0: read it again for this version, or remove it/,
    );
    const changed = production.replace('return i!==n||null!==o&&e.has(o)?null:r}(n,u);', 'return r}(n,u);');
    expect(() => patchLexicalProduction(changed, LEXICAL_VERSION)).toThrow(
      /the suffix finder .* is missing\. Read the change again for this Lexical, or remove it/,
    );
    const twice = production + 'const Ie=Symbol.for("@lexical/CachedTextSize")';
    expect(() => patchLexicalProduction(twice, LEXICAL_VERSION)).toThrow(
      /a leaf’s cached text size .* is there more than once/,
    );
  });

  it('is a build plugin that changes Lexical’s production file and no other', () => {
    const plugin = lexicalMidDocumentTyping();
    expect(plugin.apply).toBe('build');
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform.call({}, production, productionFile)?.code).toContain('__redaksiRun(n,u)');
    expect(transform.call({}, 'export const x = 1;', '/app/renderer/main.tsx')).toBeNull();
    expect(
      transform.call({}, 'export const x = 1;', productionFile.replace('.prod.js', '.dev.js')),
    ).toBeNull();
  });
});
