import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, fake, resetFake } from './fake-electron';
import { startMain } from './start-main';

/**
 * The built main bundle (out/main/index.js, what every packed Hearth runs) decides development behaviour when it is
 * built, not from its environment: with every development variable set, it still loads only its own page, has no
 * devtools and keeps its data where the OS says. npm test builds out/ before this tier.
 */
const BUILT = join(fileURLToPath(new URL('../..', import.meta.url)), 'out', 'main', 'index.js');
let osProfile: string;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error('out/main/index.js is not built: run `npm run build` (npm test does) first.');
  resetFake();
  osProfile = mkdtempSync(join(tmpdir(), 'hearth-built-main-'));
  fake.paths.set('userData', osProfile);
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
  vi.stubEnv('HEARTH_DEVTOOLS', '1');
  vi.stubEnv('HEARTH_USER_DATA', `${osProfile}-elsewhere`);
  await startMain(() => import(/* @vite-ignore */ BUILT));
}, 30_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  BrowserWindow.instances[0]?.close();
  rmSync(osProfile, { recursive: true, force: true });
  rmSync(`${osProfile}-elsewhere`, { recursive: true, force: true });
});

describe('the built out/main with every development variable set', () => {
  it('was built as production: the literal `development: false` is in the bundle', () => {
    expect(readFileSync(BUILT, 'utf8')).toMatch(/development:\s*false/);
  });

  it('loads only app://hearth/index.html and lets no host name resolve', () => {
    expect(BrowserWindow.instances[0]!.webContents.loaded).toEqual(['app://hearth/index.html']);
    expect(fake.switches).toContainEqual(['host-resolver-rules', 'MAP * ~NOTFOUND']);
  });

  it('has no devtools', () => {
    expect(BrowserWindow.instances[0]!.options.webPreferences!.devTools).toBe(false);
  });

  it("keeps its data in the OS's folder, not HEARTH_USER_DATA", () => {
    expect(fake.paths.get('userData')).toBe(osProfile);
    expect(existsSync(`${osProfile}-elsewhere`)).toBe(false);
  });
});
