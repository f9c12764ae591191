import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // The vault worker (backups, exports, imports, search off the event loop) is a second entry: out/main/worker.js,
      // found at run time next to the main bundle by src/core/worker/run-job.ts.
      rollupOptions: { input: { index: resolve('src/main/index.ts'), worker: resolve('src/core/worker/vault-worker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but electron, so its few dependencies are bundled in.
      externalizeDeps: false,
      // A sandboxed preload cannot load ES modules, so it is built as CommonJS.
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    build: {
      rollupOptions: { input: resolve('src/renderer/index.html') },
      // Fonts and icons ship as files next to the page; nothing is ever fetched from elsewhere.
      assetsInlineLimit: 0,
      // electron-vite leaves the renderer unminified; minified, the start screen's script parses in a fraction of the
      // time (issue 20: `renderer_main_bundle_kb`, `renderer_unlock_screen_ms`).
      minify: true,
    },
    plugins: [svelte({ configFile: resolve('svelte.config.js') }), tailwindcss()],
  },
});
