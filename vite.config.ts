import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lexicalMidDocumentTyping } from './scripts/lexical-mid-document-typing';

// The renderer is built once into out/renderer and served by both the Electron window
// (app:// protocol) and browser mode (loopback HTTP). Relative base keeps both working.
export default defineConfig({
  root: 'renderer',
  base: './',
  // Typing in the middle of a long body as fast as in a short one: see the plugin's file.
  plugins: [react(), lexicalMidDocumentTyping()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // A desktop app loads from disk: one bundle is fine (React, Lexical and zod are most of it).
    chunkSizeWarningLimit: 1500,
  },
});
