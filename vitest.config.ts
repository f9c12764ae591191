import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each core test file opens its own vaults; two workers match the two cores of these machines.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/core/**/*.test.ts', 'src/shared/**/*.test.ts', 'tests/core/**/*.test.ts', 'tests/static/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias: { electron: resolve('tests/shell/fake-electron.ts') } },
        test: {
          name: 'shell',
          environment: 'node',
          include: ['tests/shell/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.ts'],
          setupFiles: ['tests/components/setup.ts', 'src/renderer/src/testing/all-words.ts'],
        },
      },
    ],
  },
});
