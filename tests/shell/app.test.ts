import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { methods } from '../../src/shared/contract';
import type { Result } from '../../src/shared/errors';
import type { PrivacySettings } from '../../src/shared/privacy';
import { DEFAULT_PRIVACY } from '../../src/shared/privacy-defaults';
import { MENU_CHANNEL } from '../../src/shared/menu';
import { APP_USER_MODEL_ID } from '../../src/main/app-id';
import { WINDOW_STATE_FILE } from '../../src/main/window-state';
import { startHearth, type ShellCore, type ShellCoreOptions, type StartOptions } from '../../src/main/app';
import type { Dispatcher } from '../../src/core/dispatcher';
import { app, BrowserWindow, FakeEvent, FakeWebContents, fake, ipcEvent, resetFake, type FakeMenu } from './fake-electron';

type Item = MenuItemConstructorOptions;

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** Click the visible application-menu item labelled `label` (as built now). */
function menuItem(label: string): Item {
  const found = flatten((fake.applicationMenu as FakeMenu).template as Item[]).filter((entry) => entry.label === label && entry.visible !== false);
  expect(found, label).toHaveLength(1);
  return found[0]!;
}

function clickMenu(label: string): void {
  (menuItem(label).click as unknown as () => void)();
}

interface FakeCore {
  options: ShellCoreOptions | undefined;
  privacyListeners: Set<(settings: PrivacySettings) => void>;
  lockListeners: Set<() => void>;
  locks: number;
  closes: number;
  core: ShellCore;
}

function fakeCore(): FakeCore {
  const state: FakeCore = { options: undefined, privacyListeners: new Set(), lockListeners: new Set(), locks: 0, closes: 0, core: undefined as unknown as ShellCore };
  state.core = {
    onLock(listener: () => void) {
      state.lockListeners.add(listener);
      return () => state.lockListeners.delete(listener);
    },
    close() {
      state.closes += 1;
    },
    onPrivacyChange(listener: (settings: PrivacySettings) => void) {
      state.privacyListeners.add(listener);
      return () => state.privacyListeners.delete(listener);
    },
    privacy: { get: async () => ({ ...DEFAULT_PRIVACY }) },
    vaults: {
      lock: async () => {
        state.locks += 1;
        for (const listener of state.lockListeners) listener();
      },
    },
  } as unknown as ShellCore;
  return state;
}

function dispatcher(): Dispatcher {
  return { channels: methods.map((m) => m.channel), dispatch: async (channel): Promise<Result<unknown>> => ({ ok: true, value: channel }) };
}

let core: FakeCore;

function start(env: NodeJS.ProcessEnv = {}, extra: Partial<StartOptions> = {}) {
  core = fakeCore();
  return startHearth({
    createCore: (options) => {
      core.options = options;
      return core.core;
    },
    createDispatcher: () => dispatcher(),
    preloadPath: '/app/out/preload/index.cjs',
    rendererRoot: '/app/out/renderer',
    development: true,
    env,
    platform: 'linux',
    ...extra,
  });
}

const theWindow = (): BrowserWindow => {
  expect(BrowserWindow.instances).toHaveLength(1);
  return BrowserWindow.instances[0]!;
};

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetFake();
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => errors.mockRestore());

describe('startHearth', () => {
  it('appends the privacy switches before ready', async () => {
    await start();
    const names = fake.switches.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining(['disable-background-networking', 'disable-component-update', 'disable-domain-reliability', 'disable-breakpad', 'no-pings', 'disable-http-cache']),
    );
    expect(fake.switches).toContainEqual(['host-resolver-rules', 'MAP * ~NOTFOUND']);
  });

  it('lets only the dev server host resolve in development', async () => {
    await start({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' });
    expect(fake.switches).toContainEqual(['host-resolver-rules', 'MAP * ~NOTFOUND, EXCLUDE localhost']);
  });

  it('registers app:// as a privileged standard, secure, fetchable scheme', async () => {
    await start();
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('takes the single-instance lock; a second Hearth quits without a window or a core', async () => {
    fake.singleInstanceLock = false;
    await expect(start()).resolves.toBeNull();
    expect(fake.calls.some((c) => c.api === 'app.requestSingleInstanceLock')).toBe(true);
    expect(fake.quits).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(core.options).toBeUndefined();
  });

  it('focuses the first window when a second instance starts', async () => {
    await start();
    const win = theWindow();
    win.minimized = true;
    app.emit('second-instance', new FakeEvent(), [], '/');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(1);
  });

  it('never starts the crash reporter or the auto-updater; keeps crash dumps in the profile', async () => {
    await start();
    expect(fake.crashReporterStarted).toBe(0);
    expect(fake.autoUpdaterCalls).toBe(0);
    expect(fake.paths.get('crashDumps')).toBe(join('/fake/userData', 'crash-dumps'));
  });

  it('honours HEARTH_USER_DATA in a development build (absolute paths only) and gives the core its folder', async () => {
    await start({ HEARTH_USER_DATA: '/tmp/hearth-test-profile' });
    expect(fake.paths.get('userData')).toBe('/tmp/hearth-test-profile');
    expect(fake.paths.get('crashDumps')).toBe(join('/tmp/hearth-test-profile', 'crash-dumps'));
    expect(core.options).toMatchObject({ dataDir: '/tmp/hearth-test-profile' });
    expect(typeof core.options?.platform.chooseFolder).toBe('function');

    resetFake();
    await start({ HEARTH_USER_DATA: 'relative/profile' });
    expect(fake.paths.get('userData')).toBe('/fake/userData');
  });

  it('hardens an in-memory session and opens one window on it, with IPC for every method', async () => {
    await start();
    const ses = fake.sessions.get('hearth');
    expect(ses).toBeDefined();
    expect(ses!.options).toEqual({ cache: false });
    expect(ses!.spellCheckerEnabled).toBe(false);
    expect(ses!.protocolHandlers.has('app')).toBe(true);
    const win = theWindow();
    expect(win.options.webPreferences!.session).toBe(ses);
    expect(win.options.webPreferences!.preload).toBe('/app/out/preload/index.cjs');
    expect(win.webContents.loaded).toEqual(['app://hearth/index.html']);
    expect([...fake.ipcHandlers.keys()]).toEqual(methods.map((m) => m.channel));

    const answer = await fake.ipcHandlers.get('hearth:app.status')!(ipcEvent(win.webContents, win.webContents.mainFrame));
    expect(answer).toEqual({ ok: true, value: 'hearth:app.status' });
  });

  it('has no devtools in a production build, even unpackaged with HEARTH_DEVTOOLS=1', async () => {
    await start({ HEARTH_DEVTOOLS: '1' }, { development: false });
    expect(theWindow().options.webPreferences!.devTools).toBe(false);
  });

  it('allows devtools only in a development build with HEARTH_DEVTOOLS=1', async () => {
    await start();
    expect(theWindow().options.webPreferences!.devTools).toBe(false);
    resetFake();
    await start({ HEARTH_DEVTOOLS: '1' });
    expect(theWindow().options.webPreferences!.devTools).toBe(true);
    expect(theWindow().webContents.devToolsOpened).toBe(0);
  });

  it('ignores ELECTRON_RENDERER_URL and HEARTH_USER_DATA in a production build, even unpackaged', async () => {
    await start({ ELECTRON_RENDERER_URL: 'http://localhost:5173/', HEARTH_USER_DATA: '/tmp/hearth-test-profile' }, { development: false });
    expect(theWindow().webContents.loaded).toEqual(['app://hearth/index.html']);
    expect(fake.switches).toContainEqual(['host-resolver-rules', 'MAP * ~NOTFOUND']);
    expect(fake.paths.get('userData')).toBe('/fake/userData');
  });

  it.each(['linux', 'win32', 'darwin'] as const)('%s: installs the full menu, with no reload or devtools role', async (os) => {
    await start({}, { platform: os });
    const template = (fake.applicationMenu as FakeMenu).template as Item[];
    expect(template.map((item) => (item.label ?? '').replace('&', ''))).toEqual([...(os === 'darwin' ? ['Hearth'] : []), 'File', 'Edit', 'View', 'Window', 'Help']);
    const roles = flatten(template).map((entry) => entry.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo', 'redo', 'quit', 'about']));
    for (const dangerous of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) expect(roles).not.toContain(dangerous);
  });

  it('reloads the renderer whenever the core locks', async () => {
    await start();
    const win = theWindow();
    for (const listener of core.lockListeners) listener();
    expect(win.webContents.reloads).toBe(1);
  });

  it('locks the vault, closes the core and quits when the window closes', async () => {
    const running = await start();
    theWindow().close();
    app.emit('window-all-closed');
    await running!.shutdown();
    await vi.waitFor(() => expect(fake.quits).toBe(1));
    expect(core.locks).toBe(1);
    expect(core.closes).toBe(1);
    expect(fake.ipcHandlers.size).toBe(0);
    // The quit that follows is let through.
    const event = new FakeEvent();
    app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('locks before quitting when the app is quit with the window open', async () => {
    await start();
    const event = new FakeEvent();
    app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fake.quits).toBe(1));
    expect(core.locks).toBe(1);
    expect(core.closes).toBe(1);
  });

  it('denies popups from any other web contents too', async () => {
    await start();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });
});

describe('privacy wiring', () => {
  it('reports minimise and focus loss to the core, protects the content, and shows the window again on activate', async () => {
    await start();
    const win = theWindow();
    const seen: string[] = [];
    core.options!.platform.onSystemEvent?.((e) => seen.push(e));
    win.emit('minimize');
    win.emit('blur');
    expect(seen).toEqual(['minimize', 'blur']);
    expect(win.contentProtection).toBe(true);
    win.hide();
    app.emit('activate');
    expect(win.shown).toBe(true);
  });
});

describe('native on every desktop', () => {
  const unlock = async (win: BrowserWindow): Promise<void> => {
    await fake.ipcHandlers.get('hearth:vaults.unlock')!(ipcEvent(win.webContents, win.webContents.mainFrame), {});
  };

  it('gives Windows the app id of the installer (electron-builder.yml appId), and only Windows', async () => {
    // The top-level `appId:` line of electron-builder.yml (the installers' own id).
    const appId = /^appId:\s*([\w.-]+)\s*$/m.exec(readFileSync(join(import.meta.dirname, '..', '..', 'electron-builder.yml'), 'utf8'))?.[1];
    const config = { appId };
    expect(appId).toMatch(/^[\w-]+(\.[\w-]+)+$/);
    expect(APP_USER_MODEL_ID).toBe(config.appId);
    await start({}, { platform: 'win32' });
    expect(fake.appUserModelId).toBe(config.appId);
    // Before ready, as Windows needs it before the first window or notification.
    const calls = fake.calls.map((c) => c.api);
    expect(calls.indexOf('app.setAppUserModelId')).toBeLessThan(calls.indexOf('BrowserWindow.constructor'));
    for (const os of ['linux', 'darwin'] as const) {
      resetFake();
      await start({}, { platform: os });
      expect(fake.appUserModelId, os).toBeUndefined();
    }
  });

  it('spell checks on macOS only, in the window and its session', async () => {
    await start({}, { platform: 'darwin' });
    expect(theWindow().options.webPreferences!.spellcheck).toBe(true);
    expect(fake.sessions.get('hearth')!.spellCheckerEnabled).toBe(true);
    for (const os of ['linux', 'win32'] as const) {
      resetFake();
      await start({}, { platform: os });
      expect(theWindow().options.webPreferences!.spellcheck, os).toBe(false);
      expect(fake.sessions.get('hearth')!.spellCheckerEnabled, os).toBe(false);
    }
  });

  it('sets an About panel with the name and version and no web address', async () => {
    await start({}, { platform: 'linux' });
    expect(fake.aboutPanelOptions).toMatchObject({ applicationName: 'Hearth', applicationVersion: '0.1.0' });
    expect(fake.aboutPanelOptions).not.toHaveProperty('website');
    expect(JSON.stringify(fake.aboutPanelOptions)).not.toMatch(/https?:/);
  });

  it("replaces Electron's default menu before the core starts", async () => {
    let menuBeforeCore: unknown;
    await start(undefined, {
      createCore: () => {
        menuBeforeCore = fake.applicationMenu;
        core = fakeCore();
        return core.core;
      },
    });
    expect((menuBeforeCore as FakeMenu | undefined)?.template).toBeDefined();
  });

  it('keeps vault items disabled until a vault opens, and again after it locks', async () => {
    await start();
    const win = theWindow();
    expect(menuItem('Search…').enabled).toBe(false);
    await unlock(win);
    expect(menuItem('Search…').enabled).toBe(true);
    expect(menuItem('Lock').enabled).toBe(true);
    for (const listener of core.lockListeners) listener();
    expect(menuItem('Search…').enabled).toBe(false);
  });

  it('a lock that comes while an unlock is answering wins', async () => {
    let finish: (value: Result<unknown>) => void = () => undefined;
    await start(undefined, {
      createDispatcher: () => ({ channels: methods.map((m) => m.channel), dispatch: () => new Promise<Result<unknown>>((resolve) => (finish = resolve)) }),
    });
    const answered = unlock(theWindow());
    for (const listener of core.lockListeners) listener();
    finish({ ok: true, value: {} });
    await answered;
    expect(menuItem('Search…').enabled).toBe(false);
  });

  it('a failed unlock leaves the menu locked', async () => {
    await start(undefined, {
      createDispatcher: () => ({ channels: methods.map((m) => m.channel), dispatch: async () => ({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'No.' } }) }),
    });
    await unlock(theWindow());
    expect(menuItem('Search…').enabled).toBe(false);
  });

  it("sends the menu's commands to Hearth's page, what needs a vault only while one is open", async () => {
    await start();
    const win = theWindow();
    // Locked: only the shortcuts help goes through (the disabled items could not be clicked anyway).
    clickMenu('Search…');
    clickMenu('Keyboard shortcuts');
    expect(win.webContents.sent).toEqual([[MENU_CHANNEL, 'shortcuts']]);
    await unlock(win);
    clickMenu('New entry');
    clickMenu('Search…');
    clickMenu('Settings…');
    expect(win.webContents.sent.slice(1)).toEqual([
      [MENU_CHANNEL, 'newEntry'],
      [MENU_CHANNEL, 'search'],
      [MENU_CHANNEL, 'settings'],
    ]);
    // Never to a page that is not Hearth's.
    win.webContents.mainFrame.url = 'https://example.org/';
    clickMenu('Search…');
    expect(win.webContents.sent).toHaveLength(4);
  });

  it('locks from the menu, and hides and locks', async () => {
    await start();
    const win = theWindow();
    await unlock(win);
    clickMenu('Lock');
    expect(core.locks).toBe(1);
    expect(win.webContents.reloads).toBe(1);
    expect(menuItem('Lock').enabled).toBe(false);
    win.show();
    clickMenu('Hide and lock');
    expect(win.shown).toBe(false);
    expect(core.locks).toBe(2);
  });

  it('shows the quick hide key the privacy settings choose', async () => {
    await start();
    await vi.waitFor(() => expect(menuItem('Hide and lock').accelerator).toBe(DEFAULT_PRIVACY.quickHideShortcut));
    for (const listener of core.privacyListeners) listener({ ...DEFAULT_PRIVACY, quickHideShortcut: 'CommandOrControl+Alt+F9' });
    expect(menuItem('Hide and lock').accelerator).toBe('CommandOrControl+Alt+F9');
  });

  it("zooms Hearth's page from the View menu", async () => {
    await start();
    const contents = theWindow().webContents;
    clickMenu('Zoom in');
    expect(contents.zoomLevel).toBe(0.5);
    clickMenu('Zoom out');
    clickMenu('Zoom out');
    expect(contents.zoomLevel).toBe(-0.5);
    clickMenu('Actual size');
    expect(contents.zoomLevel).toBe(0);
  });

  it('shows the right-click menu in a text field of the window', async () => {
    await start();
    const win = theWindow();
    const flags = { canUndo: false, canRedo: false, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false };
    win.webContents.emit('context-menu', new FakeEvent(), { isEditable: true, selectionText: '', editFlags: flags, misspelledWord: '', dictionarySuggestions: [] });
    expect(fake.popups).toHaveLength(1);
    expect(fake.popups[0]!.options).toEqual({ window: win });
  });
});

describe('the window remembers where it was', () => {
  let profile: string;
  beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'hearth-shell-window-'));
  });
  afterEach(() => rmSync(profile, { recursive: true, force: true }));

  const saveState = (state: unknown): void => writeFileSync(join(profile, WINDOW_STATE_FILE), JSON.stringify(state));
  const primary = (): { x: number; y: number; width: number; height: number } => fake.displays[0]!.workArea;

  it('opens centred on the primary display the first time, and writes its bounds when it closes', async () => {
    await start({ HEARTH_USER_DATA: profile });
    const win = theWindow();
    const area = primary();
    expect(win.options).toMatchObject({ width: 1100, height: 760, x: area.x + (area.width - 1100) / 2, y: area.y + Math.floor((area.height - 760) / 2) });
    win.normalBounds = { x: 200, y: 150, width: 1000, height: 700 };
    win.emit('close', new FakeEvent());
    expect(JSON.parse(readFileSync(join(profile, WINDOW_STATE_FILE), 'utf8'))).toEqual({ version: 1, bounds: { x: 200, y: 150, width: 1000, height: 700 }, maximized: false });
  });

  it('opens where it was, maximised if it was', async () => {
    saveState({ version: 1, bounds: { x: 200, y: 150, width: 1000, height: 700 }, maximized: true });
    await start({ HEARTH_USER_DATA: profile });
    const win = theWindow();
    expect(win.options).toMatchObject({ x: 200, y: 150, width: 1000, height: 700 });
    win.emit('ready-to-show');
    expect(win.maximized).toBe(true);
  });

  it('never opens off-screen: a screen that is gone means centred on the primary one', async () => {
    saveState({ version: 1, bounds: { x: 5000, y: 200, width: 1000, height: 700 }, maximized: false });
    fake.displays = [{ id: 7, bounds: { x: 0, y: 0, width: 1280, height: 800 }, workArea: { x: 0, y: 0, width: 1280, height: 760 } }];
    await start({ HEARTH_USER_DATA: profile });
    expect(theWindow().options).toMatchObject({ x: 90, y: 0, width: 1100, height: 760 });
  });

  it('shrinks a window larger than the screen to its work area', async () => {
    saveState({ version: 1, bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false });
    await start({ HEARTH_USER_DATA: profile });
    expect(theWindow().options).toMatchObject({ ...primary() });
  });

  it('ignores a corrupt file and opens centred', async () => {
    writeFileSync(join(profile, WINDOW_STATE_FILE), '{"version":1,"bounds":');
    await start({ HEARTH_USER_DATA: profile });
    expect(theWindow().options).toMatchObject({ width: 1100, height: 760 });
  });
});
