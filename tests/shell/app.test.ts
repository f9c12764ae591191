import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { methods } from '../../src/shared/contract';
import type { Result } from '../../src/shared/errors';
import { DEFAULT_PRIVACY } from '../../src/shared/privacy';
import { startHearth, type ShellCore, type ShellCoreOptions, type StartOptions } from '../../src/main/app';
import type { Dispatcher } from '../../src/core/dispatcher';
import { app, BrowserWindow, FakeEvent, FakeWebContents, fake, ipcEvent, resetFake } from './fake-electron';

interface FakeCore {
  options: ShellCoreOptions | undefined;
  lockListeners: Set<() => void>;
  locks: number;
  closes: number;
  core: ShellCore;
}

function fakeCore(): FakeCore {
  const state: FakeCore = { options: undefined, lockListeners: new Set(), locks: 0, closes: 0, core: undefined as unknown as ShellCore };
  state.core = {
    onLock(listener: () => void) {
      state.lockListeners.add(listener);
      return () => state.lockListeners.delete(listener);
    },
    close() {
      state.closes += 1;
    },
    onPrivacyChange: () => () => undefined,
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

  it('removes the menu on Linux and Windows; on macOS keeps only app, Edit and Window roles', async () => {
    await start();
    expect(fake.applicationMenu).toBeNull();
    resetFake();
    await start({}, { platform: 'darwin' });
    const menu = fake.applicationMenu as { template: { submenu: { role?: string }[] }[] };
    const roles = menu.template.flatMap((item) => item.submenu.map((entry) => entry.role).filter(Boolean));
    expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo', 'redo', 'quit']));
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
