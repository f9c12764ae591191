import type { Session } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../src/main/origin';
import { BACKGROUND, createWindow, type WindowOptions } from '../../src/main/window';
import type { BrowserWindow } from './fake-electron';
import { FakeEvent, FakeSession, nativeTheme, resetFake } from './fake-electron';

const session = new FakeSession('hearth') as unknown as Session;

type OpenOptions = { devUrl?: string; devtools?: boolean } & Partial<Pick<WindowOptions, 'platform' | 'bounds' | 'maximized'>>;

function open(options: OpenOptions = {}): BrowserWindow {
  const { devtools = false, ...rest } = options;
  return createWindow({ session, preloadPath: '/app/out/preload/index.cjs', devtools, ...rest }) as unknown as BrowserWindow;
}

beforeEach(() => resetFake());

describe('createWindow', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = open().options.webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      preload: '/app/out/preload/index.cjs',
      session,
    });
  });

  it('spell checks on macOS only (the system checker, nothing downloaded); never on Windows or Linux', () => {
    expect(open({ platform: 'darwin' }).options.webPreferences!.spellcheck).toBe(true);
    expect(open({ platform: 'win32' }).options.webPreferences!.spellcheck).toBe(false);
    expect(open({ platform: 'linux' }).options.webPreferences!.spellcheck).toBe(false);
  });

  it('opens at the given bounds (or centred at the default size), maximised before it shows if it was', () => {
    expect(open().options).toMatchObject({ width: 1100, height: 760, center: true, minWidth: 720, minHeight: 520 });
    const placed = open({ bounds: { x: 40, y: 50, width: 900, height: 640 }, maximized: true });
    expect(placed.options).toMatchObject({ x: 40, y: 50, width: 900, height: 640 });
    expect(placed.options.center).toBeUndefined();
    expect(placed.maximized).toBe(false);
    placed.emit('ready-to-show');
    expect(placed.maximized).toBe(true);
    expect(placed.shown).toBe(true);
  });

  it('shows the menu bar on Windows and Linux, so its shortcuts can be found', () => {
    expect(open().options.autoHideMenuBar).toBe(false);
  });

  it('has no devtools in production and never opens them by itself', () => {
    const win = open();
    expect(win.options.webPreferences!.devTools).toBe(false);
    const dev = open({ devtools: true });
    expect(dev.options.webPreferences!.devTools).toBe(true);
    expect(dev.webContents.devToolsOpened).toBe(0);
  });

  it('opens devtools on F12 only when they are allowed', () => {
    const keyDown = { type: 'keyDown', key: 'F12', control: false, meta: false, shift: false };
    const production = open().webContents;
    expect(production.emit('before-input-event', new FakeEvent(), keyDown)).toBe(0);
    expect(production.devToolsOpened).toBe(0);
    const dev = open({ devtools: true }).webContents;
    dev.emit('before-input-event', new FakeEvent(), { ...keyDown, key: 'a' });
    expect(dev.devToolsOpened).toBe(0);
    dev.emit('before-input-event', new FakeEvent(), keyDown);
    expect(dev.devToolsOpened).toBe(1);
  });

  it('is always titled "Hearth": page titles are ignored', () => {
    const win = open();
    expect(win.options.title).toBe('Hearth');
    expect(win.getTitle()).toBe('Hearth');
    win.pageSetsTitle('Our anniversary — private');
    expect(win.getTitle()).toBe('Hearth');
  });

  it('keeps the window out of screenshots by default', () => {
    expect(open().contentProtection).toBe(true);
  });

  it('paints the theme colour before the page loads, and waits to show', () => {
    expect(open().options).toMatchObject({ backgroundColor: BACKGROUND.light, show: false });
    nativeTheme.shouldUseDarkColors = true;
    const dark = open();
    expect(dark.options.backgroundColor).toBe(BACKGROUND.dark);
    dark.emit('ready-to-show');
    expect(dark.shown).toBe(true);
  });

  it('loads the built renderer over app://, or the dev server in development', () => {
    expect(open().webContents.loaded).toEqual([APP_ENTRY_URL]);
    expect(APP_ENTRY_URL).toBe('app://hearth/index.html');
    expect(open({ devUrl: 'http://localhost:5173/' }).webContents.loaded).toEqual(['http://localhost:5173/']);
  });

  it('denies new windows', () => {
    const contents = open().webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays on the app, refuses everything else', (eventName) => {
    const contents = open().webContents;
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://other/', 'http://localhost:5173/', 'javascript:alert(1)']) {
      const event = new FakeEvent(url);
      contents.emit(eventName, event);
      expect(event.defaultPrevented, url).toBe(true);
    }
    const home = new FakeEvent('app://hearth/index.html#/timeline');
    contents.emit(eventName, home);
    expect(home.defaultPrevented).toBe(false);
  });

  it('allows the dev server origin for navigation only in development', () => {
    const contents = open({ devUrl: 'http://localhost:5173/' }).webContents;
    const dev = new FakeEvent('http://localhost:5173/');
    contents.emit('will-navigate', dev);
    expect(dev.defaultPrevented).toBe(false);
    const other = new FakeEvent('http://localhost:8080/');
    contents.emit('will-navigate', other);
    expect(other.defaultPrevented).toBe(true);
  });

  it('refuses webviews and WebRTC address leaks', () => {
    const contents = open().webContents;
    const event = new FakeEvent();
    expect(contents.emit('will-attach-webview', event, {}, {})).toBe(1);
    expect(event.defaultPrevented).toBe(true);
    expect(contents.webRtcPolicy).toBe('disable_non_proxied_udp');
  });
});
