import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// The baseline editors of B1–B3, built once per run into the benchmark cache (never committed).
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: path.resolve(here, '../../node_modules/.cache/redaksi-bench/pages'),
    emptyOutDir: true,
    target: 'chrome130',
    rollupOptions: {
      input: { lexical: path.join(here, 'lexical.html'), prosemirror: path.join(here, 'prosemirror.html') },
    },
  },
});
