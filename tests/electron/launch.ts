/**
 * How the Electron tier starts the real Hearth. Two targets, chosen by the environment:
 *
 * - **development** (the default): node_modules/electron's binary running this checkout (`electron <project>`,
 *   so package.json's `main`, out/main/index.js, and its productName "Hearth"). out/ is the production build of
 *   `npm run build`: it ignores HEARTH_USER_DATA, HEARTH_DEVTOOLS and ELECTRON_RENDERER_URL. Playwright's
 *   `_electron.launch` attaches to the main process through the Node inspector (`--inspect=0`), so a test can also
 *   reach into the main process (`main.evaluate`), e.g. to answer a save dialog.
 *
 * - **packed**: the executable electron-builder made, given as HEARTH_APP_EXECUTABLE (dist/linux-unpacked/hearth,
 *   dist/win-unpacked/Hearth.exe, dist/mac-arm64/Hearth.app/Contents/MacOS/Hearth, …). Its fuses are flipped after
 *   packing, and with EnableNodeCliInspectArguments off Electron refuses `--inspect`, so `_electron.launch` cannot
 *   attach to it (Playwright documents this). The packed app is started here as a plain process with Chromium's
 *   `--remote-debugging-port=0` instead: that is the renderer's DevTools protocol, which no fuse covers and which
 *   reaches the page only (the same connection Playwright's Electron support uses for pages), never Node or the main
 *   process. So against the packed app a test drives the real window as a person would, but cannot stub a dialog;
 *   `main` is null there and the few steps that need it say so when they skip.
 *
 * Either way Hearth gets a throwaway profile (see newProfile) and the Chromium sandbox stays on: this tier never
 * passes `--no-sandbox` (Playwright adds it on Linux unless `chromiumSandbox: true`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, chromium, type Browser, type ElectronApplication, type Page } from '@playwright/test';

/** No trailing separator: on Windows Playwright quotes each argument, and a final backslash would escape the quote. */
export const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const MAIN = join(PROJECT, 'out', 'main', 'index.js');

export type Target =
  | { kind: 'development'; executable: string; describe: string }
  | { kind: 'packed'; executable: string; describe: string };

/** The Electron binary npm installed (node_modules/electron/path.txt + dist/), without require('electron'), which would try to download it. */
function developmentElectron(): string | null {
  const dir = join(PROJECT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? path : null;
}

/**
 * What this run launches, or why it launches nothing. A HEARTH_APP_EXECUTABLE that names no file is an error (a CI
 * step pointing at the wrong place must fail, not skip); a machine without an Electron binary is a skip.
 */
export function chooseTarget(): Target | { skip: string } {
  const packed = process.env.HEARTH_APP_EXECUTABLE;
  let chosen: Target;
  if (packed) {
    const executable = isAbsolute(packed) ? packed : resolve(PROJECT, packed);
    if (!existsSync(executable)) throw new Error(`HEARTH_APP_EXECUTABLE names no file: ${executable}`);
    chosen = { kind: 'packed', executable, describe: `the packed app ${executable}` };
  } else {
    const executable = developmentElectron();
    if (!executable) {
      return { skip: 'no Electron binary on this machine (node_modules/electron/dist is missing; `node node_modules/electron/install.js` downloads it where the network allows)' };
    }
    chosen = { kind: 'development', executable, describe: `node_modules/electron with out/ (${executable})` };
  }
  // Chromium's sandbox refuses to start as root (it needs a user namespace or the setuid helper), and this tier
  // never turns the sandbox off, so as root there is nothing honest to launch.
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    return { skip: "running as root, where Chromium's sandbox cannot start, and this tier never launches Hearth with --no-sandbox" };
  }
  return chosen;
}

export const target = chooseTarget();
/** Skip the calling describe block, with the reason printed once per file (Playwright's own skip list hides it). */
export function skipWithoutTarget(testSkip: (condition: boolean, reason: string) => void, file: string): void {
  if ('skip' in target) {
    console.log(`Electron tier (${file}) skipped: ${target.skip}`);
    testSkip(true, target.skip);
  }
}

export interface Profile {
  /** Everything this launch may write outside the test's own temp files. */
  root: string;
  /** Electron's userData: the app's data folder, holding vaults/<id>/ */
  userData: string;
  env: Record<string, string>;
  /** Chromium switches that put the profile in place. */
  args: string[];
  remove(): void;
}

/**
 * A throwaway profile. What moves userData is Chromium's `--user-data-dir` switch: Electron reads it before the app
 * runs (ElectronMainDelegate::PreSandboxStartup overrides DIR_USER_DATA, which is `app.getPath('userData')`), on every
 * OS, packed or not, and a production build has no variable of its own for this. The OS's per-user folders are not
 * enough by themselves: Electron's appData is $XDG_CONFIG_HOME (or ~/.config) on Linux, but the Shell's AppData
 * folder on Windows (SHGetFolderPath(CSIDL_APPDATA): the registry, not the APPDATA variable) and
 * ~/Library/Application Support from the user's home directory record on macOS (not $HOME). The XDG folders are still
 * pointed here on Linux so that nothing else per-user (caches, config) lands in the real home.
 */
export function newProfile(): Profile {
  const root = mkdtempSync(join(tmpdir(), 'hearth-electron-'));
  const userData = join(root, 'user-data');
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  // A production build ignores the first three anyway; none of them may help a test pass. The sandbox stays on.
  for (const name of ['HEARTH_USER_DATA', 'HEARTH_DEVTOOLS', 'ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS', 'ELECTRON_DISABLE_SANDBOX']) {
    delete env[name];
  }
  if (process.platform === 'linux') {
    env.XDG_CONFIG_HOME = join(root, 'config');
    env.XDG_CACHE_HOME = join(root, 'cache');
    env.XDG_DATA_HOME = join(root, 'data');
    env.XDG_STATE_HOME = join(root, 'state');
  }
  return {
    root,
    userData,
    env,
    args: [`--user-data-dir=${userData}`],
    remove() {
      // Windows may hold a file of a just-exited Chromium child for a moment.
      try {
        rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`Could not remove the test profile ${root}: ${(error as Error).message}`);
      }
    },
  };
}

export interface LaunchedHearth {
  target: Target;
  profile: Profile;
  /** Hearth's one window. */
  page: Page;
  /** The main process (Playwright's inspector connection): the development target only; null for the packed app. */
  main: ElectronApplication | null;
  /** What the app printed (packed target; Playwright keeps the development target's log itself). */
  output(): string;
  /** Close the window the way a person does (Hearth locks the vault and quits), and wait for the process to end. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** More command-line arguments, after the profile's switches. */
  args?: string[];
  /** More environment variables, over the profile's. */
  env?: Record<string, string>;
}

/** A launch that failed, with everything the process printed (the packed target). */
export class LaunchError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(`${message}\n--- the app's output ---\n${output.slice(-4000)}`);
  }
}

export async function launchHearth(chosen: Target, profile: Profile, options: LaunchOptions = {}): Promise<LaunchedHearth> {
  return chosen.kind === 'development' ? launchDevelopment(chosen, profile, options) : launchPacked(chosen, profile, options);
}

async function launchDevelopment(chosen: Target, profile: Profile, options: LaunchOptions): Promise<LaunchedHearth> {
  if (!existsSync(MAIN)) throw new Error('out/main/index.js is missing: run `npm run build` first.');
  const main = await electron.launch({
    executablePath: chosen.executable,
    // The project folder, not out/main/index.js: Electron then takes the name "Hearth" from package.json, as the
    // packed app does (a bare script would run as "Electron").
    args: [...profile.args, ...(options.args ?? []), PROJECT],
    cwd: PROJECT,
    env: { ...profile.env, ...options.env },
    chromiumSandbox: true,
    timeout: 60_000,
  });
  try {
    const page = await main.firstWindow({ timeout: 60_000 });
    await page.waitForLoadState('domcontentloaded');
    return {
      target: chosen,
      profile,
      page,
      main,
      output: () => '',
      async close() {
        await main.close().catch(() => undefined);
      },
    };
  } catch (error) {
    await main.close().catch(() => undefined);
    throw error;
  }
}

async function launchPacked(chosen: Target, profile: Profile, options: LaunchOptions): Promise<LaunchedHearth> {
  const child = spawn(chosen.executable, [...profile.args, '--remote-debugging-port=0', ...(options.args ?? [])], {
    env: { ...profile.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  let browser: Browser | null = null;
  try {
    const endpoint = await devtoolsEndpoint(child, profile.userData, () => log, 60_000);
    browser = await chromium.connectOverCDP(endpoint, { timeout: 60_000 });
    const context = browser.contexts()[0];
    if (!context) throw new Error('The packed app exposes no browsing context over the DevTools protocol.');
    const page = context.pages().find((p) => !p.url().startsWith('devtools:')) ?? (await context.waitForEvent('page', { timeout: 60_000 }));
    await page.waitForLoadState('domcontentloaded');
    const connected = browser;
    return {
      target: chosen,
      profile,
      page,
      main: null,
      output: () => log,
      async close() {
        // window.close() on Hearth's window: 'window-all-closed' locks the vault and quits.
        await page.evaluate(() => window.close()).catch(() => undefined);
        await connected.close().catch(() => undefined); // only disconnects: the app was not launched by Playwright
        if (await exited(child, 30_000)) return;
        // A test failed with the window in a state that would not close: SIGTERM (Electron quits cleanly on it;
        // on Windows this already ends the process), then SIGKILL.
        console.warn('The packed app did not quit within 30 s of its window closing; stopping it.');
        child.kill('SIGTERM');
        if (!(await exited(child, 10_000))) child.kill('SIGKILL');
        await exited(child, 10_000);
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    child.kill();
    await exited(child, 10_000);
    throw new LaunchError((error as Error).message, log);
  }
}

/** Resolves true once the process has ended, false if it is still running after `ms`. */
export function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/**
 * The browser-level DevTools WebSocket of a process started with `--remote-debugging-port=0`: from the line Chromium
 * prints on stderr, or from the DevToolsActivePort file it writes into the user data folder (port, then path).
 */
function devtoolsEndpoint(child: ChildProcess, userData: string, log: () => string, ms: number): Promise<string> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const finish = (result: { endpoint: string } | { error: string }) => {
      clearInterval(poll);
      child.off('exit', onExit);
      if ('endpoint' in result) done(result.endpoint);
      else fail(new Error(result.error));
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish({ error: `The packed app exited (code ${code}, signal ${signal}) before its DevTools endpoint appeared.` });
    child.once('exit', onExit);
    const poll = setInterval(() => {
      const printed = /DevTools listening on (ws:\/\/\S+)/.exec(log());
      if (printed?.[1]) return finish({ endpoint: printed[1] });
      const file = join(userData, 'DevToolsActivePort');
      if (existsSync(file)) {
        const [port, path] = readFileSync(file, 'utf8').split(/\r?\n/);
        if (port && path) return finish({ endpoint: `ws://127.0.0.1:${port.trim()}${path.trim()}` });
      }
      if (Date.now() - started > ms) finish({ error: `No DevTools endpoint from the packed app within ${ms / 1000} s.` });
    }, 200);
  });
}

/** The one vault folder in the profile (userData/vaults/<id>/), once a vault has been created. */
export function onlyVaultDir(profile: Profile): string {
  const vaults = join(profile.userData, 'vaults');
  const ids = existsSync(vaults) ? readdirSync(vaults) : [];
  if (ids.length !== 1) throw new Error(`Expected one vault in ${vaults}, found ${ids.length}: is the profile isolated?`);
  return join(vaults, ids[0]!);
}
