/** What Vite writes into the main bundle at build time (electron-vite build: DEV is false; electron-vite dev: true). */
interface ImportMetaEnv {
  readonly DEV: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
