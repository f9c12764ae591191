import type { BrowserWindow } from 'electron';
import { app, ipcMain, protocol, session } from 'electron';
import { isAbsolute, join } from 'node:path';
import type { CoreApi } from '../shared/contract';
import type { Dispatcher } from '../core/dispatcher';
import type { Platform } from '../core/platform';
import type { PrivacySettings } from '../shared/privacy';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';
import { createFrameGuard, registerIpc } from './ipc';
import { installMenu } from './menu';
import { APP_SCHEME } from './origin';
import { createElectronPlatform } from './platform';
import { HEARTH_PARTITION, hardenSession } from './session';
import { privacySwitches } from './switches';
import { guardWindow } from './privacy-guard';
import { createWindow, guardNavigation } from './window';

/** What the shell needs of the core (src/core's `Core`). */
export interface ShellCore extends CoreApi {
  /** Called whenever the vault locks (by hand, on idle, on sleep); returns an unsubscribe function. */
  onLock(listener: () => void): () => void;
  onPrivacyChange(listener: (settings: PrivacySettings) => void): () => void;
  close(): void | Promise<void>;
}

export interface ShellCoreOptions {
  dataDir: string;
  platform: Platform;
}

export interface StartOptions {
  createCore(options: ShellCoreOptions): ShellCore | Promise<ShellCore>;
  createDispatcher(core: ShellCore): Dispatcher;
  preloadPath: string;
  rendererRoot: string;
  /**
   * A development build (`npm run dev`, the tests): only then are ELECTRON_RENDERER_URL, HEARTH_DEVTOOLS and
   * HEARTH_USER_DATA read. Decided when the app is built (main/index.ts), never by the environment it runs in.
   */
  development: boolean;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

export interface RunningHearth {
  readonly core: ShellCore;
  window(): BrowserWindow | null;
  /** Lock the vault and close the core; idempotent. */
  shutdown(): Promise<void>;
}

/**
 * The Electron lifecycle. Everything before the first `await` runs before `ready`, as Chromium
 * switches, scheme privileges and paths must. Resolves to null when another Hearth is running.
 */
export async function startHearth(options: StartOptions): Promise<RunningHearth | null> {
  const env = options.env ?? process.env;
  // Only a development build reads these: an environment variable must never point a built Hearth at another
  // page, open devtools on it or move its data (whether or not it is packaged).
  const dev = options.development ? env : {};
  const devUrl = dev.ELECTRON_RENDERER_URL || undefined;
  const devtools = dev.HEARTH_DEVTOOLS === '1';
  // Development and the shell tests run with a throwaway profile.
  if (dev.HEARTH_USER_DATA && isAbsolute(dev.HEARTH_USER_DATA)) app.setPath('userData', dev.HEARTH_USER_DATA);
  // No crash reporter is started and nothing is uploaded; any dump stays inside the profile.
  app.setPath('crashDumps', join(app.getPath('userData'), 'crash-dumps'));
  for (const [name, value] of privacySwitches(devUrl)) {
    if (value === undefined) app.commandLine.appendSwitch(name);
    else app.commandLine.appendSwitch(name, value);
  }
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  let win: BrowserWindow | null = null;
  const getWindow = (): BrowserWindow | null => (win && !win.isDestroyed() ? win : null);

  app.on('second-instance', () => {
    const current = getWindow();
    if (!current) return;
    if (current.isMinimized()) current.restore();
    current.show();
    current.focus();
  });
  // Any other web contents (there should be none) gets the same navigation rules.
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, devUrl));

  await app.whenReady();

  const ses = session.fromPartition(HEARTH_PARTITION, { cache: false });
  hardenSession(ses, { rendererRoot: options.rendererRoot, devUrl, devtools });
  installMenu(options.platform ?? process.platform);

  const platform = createElectronPlatform(getWindow);
  const core = await options.createCore({
    dataDir: app.getPath('userData'),
    platform,
  });
  const dispatcher = options.createDispatcher(core);
  const unregisterIpc = registerIpc(ipcMain, dispatcher, createFrameGuard(getWindow, devUrl));

  // Locking reloads the page, so no decrypted text stays in the renderer's memory.
  const stopListening = core.onLock(() => getWindow()?.webContents.reload());

  let closing: Promise<void> | undefined;
  const shutdown = (): Promise<void> => {
    closing ??= (async () => {
      stopListening();
      unregisterIpc();
      try {
        await core.vaults.lock(undefined);
      } catch {
        console.error('Hearth could not lock the vault cleanly while quitting.');
      }
      try {
        await core.close();
      } catch {
        console.error('Hearth could not close the vault cleanly while quitting.');
      }
    })();
    return closing;
  };

  let closed = false;
  const quitAfterShutdown = (): void => {
    void shutdown().finally(() => {
      closed = true;
      app.quit();
    });
  };
  // Closing the window locks the vault and quits, on every platform: a shared computer must not
  // keep an unlocked Hearth running in the dock.
  app.on('window-all-closed', quitAfterShutdown);
  // Quitting with the window open (Cmd+Q, logout): lock first, then quit for real.
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    quitAfterShutdown();
  });

  win = createWindow({ session: ses, preloadPath: options.preloadPath, devUrl, devtools });
  win.on('closed', () => {
    win = null;
  });
  win.on('minimize', () => platform.systemEvent('minimize'));
  win.on('blur', () => platform.systemEvent('blur'));
  const stopGuard = await guardWindow(win, core, options.platform ?? process.platform);
  win.on('closed', stopGuard);
  // After a quick hide, opening Hearth again (dock icon, launcher) shows the window, locked.
  app.on('activate', () => getWindow()?.show());

  return { core, window: getWindow, shutdown };
}
