import { join, resolve } from 'node:path';

export interface ShellPaths {
  /** out/preload/index.cjs: electron-vite builds the sandboxed preload as CommonJS. */
  preload: string;
  /** out/renderer: the only folder `app://` serves. */
  rendererRoot: string;
  /** resources/ beside out/: the fonts the therapy export embeds in its PDFs. */
  resourcesDir: string;
}

/** `mainDir` is the folder of the built main bundle (out/main). */
export function shellPaths(mainDir: string): ShellPaths {
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererRoot: join(mainDir, '..', 'renderer'),
    resourcesDir: resolve(mainDir, '..', '..', 'resources'),
  };
}
