import { app, dialog } from 'electron';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHearth } from './app';
import { createCore, createDispatcher } from '../core';
import { shellPaths } from './paths';
import { shellWords } from './words';

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
  // In the language Hearth speaks, read without the core or a vault (the choice in the data folder, else the system's).
  if (app.isReady()) dialog.showErrorBox(shellWords(app.getPath('userData')).t('dialogs.startFailed'), reason);
  app.exit(1);
});
