import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layer table from ARCHITECTURE.md, enforced here rather than remembered.
const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'child_process',
  'os',
  'http',
  'https',
  'crypto',
  'url',
];
const nativeModules = ['better-sqlite3', 'sharp', 'exifr', 'conf', 'electron-store'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: restrict(
      [
        'electron',
        ...nodeBuiltins,
        ...nativeModules,
        'react',
        'react-dom',
        '**/renderer/**',
        '**/electron/**',
      ],
      'shared/ runs in both the browser and Node: no Electron, Node, React or native modules (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', ...nodeBuiltins, ...nativeModules, '**/electron/**'],
        'The renderer reaches the backend only through window.redaksi (ARCHITECTURE.md).',
      ),
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: restrict(
      ['electron', 'electron/*', '**/renderer/**', '**/hosts/**', '**/main/**', '**/preload/**'],
      'Services run in browser mode and the CLI too: no electron, no renderer, no hosts (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['electron/hosts/**/*.ts'],
    ignores: ['electron/hosts/ipc.ts'],
    rules: restrict(
      ['electron', 'electron/*', '**/renderer/**', '**/main/**', '**/preload/**'],
      'Hosts may not import electron (only ipc.ts) nor the renderer (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'electron/hosts/ipc.ts'],
    rules: restrict(['**/renderer/**'], 'Electron code may not import the renderer (ARCHITECTURE.md).'),
  },
  {
    // The benchmarks' baseline editors run in the browser.
    files: ['bench/pages/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
