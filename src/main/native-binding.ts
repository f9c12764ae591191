import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 is compiled for one ABI at a time. node_modules keeps Node's build (for the tests);
 * scripts/native-electron.mjs puts Electron's build under native/ and the app points the driver at it.
 * The folder name format is repeated in that script; tests/shell/native.test.ts keeps the two equal.
 */
export function electronNativeDir(abi: string, platform: string, arch: string): string {
  return `electron-v${abi}-${platform}-${arch}`;
}

export const NATIVE_FILE = 'better_sqlite3.node';

export interface NativeBindingOptions {
  /** The folder holding package.json and native/ (an app.asar is read from app.asar.unpacked). */
  appRoot: string;
  abi?: string;
  platform?: string;
  arch?: string;
  exists?: (path: string) => boolean;
}

/** The Electron build of better-sqlite3 for this process, or undefined to let the driver find its own. */
export function nativeBindingPath(options: NativeBindingOptions): string | undefined {
  const root = options.appRoot.replace(/\.asar$/, '.asar.unpacked');
  const abi = options.abi ?? process.versions.modules;
  const path = join(root, 'native', electronNativeDir(abi, options.platform ?? process.platform, options.arch ?? process.arch), NATIVE_FILE);
  return (options.exists ?? existsSync)(path) ? path : undefined;
}
