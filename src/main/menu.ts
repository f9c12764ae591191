import { Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { channelOf } from '../shared/contract';
import type { Result } from '../shared/errors';
import type { MenuCommand } from '../shared/menu';

/**
 * The application menu, on every desktop: File, Edit, View, Window and Help, and on macOS the app menu first. Every
 * shortcut Hearth has is shown beside its item (`CmdOrCtrl`: Cmd on macOS, Ctrl elsewhere, never both). Nothing in
 * it goes online, and nothing in it reloads the page or opens developer tools: there is no Reload, Force Reload or
 * Toggle Developer Tools, and no `viewMenu` role (which would bring them).
 *
 * Each shortcut is also a key the page handles itself (Ctrl/Cmd+K, N, L; quick hide in the main process's
 * before-input-event). A key the page or before-input-event handled (preventDefault) never reaches the menu, so an
 * action never runs twice; the menu acts for a mouse click, and for a key nothing else took.
 */

/** What the menu shows depends on. */
export interface MenuState {
  /** Items that need an open vault (new entry, search, lock, Settings) are disabled while it is locked. */
  unlocked: boolean;
  /** The quick hide shortcut from the privacy settings. */
  quickHideShortcut: string;
}

export interface MenuActions {
  /** Ask the page to do something (src/shared/menu.ts). */
  command(command: MenuCommand): void;
  lock(): void;
  /** Hide the window at once and lock, as the quick hide key does. */
  quickHide(): void;
  zoom(direction: ZoomDirection): void;
}

export type ZoomDirection = 'in' | 'out' | 'reset';

/** Zoom levels as Chromium counts them (each step is a factor of 1.2); half a step per press, as browsers do. */
export const ZOOM_STEP = 0.5;
export const ZOOM_MIN = -3;
export const ZOOM_MAX = 5;

export function zoomContents(contents: Pick<WebContents, 'getZoomLevel' | 'setZoomLevel'>, direction: ZoomDirection): void {
  if (direction === 'reset') {
    contents.setZoomLevel(0);
    return;
  }
  const next = contents.getZoomLevel() + (direction === 'in' ? ZOOM_STEP : -ZOOM_STEP);
  contents.setZoomLevel(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, next)));
}

/** The shortcuts the menu shows, in one place (the page's keyboard shortcuts help lists the same keys). */
export const SHORTCUTS = {
  newEntry: 'CmdOrCtrl+N',
  search: 'CmdOrCtrl+K',
  lock: 'CmdOrCtrl+L',
  settings: 'CmdOrCtrl+,',
  shortcuts: 'CmdOrCtrl+/',
  zoomIn: 'CmdOrCtrl+Plus',
  zoomOut: 'CmdOrCtrl+-',
  actualSize: 'CmdOrCtrl+0',
} as const;

const SMALL_WORDS = new Set(['a', 'and', 'of', 'or', 'the', 'to']);

/** macOS menus are in title case ("Zoom In"); Windows and Linux menus in sentence case ("Zoom in"). */
function labeller(mac: boolean): (text: string) => string {
  if (!mac) return (text) => text;
  return (text) =>
    text
      .split(' ')
      .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
      .join(' ');
}

export function menuTemplate(platform: NodeJS.Platform, state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const label = labeller(mac);
  // Windows and Linux: Alt+F opens File, and so on.
  const top = (name: string): string => (mac ? name : `&${name}`);
  const needsVault = { enabled: state.unlocked };
  const ask = (command: MenuCommand) => () => actions.command(command);
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const settings: MenuItemConstructorOptions = { label: label('Settings…'), accelerator: SHORTCUTS.settings, ...needsVault, click: ask('settings') };
  const about: MenuItemConstructorOptions = { role: 'about', label: 'About Hearth' };

  const file: MenuItemConstructorOptions[] = [
    { label: label('New entry'), accelerator: SHORTCUTS.newEntry, ...needsVault, click: ask('newEntry') },
    { label: label('Search…'), accelerator: SHORTCUTS.search, ...needsVault, click: ask('search') },
    separator,
    { label: label('Lock'), accelerator: SHORTCUTS.lock, ...needsVault, click: () => actions.lock() },
    // The key itself is caught before the page sees it (privacy-guard.ts); the item shows it and acts on a click.
    {
      label: label('Hide and lock'),
      accelerator: state.quickHideShortcut,
      ...(mac ? {} : { registerAccelerator: false }),
      click: () => actions.quickHide(),
    },
    ...(mac ? [] : [separator, settings, separator, { role: 'quit' } as MenuItemConstructorOptions]),
  ];

  const edit: MenuItemConstructorOptions[] = [
    { role: 'undo' },
    { role: 'redo' },
    separator,
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    ...(mac ? [{ role: 'pasteAndMatchStyle' } as MenuItemConstructorOptions] : []),
    { role: 'delete' },
    separator,
    { role: 'selectAll' },
  ];

  const view: MenuItemConstructorOptions[] = [
    { label: label('Zoom in'), accelerator: SHORTCUTS.zoomIn, click: () => actions.zoom('in') },
    // macOS reads CmdOrCtrl+Plus as Cmd+Shift+=; this hidden twin makes Cmd+= zoom in too, as in every Mac browser.
    // (Windows and Linux already read Ctrl+Plus as the =/+ key, with or without Shift.)
    ...(mac ? [{ label: label('Zoom in'), accelerator: 'CmdOrCtrl+=', visible: false, acceleratorWorksWhenHidden: true, click: () => actions.zoom('in') }] : []),
    { label: label('Zoom out'), accelerator: SHORTCUTS.zoomOut, click: () => actions.zoom('out') },
    { label: label('Actual size'), accelerator: SHORTCUTS.actualSize, click: () => actions.zoom('reset') },
    separator,
    { role: 'togglefullscreen' },
  ];

  const window: MenuItemConstructorOptions[] = mac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }, separator, { role: 'close' }] : [{ role: 'minimize' }, { role: 'close' }];

  // Nothing here goes online: no "Learn more", no web pages.
  const help: MenuItemConstructorOptions[] = [
    { label: label('Keyboard shortcuts'), accelerator: SHORTCUTS.shortcuts, click: ask('shortcuts') },
    ...(mac ? [] : [separator, about]),
  ];

  return [
    ...(mac
      ? [
          {
            label: 'Hearth',
            submenu: [about, separator, settings, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: top('File'), submenu: file },
    { label: top('Edit'), submenu: edit },
    { label: top('View'), submenu: view },
    { label: top('Window'), ...(mac ? { role: 'window' as const } : {}), submenu: window },
    { label: top('Help'), ...(mac ? { role: 'help' as const } : {}), submenu: help },
  ];
}

export interface AppMenu {
  /** Rebuild the menu with a changed state (a lock, an unlock, a new quick hide key). */
  update(change: Partial<MenuState>): void;
  state(): MenuState;
}

/** Install the application menu; it is rebuilt whenever its state changes. */
export function installMenu(platform: NodeJS.Platform, initial: MenuState, actions: MenuActions): AppMenu {
  let state = { ...initial };
  const apply = (): void => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(platform, state, actions)));
  apply();
  return {
    update(change) {
      const next = { ...state, ...change };
      if (next.unlocked === state.unlocked && next.quickHideShortcut === state.quickHideShortcut) return;
      state = next;
      apply();
    },
    state: () => ({ ...state }),
  };
}

/** The calls that open a vault (every way in goes through one of these). */
const WAYS_IN = new Set([channelOf('vaults', 'unlock'), channelOf('vaults', 'create')]);
const STATUS = channelOf('app', 'status');

/**
 * Whether a vault is open after this answered call, when the call tells: a way in that succeeded, or the status the
 * window asks for when it loads. Undefined for every other call. (A lock is heard from the core itself.)
 */
export function unlockedAfter(channel: string, result: Result<unknown>): boolean | undefined {
  if (!result.ok) return undefined;
  if (WAYS_IN.has(channel)) return true;
  if (channel === STATUS) {
    const state = (result.value as { state?: unknown } | null)?.state;
    return state === 'unlocked' ? true : state === 'locked' ? false : undefined;
  }
  return undefined;
}
