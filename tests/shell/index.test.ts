import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { methods } from '../../src/shared/contract';
import type { Result } from '../../src/shared/errors';
import { app, BrowserWindow, fake, ipcEvent, resetFake } from './fake-electron';
import { startMain } from './start-main';

// src/main/index.ts wired to the real core and dispatcher (Node's build of the driver), with a
// throwaway profile: a call from the app's frame goes all the way through and comes back as a Result.
let profile: string;

beforeAll(async () => {
  resetFake();
  profile = mkdtempSync(join(tmpdir(), 'hearth-shell-index-'));
  vi.stubEnv('HEARTH_USER_DATA', profile);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.stubEnv('HEARTH_DEVTOOLS', '');
  await startMain(() => import('../../src/main/index'));
}, 30_000);

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(profile, { recursive: true, force: true });
});

describe('src/main/index.ts with the real core', () => {
  it('uses the test profile and registers every contract method', () => {
    expect(fake.paths.get('userData')).toBe(profile);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(methods.map((m) => m.channel).sort());
  });

  it('answers app.status from the app frame through the real dispatcher', async () => {
    const win = BrowserWindow.instances[0]!;
    expect(win.webContents.loaded).toEqual(['app://hearth/index.html']);
    const result = (await fake.ipcHandlers.get('hearth:app.status')!(ipcEvent(win.webContents, win.webContents.mainFrame))) as Result<unknown>;
    expect(result).toEqual({ ok: true, value: { state: 'locked' } });
  });

  it('turns a bad argument into a VALIDATION Result, not a throw', async () => {
    const win = BrowserWindow.instances[0]!;
    const result = (await fake.ipcHandlers.get('hearth:vaults.unlock')!(ipcEvent(win.webContents, win.webContents.mainFrame), { nonsense: true })) as Result<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('VALIDATION');
  });

  it('closes the core and quits when the window closes', async () => {
    BrowserWindow.instances[0]!.close();
    app.emit('window-all-closed');
    await vi.waitFor(() => expect(fake.quits).toBe(1), { timeout: 10_000 });
    expect(fake.ipcHandlers.size).toBe(0);
  });
});
