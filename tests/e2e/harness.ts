import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { createCore, createDispatcher, type Core, type Dispatcher, type Platform } from '../../src/main/core';
import type { KdfParams } from '../../src/main/core';
import { methods } from '../../src/shared/contract';

export { expect };

export const ORIGIN = 'http://hearth.test';
const RENDERER = resolve('out/renderer');
const SCREENS = resolve('test-results/screens');
/** Small Argon2id parameters so the suite stays quick; the core tests cover the real ones. */
const TEST_KDF: KdfParams = { m: 1024, t: 1, p: 1 };

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

function fakePlatform(): FakePlatform {
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

export interface Hearth {
  page: Page;
  core: Core;
  dataDir: string;
  platform: FakePlatform;
  /** Hold every call on `channel` until the returned function is called (to see a "working…" state). */
  hold(channel: string): () => void;
  /** Save test-results/screens/<name>.png and fail on any serious or critical axe finding. */
  screen(name: string): Promise<void>;
  /** The core's clock: raise `laterMs` to act as if that much time has passed (reflections.spec.ts). */
  clock: { laterMs: number };
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

export const test = base.extend<{ hearth: Hearth; prepareDataDir: (dataDir: string) => Promise<void> }>({
  /** Runs before the core starts: a spec may fill the data folder first (e.g. a generated 50,000-entry vault). */
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a pattern for a fixture's first argument
  prepareDataDir: [async ({}, use) => use(async () => undefined), { option: true }],
  hearth: async ({ page, prepareDataDir }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
    await prepareDataDir(dataDir);
    const platform = fakePlatform();
    const clock = { laterMs: 0, now: () => new Date(Date.now() + clock.laterMs) };
    // Auto-lock looks at the idle time every 100 ms here instead of every 5 s.
    const core = createCore({ dataDir, platform, kdf: TEST_KDF, clock, idleCheckMs: 100 });
    const dispatcher: Dispatcher = createDispatcher(core);
    const holds = new Map<string, Promise<void>>();
    const requests: string[] = [];

    page.on('request', (request) => requests.push(request.url()));
    // Surface renderer errors in the test output.
    page.on('pageerror', (error) => console.error(`[renderer] ${error.message}`));

    await page.exposeBinding('__hearthInvoke', async (_source, channel: string, arg: unknown) => {
      await holds.get(channel);
      return dispatcher.dispatch(channel, arg === undefined ? [] : [arg]);
    });
    await page.addInitScript(
      installBridge,
      methods.map(({ area, name, channel }) => ({ area, name, channel })),
    );

    // Chromium will not load module scripts from file://, so the built files are served from disk here.
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname);
      const file = normalize(join(RENDERER, path));
      if (!file.startsWith(RENDERER + sep)) return route.fulfill({ status: 404 });
      try {
        const body = await readFile(file);
        return route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' } });
      } catch {
        return route.fulfill({ status: 404 });
      }
    });

    // As the Electron shell does: after a lock the window reloads, so no decrypted text stays in memory.
    const unsubscribe = core.onLock(() => {
      void page.reload().catch(() => {});
    });

    await page.goto(`${ORIGIN}/index.html`);

    const hearth: Hearth = {
      page,
      core,
      dataDir,
      platform,
      clock,
      hold(channel) {
        let release!: () => void;
        holds.set(channel, new Promise<void>((done) => (release = done)));
        return () => {
          holds.delete(channel);
          release();
        };
      },
      async screen(name) {
        await mkdir(SCREENS, { recursive: true });
        // Fonts must be in, and transitions (e.g. after a theme switch) over, before a picture is worth anything.
        await page.evaluate(async () => {
          await document.fonts.ready;
          const finite = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
          await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
        });
        await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `axe on ${name}`,
        ).toEqual([]);
      },
    };

    await use(hearth);

    unsubscribe();
    await core.close().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });

    const outside = requests.filter((url) => !url.startsWith(`${ORIGIN}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(outside, `requests outside ${ORIGIN} in "${testInfo.title}"`).toEqual([]);
  },
});

/** Read the first bytes of a file the core wrote. */
export function head(path: string, bytes = 8): string {
  return readFileSync(path).subarray(0, bytes).toString('latin1');
}
