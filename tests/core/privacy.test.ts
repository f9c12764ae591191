import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import type { SystemEvent } from '../../src/shared/privacy';
import { DEFAULT_PRIVACY } from '../../src/shared/privacy-defaults';
import { dispatcherFor, fakePlatform, newCore, newVault, PASSPHRASE } from './helpers';

/** A desktop whose idle time, system events and clipboard the test controls. */
function desktop() {
  const listeners = new Set<(e: SystemEvent) => void>();
  const state = { idle: 0, clipboard: '', idleReads: 0 };
  const platform = Object.assign(fakePlatform(), {
    idleSeconds: () => {
      state.idleReads += 1;
      return state.idle;
    },
    onSystemEvent: (l: (e: SystemEvent) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    readClipboardText: async () => state.clipboard,
    clearClipboard: () => {
      state.clipboard = '';
    },
  });
  return { platform, state, emit: (e: SystemEvent) => listeners.forEach((l) => l(e)) };
}

async function until(check: () => Promise<boolean>, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(10);
  }
}

describe('privacy on a shared computer', () => {
  it('starts with safe defaults and keeps changes per computer', async () => {
    const t = newCore();
    expect(await t.core.privacy.get()).toEqual(DEFAULT_PRIVACY);
    await t.core.privacy.set({ lockOnBlur: true, autoLockMinutes: 2 });
    const restarted = newCore({ dataDir: t.dataDir });
    expect(await restarted.core.privacy.get()).toMatchObject({ lockOnBlur: true, autoLockMinutes: 2 });
  });

  it('turns auto-lock off only when the person insists, and refuses odd values', async () => {
    const t = newCore();
    const d = dispatcherFor(t);
    expect(await d.dispatch('hearth:privacy.set', [{ autoLockMinutes: null }])).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'autoLockMinutes' } } });
    for (const bad of [{ autoLockMinutes: 0 }, { autoLockMinutes: 100_000 }, { quickHideShortcut: 'H' }, { quickHideShortcut: 'Ctrl+Shift+H; rm -rf' }, { clipboardClearSeconds: 1 }]) {
      expect(await d.dispatch('hearth:privacy.set', [bad])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect((await t.core.privacy.set({ autoLockMinutes: null, iUnderstandNoAutoLock: true })).autoLockMinutes).toBeNull();
  });

  it('locks after the chosen idle time', async () => {
    // The idle watch's interval is faked: each advance runs exactly one look at the idle time.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const d = desktop();
      const v = await newVault(newCore({ platform: d.platform, idleCheckMs: 10 }));
      await v.core.privacy.set({ autoLockMinutes: 1 });
      d.state.idle = 59;
      await vi.advanceTimersByTimeAsync(50);
      expect(d.state.idleReads).toBeGreaterThanOrEqual(5);
      expect((await v.core.app.status()).state).toBe('unlocked');
      d.state.idle = 60;
      await vi.advanceTimersByTimeAsync(10);
      expect((await v.core.app.status()).state).toBe('locked');
      // And after the next unlock the watch runs again.
      d.state.idle = 0;
      await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
      d.state.idle = 600;
      await vi.advanceTimersByTimeAsync(10);
      expect((await v.core.app.status()).state).toBe('locked');
    } finally {
      vi.useRealTimers();
    }
  });

  it('locks when the system sleeps or the screen locks, and on minimise or blur only when asked', async () => {
    const d = desktop();
    const v = await newVault(newCore({ platform: d.platform }));
    const unlock = () => v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    for (const event of ['minimize', 'blur'] as const) {
      d.emit(event);
      await sleep(5);
      expect((await v.core.app.status()).state, event).toBe('unlocked');
    }
    for (const event of ['suspend', 'lock-screen'] as const) {
      d.emit(event);
      await until(async () => (await v.core.app.status()).state === 'locked');
      await unlock();
    }
    await v.core.privacy.set({ lockOnMinimize: true, lockOnBlur: true });
    for (const event of ['minimize', 'blur'] as const) {
      d.emit(event);
      await until(async () => (await v.core.app.status()).state === 'locked');
      await unlock();
    }
  });

  it("clears Hearth's text from the clipboard after the chosen time, and on lock, but never someone else's", async () => {
    const d = desktop();
    const v = await newVault(newCore({ platform: d.platform }));
    await v.core.privacy.set({ clipboardClearSeconds: 10 });
    d.state.clipboard = 'words from a reflection';
    await v.core.privacy.noteCopy();
    d.state.clipboard = 'something copied from another app';
    await v.core.vaults.lock();
    await sleep(20);
    expect(d.state.clipboard).toBe('something copied from another app');

    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    d.state.clipboard = 'words from the timeline';
    await v.core.privacy.noteCopy();
    await v.core.vaults.lock();
    await until(async () => d.state.clipboard === '');
  });
});
