import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  centredDefault,
  DEFAULT_SIZE,
  placeWindow,
  readWindowState,
  rememberWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
  type DisplayArea,
  type WindowState,
} from '../../src/main/window-state';
import { BrowserWindow, resetFake } from './fake-electron';

let dir: string;
beforeEach(() => {
  resetFake();
  dir = mkdtempSync(join(tmpdir(), 'hearth-window-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const laptop: DisplayArea = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
// A second screen to the right of the laptop, its top lower.
const monitor: DisplayArea = { workArea: { x: 1440, y: 200, width: 2560, height: 1400 } };

const state = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({ version: 1, bounds: { x, y, width, height }, maximized });

describe('readWindowState and writeWindowState', () => {
  it('writes the bounds and the maximised state, and reads them back', () => {
    const saved = state(100, 120, 1000, 700, true);
    expect(writeWindowState(dir, saved)).toBe(true);
    expect(readWindowState(dir)).toEqual(saved);
    // Only the window: nothing about any vault.
    expect(Object.keys(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).sort()).toEqual(['bounds', 'maximized', 'version']);
    expect(readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
    if (process.platform !== 'win32') expect(statSync(join(dir, WINDOW_STATE_FILE)).mode & 0o777).toBe(0o600);
  });

  it('replaces the file whole (atomically): a second write leaves one complete file and no temporary one', () => {
    writeWindowState(dir, state(1, 2, 800, 600));
    writeWindowState(dir, state(3, 4, 900, 650));
    expect(readWindowState(dir)).toEqual(state(3, 4, 900, 650));
    expect(readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('reads nothing when there is no file', () => {
    expect(readWindowState(dir)).toBeNull();
    expect(readWindowState(join(dir, 'missing-folder'))).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"version":1,"bounds":{"x":1,'],
    ['not JSON', '\u0000\u0001binary'],
    ['an array', '[1,2,3]'],
    ['null', 'null'],
    ['another version', JSON.stringify({ ...state(0, 0, 800, 600), version: 2 })],
    ['a foreign shape', JSON.stringify({ width: 800, height: 600 })],
    ['extra keys (a vault path, say)', JSON.stringify({ ...state(0, 0, 800, 600), lastVault: '/home/us/Vault' })],
    ['strings for numbers', JSON.stringify({ version: 1, bounds: { x: '0', y: 0, width: 800, height: 600 }, maximized: false })],
    ['fractions', JSON.stringify(state(0.5, 0, 800, 600))],
    ['a zero width', JSON.stringify(state(0, 0, 0, 600))],
    ['a negative height', JSON.stringify(state(0, 0, 800, -600))],
    ['absurd coordinates', JSON.stringify(state(1e12, 0, 800, 600))],
    ['a huge file', JSON.stringify({ ...state(0, 0, 800, 600), pad: 'x'.repeat(10_000) })],
  ])('ignores a damaged or foreign file: %s', (_name, text) => {
    writeFileSync(join(dir, WINDOW_STATE_FILE), text);
    expect(readWindowState(dir)).toBeNull();
  });

  it('ignores a folder where the file should be, and a write that cannot happen fails quietly', () => {
    mkdirSync(join(dir, WINDOW_STATE_FILE));
    expect(readWindowState(dir)).toBeNull();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(writeWindowState(dir, state(0, 0, 800, 600))).toBe(false);
    expect(writeWindowState(join(dir, 'no', 'such', 'folder'), state(0, 0, 800, 600))).toBe(false);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    expect(readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('refuses to write what it would not read back', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(writeWindowState(dir, state(Number.NaN, 0, 800, 600))).toBe(false);
    warn.mockRestore();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('placeWindow', () => {
  it('with nothing remembered, centres the default size on the primary display', () => {
    const placed = placeWindow(null, [laptop, monitor], laptop);
    expect(placed).toEqual({ bounds: { x: 170, y: 82, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height }, maximized: false });
    expect(centredDefault(monitor)).toEqual({ x: 1440 + 730, y: 200 + 320, width: 1100, height: 760 });
  });

  it('puts the window back where it was, maximised if it was', () => {
    expect(placeWindow(state(50, 60, 900, 700), [laptop, monitor], laptop)).toEqual({ bounds: { x: 50, y: 60, width: 900, height: 700 }, maximized: false });
    expect(placeWindow(state(1600, 300, 1200, 800, true), [laptop, monitor], laptop)).toEqual({ bounds: { x: 1600, y: 300, width: 1200, height: 800 }, maximized: true });
  });

  it('opens on the primary display, centred, when the screen it was on is gone', () => {
    // Last on the monitor, which is unplugged now.
    const placed = placeWindow(state(2000, 400, 1200, 800, true), [laptop], laptop);
    expect(placed).toEqual({ bounds: centredDefault(laptop), maximized: false });
    // Far off every screen, in any direction.
    for (const [x, y] of [
      [-5000, 100],
      [100, -5000],
      [100, 9000],
      [9000, 100],
    ] as const) {
      expect(placeWindow(state(x, y, 900, 700), [laptop, monitor], laptop).bounds, `${x},${y}`).toEqual(centredDefault(laptop));
    }
  });

  it('a sliver on a screen is not enough: it opens centred instead', () => {
    // Only 10 pixels of the window's left edge lie on the laptop.
    expect(placeWindow(state(1430, 100, 900, 700), [laptop], laptop).bounds).toEqual(centredDefault(laptop));
    // Below the work area (behind the taskbar), not on it.
    expect(placeWindow(state(100, 890, 900, 700), [laptop], laptop).bounds).toEqual(centredDefault(laptop));
  });

  it('a window partly off its screen is moved fully onto it', () => {
    expect(placeWindow(state(-300, 0, 900, 700), [laptop], laptop).bounds).toEqual({ x: 0, y: 25, width: 900, height: 700 });
    expect(placeWindow(state(1000, 500, 900, 700), [laptop], laptop).bounds).toEqual({ x: 540, y: 200, width: 900, height: 700 });
  });

  it('a window larger than its screen (it was on a bigger one) is shrunk to the work area', () => {
    const placed = placeWindow(state(0, 0, 2400, 1300), [laptop], laptop);
    expect(placed.bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
    // On the screen it overlaps most, and shrunk to that one.
    expect(placeWindow(state(1500, 250, 3000, 2000), [laptop, monitor], laptop).bounds).toEqual({ x: 1440, y: 200, width: 2560, height: 1400 });
  });

  it('the default never exceeds a small screen', () => {
    const small: DisplayArea = { workArea: { x: 0, y: 0, width: 1024, height: 600 } };
    expect(centredDefault(small)).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
  });
});

describe('rememberWindowState', () => {
  it('writes the normal bounds and the maximised state when the window closes', () => {
    const win = new BrowserWindow({ x: 10, y: 20, width: 1000, height: 700 });
    rememberWindowState(win, dir);
    win.maximized = true;
    win.emit('close');
    expect(readWindowState(dir)).toEqual(state(10, 20, 1000, 700, true));
  });
});
