import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../src/core';
import type { PrivacySettings } from '../../src/shared/privacy';
import { DEFAULT_PRIVACY } from '../../src/shared/privacy-defaults';
import { matchesAccelerator, type KeyInput } from '../../src/shared/accelerator';
import { createElectronPlatform } from '../../src/main/platform';
import { guardWindow } from '../../src/main/privacy-guard';
import { BrowserWindow, dialog, FakeEvent, fake, powerMonitor, resetFake } from './fake-electron';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key: k, control: false, meta: false, alt: false, shift: false, ...mods });

function fakeCore() {
  const listeners = new Set<(s: PrivacySettings) => void>();
  const core = {
    locks: 0,
    privacy: { get: async () => ({ ...DEFAULT_PRIVACY }) },
    vaults: {
      lock: async () => {
        core.locks += 1;
      },
    },
    onPrivacyChange: (l: (s: PrivacySettings) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    change: (s: Partial<PrivacySettings>) => listeners.forEach((l) => l({ ...DEFAULT_PRIVACY, ...s })),
  };
  return core;
}

beforeEach(() => resetFake());

describe('quick hide and content protection', () => {
  it('matches the quick-hide accelerator on each platform, and nothing else', () => {
    expect(matchesAccelerator('CommandOrControl+Shift+H', key('H', { control: true, shift: true }), false)).toBe(true);
    expect(matchesAccelerator('CommandOrControl+Shift+H', key('h', { meta: true, shift: true }), true)).toBe(true);
    expect(matchesAccelerator('CommandOrControl+Shift+H', key('h', { control: true }), false)).toBe(false);
    expect(matchesAccelerator('CommandOrControl+Shift+H', key('h', { control: true, shift: true, alt: true }), false)).toBe(false);
    expect(matchesAccelerator('CommandOrControl+Shift+H', { ...key('h', { control: true, shift: true }), type: 'keyUp' }, false)).toBe(false);
    expect(matchesAccelerator('Alt+F4', key('F4', { alt: true }), false)).toBe(true);
  });

  it('hides the window at once and locks the vault on the quick-hide key', async () => {
    const win = new BrowserWindow({});
    win.show();
    const core = fakeCore();
    await guardWindow(win as never, core, 'linux');
    const other = new FakeEvent();
    win.webContents.emit('before-input-event', other, key('h', { control: true }));
    expect(other.defaultPrevented).toBe(false);
    const event = new FakeEvent();
    win.webContents.emit('before-input-event', event, key('H', { control: true, shift: true }));
    expect(event.defaultPrevented).toBe(true);
    expect(win.shown).toBe(false);
    expect(core.locks).toBe(1);
  });

  it('follows a changed shortcut and the content-protection choice', async () => {
    const win = new BrowserWindow({});
    const core = fakeCore();
    await guardWindow(win as never, core, 'linux');
    expect(win.contentProtection).toBe(true);
    core.change({ contentProtection: false, quickHideShortcut: 'Alt+Q' });
    expect(win.contentProtection).toBe(false);
    win.webContents.emit('before-input-event', new FakeEvent(), key('H', { control: true, shift: true }));
    expect(core.locks).toBe(0);
    win.webContents.emit('before-input-event', new FakeEvent(), key('q', { alt: true }));
    expect(core.locks).toBe(1);
  });
});

describe('the desktop side of auto-lock', () => {
  it('reports idle time, sleep and screen lock, and reads and clears the clipboard', async () => {
    const platform = createElectronPlatform(() => null);
    const seen: string[] = [];
    platform.onSystemEvent?.((e) => seen.push(e));
    fake.idleSeconds = 42;
    expect(platform.idleSeconds?.()).toBe(42);
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    platform.systemEvent('minimize');
    expect(seen).toEqual(['suspend', 'lock-screen', 'minimize']);
    fake.clipboard = 'from Hearth';
    expect(await platform.readClipboardText?.()).toBe('from Hearth');
    platform.clearClipboard?.();
    expect(fake.clipboard).toBe('');
  });

  it('shows a check-in reminder as a system notification with exactly the words it is given', () => {
    const platform = createElectronPlatform(() => null);
    platform.notify?.('Hearth', 'Time for your check-in');
    expect(fake.calls.filter((c) => c.api === 'Notification.show').map((c) => c.args)).toEqual([[{ title: 'Hearth', body: 'Time for your check-in' }]]);
  });
});

describe('quick hide with the real core', () => {
  it('locks at once while a Save dialog is still open, and the save then writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-shell-hide-'));
    const showSaveDialog = dialog.showSaveDialog;
    let answer: ((value: { canceled: boolean; filePath: string }) => void) | undefined;
    dialog.showSaveDialog = (() => new Promise((resolve) => (answer = resolve))) as typeof dialog.showSaveDialog;
    const win = new BrowserWindow({});
    win.show();
    const core = createCore({ dataDir: dir, platform: createElectronPlatform(() => win as never), kdf: { m: 1024, t: 1, p: 1 } });
    try {
      await core.vaults.create({ name: 'Ours', partnerA: 'Sam', partnerB: 'Alex', passphrase: 'correct horse battery staple' });
      let locks = 0;
      core.onLock(() => (locks += 1));
      await guardWindow(win as never, core, 'linux');

      const target = join(dir, 'everything.hearth');
      const saving = core.transfer.exportAll({});
      await vi.waitFor(() => expect(answer).toBeDefined());
      win.webContents.emit('before-input-event', new FakeEvent(), key('H', { control: true, shift: true }));
      expect(win.shown).toBe(false);
      await vi.waitFor(() => expect(locks).toBe(1), { timeout: 1000 });

      answer!({ canceled: false, filePath: target });
      await expect(saving).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
      expect(existsSync(target)).toBe(false);
    } finally {
      dialog.showSaveDialog = showSaveDialog;
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
