import { BrowserWindow, nativeTheme, type Session, type WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from './origin';
import { DEFAULT_SIZE, MIN_SIZE, type Rect } from './window-state';

export const WINDOW_TITLE = 'Hearth';

/** The page background before the renderer paints, so opening Hearth never flashes white. */
export const BACKGROUND = { light: '#faf8f5', dark: '#1c1a18' } as const;

export interface WindowOptions {
  session: Session;
  /** out/preload/index.cjs */
  preloadPath: string;
  /** The electron-vite dev server (development only); otherwise `app://hearth/index.html` loads. */
  devUrl?: string | undefined;
  /** Devtools exist only in a development build with HEARTH_DEVTOOLS=1; they never open by themselves. */
  devtools: boolean;
  /** Keep the window out of screenshots and screen sharing (on by default). */
  contentProtection?: boolean;
  /** Where the window opens (window-state.ts `placeWindow`); by default centred at the default size. */
  bounds?: Rect;
  /** Open maximised, as it was when it last closed. */
  maximized?: boolean;
  /** Spell checking is on only on macOS, where the system's checker needs no dictionary downloaded. */
  platform?: NodeJS.Platform;
}

/** Refuse every navigation, redirect, popup and webview that is not the app itself. */
export function guardNavigation(contents: WebContents, devUrl?: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, devUrl)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayHome(event, event.url));
  contents.on('will-frame-navigate', (event) => stayHome(event, event.url));
  contents.on('will-redirect', (event) => stayHome(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    ...(options.bounds ?? { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, center: true }),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    // Windows and Linux show the menu bar, so every shortcut in it can be found.
    autoHideMenuBar: false,
    webPreferences: {
      session: options.session,
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // macOS's own checker, which downloads nothing; Windows and Linux would need a dictionary, so none there.
      spellcheck: (options.platform ?? process.platform) === 'darwin',
      devTools: options.devtools,
      navigateOnDragDrop: false,
      // Middle-click (auxclick) could open links in new windows; the page has no use for it.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      experimentalFeatures: false,
      enableWebSQL: false,
      // No V8 code cache on disk.
      v8CacheOptions: 'none',
    },
  });

  // A title set by the page (e.g. an entry's name) would show in the taskbar of a shared computer.
  win.setTitle(WINDOW_TITLE);
  win.on('page-title-updated', (event) => event.preventDefault());
  win.setContentProtection(options.contentProtection ?? true);
  win.once('ready-to-show', () => {
    if (options.maximized) win.maximize();
    win.show();
  });

  const contents = win.webContents;
  guardNavigation(contents, options.devUrl);
  // No WebRTC candidate may reveal the machine's addresses (CSP already forbids connections).
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');

  if (options.devtools) {
    // Development only: F12 or Ctrl/Cmd+Shift+I opens devtools on request; nothing opens them otherwise.
    contents.on('before-input-event', (event, input) => {
      const key = input.key.toLowerCase();
      if (input.type === 'keyDown' && (key === 'f12' || ((input.control || input.meta) && input.shift && key === 'i'))) {
        event.preventDefault();
        contents.toggleDevTools();
      }
    });
  }

  contents.loadURL(options.devUrl ?? APP_ENTRY_URL).catch(() => {
    console.error('Hearth could not load its window.');
  });
  return win;
}
