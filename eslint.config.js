import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'url', 'http', 'https', 'net'];

/** The layer table of ARCHITECTURE.md: each folder lists what it must never import. */
function layer(files, forbidden, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
    },
  };
}

export default ts.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
  },
  { files: ['src/renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  layer(['src/shared/**'], ['**/main/**', '**/renderer/**', '**/preload/**', 'electron', 'svelte', 'svelte/*', ...nodeBuiltins], 'src/shared is the contract: it imports nothing of ours, no Node and no DOM.'),
  layer(['src/main/core/**'], ['electron', '**/renderer/**', '**/preload/**'], 'src/main/core is Electron-free: it may import shared, Node and npm packages only.'),
  // A relative import that climbs out of core lands in the Electron shell: refuse it at every depth.
  ...[1, 2, 3].map((depth) => ({
    files: [`src/main/core/${'*/'.repeat(depth - 1)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', '**/renderer/**', '**/preload/**'], message: 'src/main/core is Electron-free: it may import shared, Node and npm packages only.' },
            { regex: `^${'\\.\\./'.repeat(depth)}(?!\\.\\./)`, message: 'src/main/core must not import the Electron shell (src/main outside core).' },
          ],
        },
      ],
    },
  })),
  layer(['src/main/*.ts', 'src/main/!(core)/**'], ['**/renderer/**', '**/preload/**'], 'The Electron shell imports core, shared and electron only.'),
  layer(['src/preload/**'], ['**/main/**', '**/renderer/**', ...nodeBuiltins], 'The preload builds window.hearth from the contract and nothing else.'),
  layer(['src/renderer/**'], ['**/main/**', '**/preload/**', 'electron', ...nodeBuiltins], 'The renderer talks to the core only through window.hearth (lib/api.ts).'),
);
