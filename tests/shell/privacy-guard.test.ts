import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PRIVACY, type PrivacySettings } from '../../src/shared/privacy';
import { matchesAccelerator, type KeyInput } from '../../src/shared/accelerator';
import { createElectronPlatform } from '../../src/main/platform';
import { guardWindow } from '../../src/main/privacy-guard';
import { BrowserWindow, FakeEvent, fake, powerMonitor, resetFake } from './fake-electron';

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
