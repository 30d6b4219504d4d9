// Bundles the Electron main process and preload with esbuild (the renderer is built by Vite).
//   out/main/index.js      ESM, Node 22 (Electron 45's Node), npm packages bundled except native ones
//   out/main/photo-worker.js  the photo import worker thread, bundled the same way
//   out/main/web.js        browser mode's server (Node 20+), bundled the same way
//   out/preload/index.cjs  CommonJS: a sandboxed preload can neither load ES modules nor require npm packages
// `--out DIR` writes elsewhere (the unit tests inspect a fresh preload bundle without touching out/).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'out' } }, strict: true });
const outDir = path.resolve(root, values.out);

// Native addons cannot be bundled: they are loaded from node_modules at run time (and rebuilt for
// Electron by electron-builder when packaging).
const NATIVE_PACKAGES = ['better-sqlite3', 'sharp'];

// Bundled CommonJS dependencies call require() and read __dirname, which an ES module lacks.
const ESM_REQUIRE_SHIM = [
  "import { createRequire as __redaksiCreateRequire } from 'node:module';",
  "import { fileURLToPath as __redaksiFileURLToPath } from 'node:url';",
  "import { dirname as __redaksiDirname } from 'node:path';",
  'const require = __redaksiCreateRequire(import.meta.url);',
  'const __filename = __redaksiFileURLToPath(import.meta.url);',
  'const __dirname = __redaksiDirname(__filename);',
].join('\n');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

try {
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: path.join(outDir, 'main', 'index.js'),
      format: 'esm',
      external: ['electron', ...NATIVE_PACKAGES],
      banner: { js: ESM_REQUIRE_SHIM },
    }),
    // The photo worker thread (electron/services/photos/worker-thread.ts starts it from beside index.js).
    build({
      ...common,
      entryPoints: ['electron/services/photos/worker.ts'],
      outfile: path.join(outDir, 'main', 'photo-worker.js'),
      format: 'esm',
      external: NATIVE_PACKAGES,
      banner: { js: ESM_REQUIRE_SHIM },
    }),
    // Browser mode's server (`npm run web`, and every end-to-end test's app), under Node 20 or newer:
    // bundled, it starts in a third of the time tsx takes to compile the services first. It starts
    // the same photo-worker.js beside it.
    build({
      ...common,
      target: 'node20',
      entryPoints: ['electron/hosts/web-main.ts'],
      outfile: path.join(outDir, 'main', 'web.js'),
      format: 'esm',
      external: NATIVE_PACKAGES,
      banner: { js: ESM_REQUIRE_SHIM },
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: path.join(outDir, 'preload', 'index.cjs'),
      format: 'cjs',
      // Sandboxed preloads get a `require` that knows only a few Electron modules.
      external: ['electron'],
      // It carries the contract's schemas (zod, Lexical node classes) to know the method names; the
      // production build of Lexical is smaller and does not read process.env at load time.
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
    }),
  ]);
  const shown = path.relative(root, outDir).startsWith('..') ? outDir : path.relative(root, outDir);
  console.log(`Built ${shown}/main/index.js, ${shown}/main/web.js and ${shown}/preload/index.cjs`);
} catch (error) {
  // esbuild has already printed each error with its file and line.
  console.error(
    `Building the Electron shell failed${error instanceof Error ? `: ${error.message.split('\n')[0]}` : ''}`,
  );
  process.exit(1);
}
