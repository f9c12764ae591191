import { app, dialog } from 'electron';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHearth } from './app';
import { createCore, createDispatcher } from '../core';
import { shellPaths } from './paths';

// Main is built as an ES module: there is no __dirname, so derive out/main from this file's URL.
const paths = shellPaths(dirname(fileURLToPath(import.meta.url)));

startHearth({
  createCore: (options) => createCore({ ...options, resourcesDir: paths.resourcesDir }),
  createDispatcher,
  preloadPath: paths.preload,
  rendererRoot: paths.rendererRoot,
  // Vite writes the literal `false` here in `electron-vite build` (so in every packed app) and `true` in `electron-vite dev`.
  development: import.meta.env.DEV,
}).catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`Hearth could not start: ${reason}`);
  if (app.isReady()) dialog.showErrorBox('Hearth could not start', reason);
  app.exit(1);
});
