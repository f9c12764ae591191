import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Where the window was: `window-state.json` in Hearth's own folder (Electron's userData), holding the window's
 * position, size and whether it was maximised, and nothing else (nothing about any vault). A missing, damaged or
 * foreign file is ignored: the window opens centred, at its default size.
 */
export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window's size when nothing is remembered, and the smallest it may be. */
export const DEFAULT_SIZE = { width: 1100, height: 760 } as const;
export const MIN_SIZE = { width: 720, height: 520 } as const;

/** How much of the window must lie on a screen for it to count as on it (enough of the title bar to grab). */
export const MIN_VISIBLE = { width: 100, height: 40 } as const;

/** Far beyond any real desktop; anything larger is not a window position Hearth wrote. */
const LIMIT = 1_000_000;
const coordinate = z.number().int().min(-LIMIT).max(LIMIT);
const length = z.number().int().min(1).max(LIMIT);

export const WindowState = z
  .object({
    version: z.literal(1),
    bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }).strict(),
    maximized: z.boolean(),
  })
  .strict();
export type WindowState = z.infer<typeof WindowState>;

/** A file bigger than this is not ours. */
const MAX_FILE_BYTES = 4096;

export function windowStatePath(userData: string): string {
  return join(userData, WINDOW_STATE_FILE);
}

/** The remembered state, or null when there is none or the file is not one Hearth wrote. Never throws. */
export function readWindowState(userData: string): WindowState | null {
  const path = windowStatePath(userData);
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return null;
    const parsed = WindowState.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Write the state atomically (a temporary file beside it, flushed, then renamed over it). Never throws. */
export function writeWindowState(userData: string, state: WindowState): boolean {
  const path = windowStatePath(userData);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const valid = WindowState.parse(state);
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(valid)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    return true;
  } catch {
    rmSync(temp, { force: true });
    console.warn('Hearth could not remember where its window was.');
    return false;
  }
}

export interface DisplayArea {
  workArea: Rect;
}

export interface Placement {
  bounds: Rect;
  maximized: boolean;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** A size no smaller than the minimum (where the screen allows) and no larger than the work area. */
function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: Math.min(Math.max(width, MIN_SIZE.width), area.width),
    height: Math.min(Math.max(height, MIN_SIZE.height), area.height),
  };
}

export function centredDefault(primary: DisplayArea): Rect {
  const area = primary.workArea;
  const size = fitSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height, area);
  return {
    x: area.x + Math.floor((area.width - size.width) / 2),
    y: area.y + Math.floor((area.height - size.height) / 2),
    ...size,
  };
}

/**
 * Where the window opens. The remembered bounds if enough of them lies on a display's work area (the part not
 * covered by the taskbar, dock or panels), shrunk to that work area when larger and moved inside it; otherwise (no
 * file, or a screen that is gone) centred on the primary display at the default size.
 */
export function placeWindow(saved: WindowState | null, displays: readonly DisplayArea[], primary: DisplayArea): Placement {
  if (!saved) return { bounds: centredDefault(primary), maximized: false };
  const wanted = saved.bounds;
  let best: { area: Rect; visible: number } | undefined;
  for (const display of displays) {
    const seen = overlap(wanted, display.workArea);
    const enough = seen.width >= Math.min(MIN_VISIBLE.width, wanted.width) && seen.height >= Math.min(MIN_VISIBLE.height, wanted.height);
    const visible = seen.width * seen.height;
    if (enough && (!best || visible > best.visible)) best = { area: display.workArea, visible };
  }
  if (!best) return { bounds: centredDefault(primary), maximized: false };
  const area = best.area;
  const size = fitSize(wanted.width, wanted.height, area);
  return {
    bounds: {
      x: clamp(wanted.x, area.x, area.x + area.width - size.width),
      y: clamp(wanted.y, area.y, area.y + area.height - size.height),
      ...size,
    },
    maximized: saved.maximized,
  };
}

/** What a window offers for its state to be remembered. */
export interface TrackedWindow {
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** Remember the window's bounds when it closes (its normal bounds, so a maximised window comes back maximised). */
export function rememberWindowState(win: TrackedWindow, userData: string): void {
  win.on('close', () => {
    const { x, y, width, height } = win.getNormalBounds();
    const rounded = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
    writeWindowState(userData, { version: 1, bounds: rounded, maximized: win.isMaximized() });
  });
}
