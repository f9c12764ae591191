import { Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { channelOf } from '../shared/contract';
import type { Result } from '../shared/errors';
import type { MenuCommand } from '../shared/menu';
import { wordsIn, type Words } from '../core/i18n/words';

/**
 * The application menu, on every desktop: File, Edit, View, Window and Help, and on macOS the app menu first. Every
 * shortcut Hearth has is shown beside its item (`CmdOrCtrl`: Cmd on macOS, Ctrl elsewhere, never both). Nothing in
 * it goes online, and nothing in it reloads the page or opens developer tools: there is no Reload, Force Reload or
 * Toggle Developer Tools, and no `viewMenu` role (which would bring them).
 *
 * Each shortcut is also a key the page handles itself (Ctrl/Cmd+K, N, L; quick hide in the main process's
 * before-input-event). A key the page or before-input-event handled (preventDefault) never reaches the menu, so an
 * action never runs twice; the menu acts for a mouse click, and for a key nothing else took.
 *
 * It speaks the language Hearth speaks (the catalogues' `menu` group), and is drawn again when that changes. The OS's
 * own items (Undo, Copy, Quit…) are Electron's roles: in English they keep Electron's labels; in any other language
 * they are named from the catalogue, as Electron's labels are English only.
 */

/** What the menu shows depends on. */
export interface MenuState {
  /** Items that need an open vault (new entry, search, lock, Settings) are disabled while it is locked. */
  unlocked: boolean;
  /** The quick hide shortcut from the privacy settings. */
  quickHideShortcut: string;
  /** The language the menu speaks; English when not given. */
  words?: Words;
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

/**
 * macOS menus in English are in title case ("Zoom In"); Windows and Linux menus in sentence case ("Zoom in"). Title
 * case is English's rule alone: a German menu is written as German writes it, on every desktop.
 */
function labeller(titleCase: boolean): (text: string) => string {
  if (!titleCase) return (text) => text;
  return (text) =>
    text
      .split(' ')
      .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
      .join(' ');
}

export function menuTemplate(platform: NodeJS.Platform, state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const words = state.words ?? wordsIn('en');
  const english = words.language === 'en';
  const { t } = words;
  const label = labeller(mac && english);
  // Windows and Linux: Alt+F opens File, and so on.
  const top = (name: string): string => (mac ? name : `&${name}`);
  // One of the OS's items: Electron's own label in English, the catalogue's in any other language.
  const role = (name: NonNullable<MenuItemConstructorOptions['role']>, text: string): MenuItemConstructorOptions => (english ? { role: name } : { role: name, label: text });
  const needsVault = { enabled: state.unlocked };
  const ask = (command: MenuCommand) => () => actions.command(command);
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const settings: MenuItemConstructorOptions = { label: label(t('menu.settings')), accelerator: SHORTCUTS.settings, ...needsVault, click: ask('settings') };
  const about: MenuItemConstructorOptions = { role: 'about', label: t('menu.about') };
  const quit = role('quit', t('menu.roleQuit'));

  const file: MenuItemConstructorOptions[] = [
    { label: label(t('menu.newEntry')), accelerator: SHORTCUTS.newEntry, ...needsVault, click: ask('newEntry') },
    { label: label(t('menu.search')), accelerator: SHORTCUTS.search, ...needsVault, click: ask('search') },
    separator,
    { label: label(t('menu.lock')), accelerator: SHORTCUTS.lock, ...needsVault, click: () => actions.lock() },
    // The key itself is caught before the page sees it (privacy-guard.ts); the item shows it and acts on a click.
    {
      label: label(t('menu.hideAndLock')),
      accelerator: state.quickHideShortcut,
      ...(mac ? {} : { registerAccelerator: false }),
      click: () => actions.quickHide(),
    },
    ...(mac ? [] : [separator, settings, separator, quit]),
  ];

  const edit: MenuItemConstructorOptions[] = [
    role('undo', t('menu.roleUndo')),
    role('redo', t('menu.roleRedo')),
    separator,
    role('cut', t('menu.roleCut')),
    role('copy', t('menu.roleCopy')),
    role('paste', t('menu.rolePaste')),
    ...(mac ? [role('pasteAndMatchStyle', t('menu.rolePasteAndMatchStyle'))] : []),
    role('delete', t('menu.roleDelete')),
    separator,
    role('selectAll', t('menu.roleSelectAll')),
  ];

  const zoomIn = label(t('menu.zoomIn'));
  const view: MenuItemConstructorOptions[] = [
    { label: zoomIn, accelerator: SHORTCUTS.zoomIn, click: () => actions.zoom('in') },
    // macOS reads CmdOrCtrl+Plus as Cmd+Shift+=; this hidden twin makes Cmd+= zoom in too, as in every Mac browser.
    // (Windows and Linux already read Ctrl+Plus as the =/+ key, with or without Shift.)
    ...(mac ? [{ label: zoomIn, accelerator: 'CmdOrCtrl+=', visible: false, acceleratorWorksWhenHidden: true, click: () => actions.zoom('in') }] : []),
    { label: label(t('menu.zoomOut')), accelerator: SHORTCUTS.zoomOut, click: () => actions.zoom('out') },
    { label: label(t('menu.actualSize')), accelerator: SHORTCUTS.actualSize, click: () => actions.zoom('reset') },
    separator,
    role('togglefullscreen', t('menu.roleToggleFullScreen')),
  ];

  const minimize = role('minimize', t('menu.roleMinimize'));
  const close = role('close', t('menu.roleClose'));
  const window: MenuItemConstructorOptions[] = mac ? [minimize, role('zoom', t('menu.roleZoom')), separator, role('front', t('menu.roleFront')), separator, close] : [minimize, close];

  // Nothing here goes online: no "Learn more", no web pages.
  const help: MenuItemConstructorOptions[] = [
    { label: label(t('menu.keyboardShortcuts')), accelerator: SHORTCUTS.shortcuts, click: ask('shortcuts') },
    ...(mac ? [] : [separator, about]),
  ];

  return [
    ...(mac
      ? [
          {
            label: 'Hearth',
            submenu: [
              about,
              separator,
              settings,
              separator,
              role('hide', t('menu.roleHide')),
              role('hideOthers', t('menu.roleHideOthers')),
              role('unhide', t('menu.roleUnhide')),
              separator,
              quit,
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: top(t(mac ? 'menu.fileMac' : 'menu.file')), submenu: file },
    { label: top(t('menu.edit')), submenu: edit },
    { label: top(t(mac ? 'menu.viewMac' : 'menu.view')), submenu: view },
    { label: top(t('menu.window')), ...(mac ? { role: 'window' as const } : {}), submenu: window },
    { label: top(t('menu.help')), ...(mac ? { role: 'help' as const } : {}), submenu: help },
  ];
}

export interface AppMenu {
  /** Rebuild the menu with a changed state (a lock, an unlock, a new quick hide key, another language). */
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
      if (next.unlocked === state.unlocked && next.quickHideShortcut === state.quickHideShortcut && (next.words ?? wordsIn('en')) === (state.words ?? wordsIn('en'))) return;
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
