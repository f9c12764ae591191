/**
 * A stand-in for the `electron` module in the `shell` vitest project (vitest.config.ts aliases
 * `electron` to this file). It implements just what src/main and src/preload use and records every
 * call in `fake`, so tests can assert each hardening setting. `resetFake()` starts over.
 */

type Listener = (...args: never[]) => unknown;

export interface Call {
  api: string;
  args: unknown[];
}

class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  /** Call every listener of `event` with `args`; returns how many there were. */
  emit(event: string, ...args: unknown[]): number {
    const list = this.listeners.get(event) ?? [];
    for (const listener of list) (listener as (...a: unknown[]) => unknown)(...args);
    return list.length;
  }
}

/** An event object like Electron's: records preventDefault. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextId = 1;

export class FakeFrame {
  readonly processId: number;
  readonly routingId: number;
  constructor(
    public url: string,
    readonly parent: FakeFrame | null = null,
  ) {
    this.processId = 1;
    this.routingId = nextId++;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends Emitter {
  readonly mainFrame = new FakeFrame('');
  windowOpenHandler: WindowOpenHandler | undefined;
  reloads = 0;
  loaded: string[] = [];
  webRtcPolicy: string | undefined;
  devToolsOpened = 0;
  zoomLevel = 0;
  /** What `send` pushed to the page, in order. */
  sent: [channel: string, ...args: unknown[]][] = [];
  replacedMisspellings: string[] = [];
  readonly session = {
    learnedWords: [] as string[],
    addWordToSpellCheckerDictionary(word: string): boolean {
      this.learnedWords.push(word);
      return true;
    },
  };

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  getZoomLevel(): number {
    return this.zoomLevel;
  }
  setZoomLevel(level: number): void {
    this.zoomLevel = level;
  }
  replaceMisspelling(text: string): void {
    this.replacedMisspellings.push(text);
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  setWebRTCIPHandlingPolicy(policy: string): void {
    this.webRtcPolicy = policy;
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.mainFrame.url = url;
    return Promise.resolve();
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  reload(): void {
    this.reloads += 1;
  }
  openDevTools(): void {
    this.devToolsOpened += 1;
  }
  toggleDevTools(): void {
    this.devToolsOpened += 1;
  }
}

export class BrowserWindow extends Emitter {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  title: string;
  contentProtection = false;
  shown = false;
  focused = 0;
  minimized = false;
  maximized = false;
  destroyed = false;
  /** What getNormalBounds answers: the options' bounds until a test moves the window. */
  normalBounds: { x: number; y: number; width: number; height: number };

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    this.title = typeof options.title === 'string' ? options.title : '';
    const n = (value: unknown, otherwise: number): number => (typeof value === 'number' ? value : otherwise);
    this.normalBounds = { x: n(options.x, 0), y: n(options.y, 0), width: n(options.width, 800), height: n(options.height, 600) };
    BrowserWindow.instances.push(this);
    record('BrowserWindow.constructor', options);
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((win) => !win.destroyed);
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  setContentProtection(enable: boolean): void {
    this.contentProtection = enable;
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.shown = true;
  }
  hide(): void {
    this.shown = false;
    record('BrowserWindow.hide');
  }
  focus(): void {
    this.focused += 1;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  maximize(): void {
    this.maximized = true;
    this.shown = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.normalBounds };
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Test helper: what a page's `document.title = ...` would trigger. */
  pageSetsTitle(title: string): void {
    const event = new FakeEvent();
    this.emit('page-title-updated', event, title);
    if (!event.defaultPrevented) this.title = title;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession extends Emitter {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | undefined;
  permissionCheckHandler: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | undefined;
  devicePermissionHandler: ((details: unknown) => boolean) | undefined;
  displayMediaRequestHandler: ((request: unknown, callback: (streams: unknown) => void) => void) | undefined;
  spellCheckerEnabled = true;
  dictionaryDownloadUrl: string | undefined;
  beforeRequest: BeforeRequest | undefined;
  readonly protocolHandlers = new Map<string, ProtocolHandler>();

  constructor(
    readonly partition: string,
    readonly options: Record<string, unknown> = {},
  ) {
    super();
  }

  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequest): void => {
      this.beforeRequest = listener;
    },
  };
  readonly protocol = {
    handle: (scheme: string, handler: ProtocolHandler): void => {
      this.protocolHandlers.set(scheme, handler);
    },
  };

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: FakeSession['displayMediaRequestHandler']): void {
    this.displayMediaRequestHandler = handler;
  }
  setSpellCheckerEnabled(enable: boolean): void {
    this.spellCheckerEnabled = enable;
  }
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.dictionaryDownloadUrl = url;
  }

  /** Test helper: what the request filter answers for `url` (true = cancelled). */
  isCancelled(url: string): boolean {
    let cancelled: boolean | undefined;
    this.beforeRequest?.({ url }, (response) => {
      cancelled = response.cancel === true;
    });
    if (cancelled === undefined) throw new Error('The request filter did not answer.');
    return cancelled;
  }
}

type Handle = (event: unknown, ...args: unknown[]) => unknown;

export interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

function createState() {
  return {
    calls: [] as Call[],
    switches: [] as [string, string | undefined][],
    paths: new Map<string, string>([
      ['userData', '/fake/userData'],
      ['documents', '/fake/documents'],
    ]),
    singleInstanceLock: true,
    /** What app.getPreferredSystemLanguages() answers: the system's languages, in the person's order. */
    systemLanguages: ['en-GB'] as string[],
    quits: 0,
    privilegedSchemes: [] as unknown[],
    globalProtocolHandlers: new Map<string, ProtocolHandler>(),
    sessions: new Map<string, FakeSession>(),
    ipcHandlers: new Map<string, Handle>(),
    applicationMenu: undefined as unknown,
    /** Context menus shown with popup(). */
    popups: [] as { template: unknown[]; options: unknown }[],
    /** What screen.getAllDisplays() answers; the first is the primary display unless `primaryDisplay` says otherwise. */
    displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 25, width: 1920, height: 1055 } }] as FakeDisplay[],
    primaryDisplay: 0,
    appUserModelId: undefined as string | undefined,
    aboutPanelOptions: undefined as Record<string, unknown> | undefined,
    rendererListeners: new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>(),
    exposed: new Map<string, unknown>(),
    invoke: (async () => ({ ok: true, value: undefined })) as (channel: string, ...args: unknown[]) => Promise<unknown>,
    openDialogAnswer: { canceled: true, filePaths: [] as string[] },
    saveDialogAnswer: { canceled: true, filePath: '' },
    crashReporterStarted: 0,
    idleSeconds: 0,
    clipboard: '',
    autoUpdaterCalls: 0,
  };
}

export const fake = createState();

function record(api: string, ...args: unknown[]): void {
  fake.calls.push({ api, args });
}

class FakeApp extends Emitter {
  readonly commandLine = {
    appendSwitch: (name: string, value?: string): void => {
      record('app.commandLine.appendSwitch', name, value);
      fake.switches.push([name, value]);
    },
  };
  requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock');
    return fake.singleInstanceLock;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  isReady(): boolean {
    return true;
  }
  getPreferredSystemLanguages(): string[] {
    return [...fake.systemLanguages];
  }
  getPath(name: string): string {
    const path = fake.paths.get(name);
    if (!path) throw new Error(`Fake app has no path ${name}`);
    return path;
  }
  setPath(name: string, path: string): void {
    record('app.setPath', name, path);
    fake.paths.set(name, path);
  }
  getAppPath(): string {
    return '/fake/app';
  }
  getVersion(): string {
    return '0.1.0';
  }
  setAppUserModelId(id: string): void {
    record('app.setAppUserModelId', id);
    fake.appUserModelId = id;
  }
  setAboutPanelOptions(options: Record<string, unknown>): void {
    record('app.setAboutPanelOptions', options);
    fake.aboutPanelOptions = options;
  }
  showAboutPanel(): void {
    record('app.showAboutPanel');
  }
  addRecentDocument(path: string): void {
    record('app.addRecentDocument', path);
  }
  quit(): void {
    record('app.quit');
    fake.quits += 1;
  }
  exit(code?: number): void {
    record('app.exit', code);
  }
}

export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    record('protocol.registerSchemesAsPrivileged', schemes);
    fake.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    record('protocol.handle', scheme);
    fake.globalProtocolHandlers.set(scheme, handler);
  },
};

export const session = {
  fromPartition(partition: string, options?: Record<string, unknown>): FakeSession {
    record('session.fromPartition', partition, options);
    let ses = fake.sessions.get(partition);
    if (!ses) {
      ses = new FakeSession(partition, options);
      fake.sessions.set(partition, ses);
    }
    return ses;
  },
  get defaultSession(): FakeSession {
    return session.fromPartition('');
  },
};

export const ipcMain = {
  handle(channel: string, handler: Handle): void {
    if (fake.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record('ipcMain.handle', channel);
    fake.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    fake.ipcHandlers.delete(channel);
  },
  on(channel: string): void {
    record('ipcMain.on', channel);
  },
};

export const dialog = {
  showOpenDialog(...args: unknown[]): Promise<typeof fake.openDialogAnswer> {
    record('dialog.showOpenDialog', ...args);
    return Promise.resolve(fake.openDialogAnswer);
  },
  showSaveDialog(...args: unknown[]): Promise<typeof fake.saveDialogAnswer> {
    record('dialog.showSaveDialog', ...args);
    return Promise.resolve(fake.saveDialogAnswer);
  },
  showErrorBox(title: string, content: string): void {
    record('dialog.showErrorBox', title, content);
  },
};

export interface FakeMenu {
  template: unknown[];
  popup(options?: unknown): void;
}

export const Menu = {
  buildFromTemplate(template: unknown[]): FakeMenu {
    return {
      template,
      popup(options?: unknown): void {
        record('Menu.popup', options);
        fake.popups.push({ template, options });
      },
    };
  },
  setApplicationMenu(menu: unknown): void {
    record('Menu.setApplicationMenu', menu);
    fake.applicationMenu = menu;
  },
};

export const nativeTheme = { shouldUseDarkColors: false };

export const screen = {
  getAllDisplays(): FakeDisplay[] {
    return fake.displays;
  },
  getPrimaryDisplay(): FakeDisplay {
    const display = fake.displays[fake.primaryDisplay];
    if (!display) throw new Error('The fake screen has no primary display.');
    return display;
  },
};

class FakePowerMonitor extends Emitter {
  getSystemIdleTime(): number {
    return fake.idleSeconds;
  }
}
export const powerMonitor = new FakePowerMonitor();

export class Notification {
  static isSupported(): boolean {
    return true;
  }
  constructor(readonly options: { title: string; body: string }) {}
  show(): void {
    record('Notification.show', this.options);
  }
}

export const clipboard = {
  async readText(): Promise<string> {
    return fake.clipboard;
  },
  clear(): void {
    record('clipboard.clear');
    fake.clipboard = '';
  },
};

export const crashReporter = {
  start(...args: unknown[]): void {
    record('crashReporter.start', ...args);
    fake.crashReporterStarted += 1;
  },
};

export const autoUpdater = {
  setFeedURL(...args: unknown[]): void {
    record('autoUpdater.setFeedURL', ...args);
    fake.autoUpdaterCalls += 1;
  },
  checkForUpdates(): void {
    record('autoUpdater.checkForUpdates');
    fake.autoUpdaterCalls += 1;
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    record('contextBridge.exposeInMainWorld', key);
    fake.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    record('ipcRenderer.invoke', channel, ...args);
    return fake.invoke(channel, ...args);
  },
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void {
    record('ipcRenderer.on', channel);
    fake.rendererListeners.set(channel, [...(fake.rendererListeners.get(channel) ?? []), listener]);
  },
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void {
    fake.rendererListeners.set(
      channel,
      (fake.rendererListeners.get(channel) ?? []).filter((l) => l !== listener),
    );
  },
};

/** Test helper: what the main process's `webContents.send(channel, ...args)` delivers to the preload. */
export function sendToRenderer(channel: string, ...args: unknown[]): number {
  const listeners = fake.rendererListeners.get(channel) ?? [];
  for (const listener of listeners) listener({ sender: 'ipcRenderer' }, ...args);
  return listeners.length;
}

/** Forget every recorded call, window, session and handler. */
export function resetFake(): void {
  Object.assign(fake, createState());
  BrowserWindow.instances.length = 0;
  app.listeners.clear();
  powerMonitor.listeners.clear();
  nativeTheme.shouldUseDarkColors = false;
}

/** Test helper: an IPC event as Electron would build it for a call from `frame` of `sender`. */
export function ipcEvent(sender: FakeWebContents | null, frame: FakeFrame | null): unknown {
  return { sender, senderFrame: frame };
}

export default {
  app,
  autoUpdater,
  BrowserWindow,
  clipboard,
  contextBridge,
  crashReporter,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  nativeTheme,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
};
