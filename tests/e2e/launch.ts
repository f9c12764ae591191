/**
 * Hearth in Chromium without Electron: the built renderer (out/renderer) served from disk, its window.hearth
 * wired to a real core on `dataDir` through page.exposeBinding, as the preload wires it to the main process.
 * The end-to-end fixture (harness.ts) uses it on Playwright's page; the benchmark (bench/renderer.ts) uses it
 * outside the test runner, where it launches Chromium itself.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type LaunchOptions, type Page } from '@playwright/test';
import { createCore, createDispatcher, type Core, type Dispatcher, type KdfParams, type Platform } from '../../src/core';
import { methods } from '../../src/shared/contract';

export const ORIGIN = 'http://hearth.test';
/** The built renderer (`npm run build`). */
export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
/** Small Argon2id parameters for new key slots, so the suite stays quick; the core tests cover the real ones. */
export const TEST_KDF: KdfParams = { m: 1024, t: 1, p: 1 };

/** The Chromium the end-to-end project uses (playwright.config.ts): Debian's when present; CHROMIUM_PATH overrides. */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/** The same flags as the end-to-end project in playwright.config.ts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const VIEWPORT = { width: 1200, height: 800 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** The desktop dialogs, answered by the test: set the folder or save path the "user" picks. */
export interface FakePlatform extends Platform {
  nextFolder: string | null;
  nextSavePath: string | null;
  nextOpenFile: string | null;
  /** Seconds since the last input on the "system": set it to make auto-lock fire. */
  idle: number;
}

export function fakePlatform(): FakePlatform {
  return {
    nextFolder: null,
    nextSavePath: null,
    nextOpenFile: null,
    idle: 0,
    idleSeconds() {
      return this.idle;
    },
    async chooseFolder() {
      return this.nextFolder;
    },
    async chooseSavePath() {
      return this.nextSavePath;
    },
    async chooseOpenFile() {
      return this.nextOpenFile;
    },
  };
}

export interface LaunchHearthOptions {
  /** The app's data folder the core opens (it may already hold vaults, e.g. a generated one). */
  dataDir: string;
  /** A page to use (the Playwright fixture's); without one, Chromium is launched and a page opened. */
  page?: Page;
  /** For a launched Chromium: headless unless false; any further launch options. */
  launch?: LaunchOptions;
  /** Argon2id parameters for new key slots (TEST_KDF unless given; unlocking uses each slot's own). */
  kdf?: KdfParams | 'calibrate';
  /** How often auto-lock looks at the idle time (100 ms unless given, so a test can make it fire quickly). */
  idleCheckMs?: number;
  /** The built renderer to serve (RENDERER_DIR unless given). */
  rendererDir?: string;
  /** Print renderer errors (pageerror) to stderr; default true. */
  logErrors?: boolean;
}

export interface LaunchedHearth {
  page: Page;
  core: Core;
  dataDir: string;
  platform: FakePlatform;
  /** The core's clock: raise `laterMs` to act as if that much time has passed. */
  clock: { laterMs: number; now(): Date };
  /** Every URL the page requested (the fixture checks none leaves ORIGIN). */
  requests: string[];
  /** Hold every call on `channel` until the returned function is called (to see a "working…" state). */
  hold(channel: string): () => void;
  /** Stop reloading on lock, close the core, and close Chromium if this launched it. The data folder stays. */
  close(): Promise<void>;
}

/** The renderer's side of the bridge, built the way the preload builds it: one function per contract method. */
function installBridge(entries: { area: string; name: string; channel: string }[]): void {
  const invoke = (window as unknown as { __hearthInvoke: (channel: string, arg: unknown) => Promise<unknown> }).__hearthInvoke;
  const hearth: Record<string, Record<string, (arg?: unknown) => Promise<unknown>>> = {};
  for (const { area, name, channel } of entries) {
    (hearth[area] ??= {})[name] = (arg?: unknown) => invoke(channel, arg);
  }
  Object.defineProperty(window, 'hearth', { value: Object.freeze(hearth), configurable: false, writable: false });
}

/** Start a core on `dataDir`, wire a page's window.hearth to it and open the renderer's first screen. */
export async function launchHearth(options: LaunchHearthOptions): Promise<LaunchedHearth> {
  const { dataDir } = options;
  const rendererDir = options.rendererDir ?? RENDERER_DIR;
  let browser: Browser | null = null;
  let page = options.page;
  if (!page) {
    const executablePath = chromiumPath();
    browser = await chromium.launch({ headless: true, ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS, ...options.launch });
    page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  }
  const platform = fakePlatform();
  const clock = { laterMs: 0, now: () => new Date(Date.now() + clock.laterMs) };
  // Auto-lock looks at the idle time every 100 ms here instead of every 5 s.
  const core = createCore({ dataDir, platform, kdf: options.kdf ?? TEST_KDF, clock, idleCheckMs: options.idleCheckMs ?? 100 });
  let unsubscribe = () => {};
  try {
    const dispatcher: Dispatcher = createDispatcher(core);
    const holds = new Map<string, Promise<void>>();
    const requests: string[] = [];

    page.on('request', (request) => requests.push(request.url()));
    // Surface renderer errors in the output.
    if (options.logErrors ?? true) page.on('pageerror', (error) => console.error(`[renderer] ${error.message}`));

    await page.exposeBinding('__hearthInvoke', async (_source, channel: string, arg: unknown) => {
      await holds.get(channel);
      return dispatcher.dispatch(channel, arg === undefined ? [] : [arg]);
    });
    // Run through tsx (the benchmark), functions carry esbuild's `__name(…)` calls; the page needs the helper too.
    if (installBridge.toString().includes('__name(')) await page.addInitScript('globalThis.__name ??= (f) => f;');
    await page.addInitScript(
      installBridge,
      methods.map(({ area, name, channel }) => ({ area, name, channel })),
    );

    // Chromium will not load module scripts from file://, so the built files are served from disk here.
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname);
      const file = normalize(join(rendererDir, path));
      if (!file.startsWith(rendererDir + sep)) return route.fulfill({ status: 404 });
      try {
        const body = await readFile(file);
        return route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' } });
      } catch {
        return route.fulfill({ status: 404 });
      }
    });

    // As the Electron shell does: after a lock the window reloads, so no decrypted text stays in memory.
    const reloading = page;
    unsubscribe = core.onLock(() => {
      void reloading.reload().catch(() => {});
    });

    await page.goto(`${ORIGIN}/index.html`);

    return {
      page,
      core,
      dataDir,
      platform,
      clock,
      requests,
      hold(channel) {
        let release!: () => void;
        holds.set(channel, new Promise<void>((done) => (release = done)));
        return () => {
          holds.delete(channel);
          release();
        };
      },
      async close() {
        unsubscribe();
        await core.close().catch(() => {});
        await browser?.close().catch(() => {});
      },
    };
  } catch (error) {
    unsubscribe();
    await core.close().catch(() => {});
    await browser?.close().catch(() => {});
    throw error;
  }
}
