import type { BrowserWindow } from 'electron';
import { app, ipcMain, protocol, screen, session } from 'electron';
import { isAbsolute, join } from 'node:path';
import type { CoreApi } from '../shared/contract';
import type { Dispatcher } from '../core/dispatcher';
import type { Platform } from '../core/platform';
import type { Words } from '../core/i18n/words';
import type { PrivacySettings } from '../shared/privacy';
import { DEFAULT_PRIVACY } from '../shared/privacy-defaults';
import { MENU_CHANNEL, type MenuCommand } from '../shared/menu';
import { APP_USER_MODEL_ID } from './app-id';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';
import { installContextMenu } from './context-menu';
import { createFrameGuard, registerIpc } from './ipc';
import { installMenu, unlockedAfter, zoomContents } from './menu';
import { APP_SCHEME, isAppUrl } from './origin';
import { createElectronPlatform } from './platform';
import { HEARTH_PARTITION, hardenSession } from './session';
import { privacySwitches } from './switches';
import { guardWindow, hideAndLock, lockNow } from './privacy-guard';
import { createWindow, guardNavigation } from './window';
import { placeWindow, readWindowState, rememberWindowState } from './window-state';
import { shellWords } from './words';

/** What the shell needs of the core (src/core's `Core`). */
export interface ShellCore extends CoreApi {
  /** Called whenever the vault locks (by hand, on idle, on sleep); returns an unsubscribe function. */
  onLock(listener: () => void): () => void;
  onPrivacyChange(listener: (settings: PrivacySettings) => void): () => void;
  /** The words of the language Hearth speaks (the menus); src/core's `Core` has them, a core without them speaks as the shell read it at start. */
  words?(): Words;
  /** Called with the new words whenever Settings › Language changes; returns an unsubscribe function. */
  onLanguageChange?(listener: (words: Words) => void): () => void;
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
  const os = options.platform ?? process.platform;
  // Windows shows Hearth's notifications (and groups its taskbar button) under the id its installer gives it.
  if (os === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
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
  hardenSession(ses, { rendererRoot: options.rendererRoot, devUrl, devtools, spellcheck: os === 'darwin' });
  // The About item: name, version and licence, read from the app itself; no web address.
  app.setAboutPanelOptions({
    applicationName: 'Hearth',
    applicationVersion: app.getVersion(),
    copyright: "Hearth's developers. Free software under the GNU General Public License, version 3 or later.",
  });

  // At once: Electron's default menu (with Reload and developer tools) must not stay while the core starts. It speaks
  // the language read from Hearth's data folder (or the system's) until the core says, and again at every change.
  const userData = app.getPath('userData');
  let words = shellWords(userData);
  const started: { core?: ShellCore } = {};
  const menu = installMenu(
    os,
    { unlocked: false, quickHideShortcut: DEFAULT_PRIVACY.quickHideShortcut, words },
    {
      command(command: MenuCommand) {
        const contents = getWindow()?.webContents;
        // Only to Hearth's own page, and what needs a vault only while one is open.
        if (!contents || !isAppUrl(contents.getURL(), devUrl)) return;
        if (command !== 'shortcuts' && !menu.state().unlocked) return;
        contents.send(MENU_CHANNEL, command);
      },
      lock() {
        if (started.core) lockNow(started.core);
      },
      // Before the core exists there is nothing to lock, but the window still hides.
      quickHide() {
        if (started.core) hideAndLock(getWindow(), started.core);
        else getWindow()?.hide();
      },
      zoom(direction) {
        const contents = getWindow()?.webContents;
        if (contents) zoomContents(contents, direction);
      },
    },
  );

  const platform = createElectronPlatform(getWindow);
  const core = await options.createCore({
    dataDir: userData,
    platform,
  });
  started.core = core;
  const speak = (spoken: Words): void => {
    words = spoken;
    menu.update({ words });
  };
  if (core.words) speak(core.words());
  const stopMenuWords = core.onLanguageChange?.(speak) ?? (() => undefined);
  const stopMenuPrivacy = core.onPrivacyChange((settings) => menu.update({ quickHideShortcut: settings.quickHideShortcut }));
  core.privacy.get().then(
    (settings) => menu.update({ quickHideShortcut: settings.quickHideShortcut }),
    () => undefined,
  );

  const served = options.createDispatcher(core);
  // The menu follows the vault: it learns of a way in from the answer to that call, and of a lock from the core. A
  // lock that came while the call was on its way wins over what the call says.
  let locks = 0;
  const dispatcher: Dispatcher = {
    channels: served.channels,
    async dispatch(channel, args) {
      const locksBefore = locks;
      const result = await served.dispatch(channel, args);
      const unlocked = unlockedAfter(channel, result);
      if (unlocked !== undefined && !(unlocked && locks !== locksBefore)) menu.update({ unlocked });
      return result;
    },
  };
  const unregisterIpc = registerIpc(ipcMain, dispatcher, createFrameGuard(getWindow, devUrl));

  // Locking reloads the page, so no decrypted text stays in the renderer's memory.
  const stopReloading = core.onLock(() => {
    locks += 1;
    menu.update({ unlocked: false });
    getWindow()?.webContents.reload();
  });
  const stopListening = (): void => {
    stopReloading();
    stopMenuPrivacy();
    stopMenuWords();
  };

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

  // Where the window was last time, if that is still on a screen; centred on the primary screen otherwise.
  const placement = placeWindow(readWindowState(userData), screen.getAllDisplays(), screen.getPrimaryDisplay());
  win = createWindow({ session: ses, preloadPath: options.preloadPath, devUrl, devtools, bounds: placement.bounds, maximized: placement.maximized, platform: os });
  rememberWindowState(win, userData);
  installContextMenu(win, os, () => words);
  win.on('closed', () => {
    win = null;
  });
  win.on('minimize', () => platform.systemEvent('minimize'));
  win.on('blur', () => platform.systemEvent('blur'));
  const stopGuard = await guardWindow(win, core, os);
  win.on('closed', stopGuard);
  // After a quick hide, opening Hearth again (dock icon, launcher) shows the window, locked.
  app.on('activate', () => getWindow()?.show());

  return { core, window: getWindow, shutdown };
}
