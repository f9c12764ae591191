import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'url', 'http', 'https', 'net'];

/**
 * The layer table of docs/architecture.md: each folder lists the packages it must never import (`forbidden`) and,
 * with `regex`, which of our own folders a relative import must never reach.
 */
function layer(files, forbidden, message, regex) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [...(forbidden.length ? [{ group: forbidden, message }] : []), ...(regex ? [{ regex, message }] : [])] }],
    },
  };
}

/** A relative import that climbs into one of these folders of src/ (`../core`, `../../main/app`, …). */
function ourFolders(names) {
  return `^(\\.\\./)+(${names.join('|')})(/|$)`;
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
  layer(['src/shared/**'], ['electron', 'svelte', 'svelte/*', ...nodeBuiltins], 'src/shared is the contract: it imports nothing of ours, no Node and no DOM.', ourFolders(['core', 'main', 'renderer', 'preload'])),
  layer(['src/core/**'], ['electron'], 'src/core is Electron-free: it may import shared, Node and npm packages only, never the Electron shell (src/main).', ourFolders(['main', 'renderer', 'preload'])),
  layer(['src/main/**'], [], 'The Electron shell imports core, shared and electron only.', ourFolders(['renderer', 'preload'])),
  layer(['src/preload/**'], [...nodeBuiltins], 'The preload builds window.hearth from the contract and nothing else.', ourFolders(['core', 'main', 'renderer'])),
  layer(['src/renderer/**'], ['electron', ...nodeBuiltins], 'The renderer talks to the core only through window.hearth (lib/api.ts).', ourFolders(['core', 'main', 'preload'])),
);
