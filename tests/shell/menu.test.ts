import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installMenu, menuTemplate, SHORTCUTS, unlockedAfter, ZOOM_MAX, ZOOM_MIN, zoomContents, type MenuActions, type MenuState } from '../../src/main/menu';
import type { MenuCommand } from '../../src/shared/menu';
import { contextMenuTemplate } from '../../src/main/context-menu';
import { wordsIn, type Words } from '../../src/core/i18n/words';
import { startHearth, type ShellCore } from '../../src/main/app';
import { shellWords } from '../../src/main/words';
import { methods } from '../../src/shared/contract';
import { DEFAULT_PRIVACY } from '../../src/shared/privacy-defaults';
import { fake, FakeWebContents, resetFake, type FakeMenu } from './fake-electron';

type Item = MenuItemConstructorOptions;
const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

interface Recorded extends MenuActions {
  done: string[];
}

function recorder(): Recorded {
  const done: string[] = [];
  return {
    done,
    command: (command: MenuCommand) => done.push(`command:${command}`),
    lock: () => done.push('lock'),
    quickHide: () => done.push('quickHide'),
    zoom: (direction) => done.push(`zoom:${direction}`),
  };
}

const UNLOCKED: MenuState = { unlocked: true, quickHideShortcut: 'CommandOrControl+Shift+H' };
const LOCKED: MenuState = { ...UNLOCKED, unlocked: false };

/** Every item, submenus included, depth first. */
function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const plain = (label: string | undefined): string => (label ?? '').replace(/&/g, '').toLowerCase();

function topLabels(template: Item[]): string[] {
  return template.map((item) => plain(item.label));
}

function submenuOf(template: Item[], name: string): Item[] {
  const menu = template.find((item) => plain(item.label) === name);
  expect(menu, name).toBeDefined();
  return menu!.submenu as Item[];
}

function item(template: Item[], label: string): Item {
  const found = flatten(template).filter((entry) => plain(entry.label) === label.toLowerCase() && entry.visible !== false);
  expect(found, label).toHaveLength(1);
  return found[0]!;
}

function click(entry: Item): void {
  (entry.click as unknown as () => void)();
}

beforeEach(() => resetFake());

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux, and the app menu first on macOS', () => {
    expect(topLabels(menuTemplate('darwin', UNLOCKED, recorder()))).toEqual(['hearth', 'file', 'edit', 'view', 'window', 'help']);
    for (const os of ['win32', 'linux'] as const) expect(topLabels(menuTemplate(os, UNLOCKED, recorder())), os).toEqual(['file', 'edit', 'view', 'window', 'help']);
    // Alt+F and so on open them on Windows and Linux; macOS has no access keys.
    expect(menuTemplate('win32', UNLOCKED, recorder()).map((entry) => entry.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(menuTemplate('darwin', UNLOCKED, recorder()).some((entry) => entry.label?.includes('&'))).toBe(false);
  });

  it.each(PLATFORMS)('%s: no reload, force reload or developer tools anywhere, by role or by label', (os) => {
    for (const state of [UNLOCKED, LOCKED]) {
      const all = flatten(menuTemplate(os, state, recorder()));
      const roles = all.map((entry) => entry.role).filter(Boolean);
      for (const dangerous of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu', 'fileMenu', 'editMenu', 'appMenu', 'windowMenu', 'services']) expect(roles).not.toContain(dangerous);
      for (const entry of all) {
        expect(plain(entry.label)).not.toMatch(/reload|developer|devtools|inspect/);
        expect(entry.accelerator ?? '').not.toMatch(/^(F5|F12|CmdOrCtrl\+R|CmdOrCtrl\+Shift\+(R|I))$/i);
      }
    }
  });

  it.each(PLATFORMS)('%s: shows each shortcut with CmdOrCtrl (Cmd on macOS, Ctrl elsewhere), never Ctrl and Cmd both', (os) => {
    const template = menuTemplate(os, UNLOCKED, recorder());
    expect(item(template, 'New entry').accelerator).toBe('CmdOrCtrl+N');
    expect(item(template, 'Search…').accelerator).toBe('CmdOrCtrl+K');
    expect(item(template, 'Lock').accelerator).toBe('CmdOrCtrl+L');
    expect(item(template, 'Settings…').accelerator).toBe('CmdOrCtrl+,');
    expect(item(template, 'Keyboard shortcuts').accelerator).toBe('CmdOrCtrl+/');
    expect(item(template, 'Zoom in').accelerator).toBe('CmdOrCtrl+Plus');
    expect(item(template, 'Zoom out').accelerator).toBe('CmdOrCtrl+-');
    expect(item(template, 'Actual size').accelerator).toBe('CmdOrCtrl+0');
    expect(item(template, 'Hide and lock').accelerator).toBe('CommandOrControl+Shift+H');
    for (const entry of flatten(template)) {
      if (!entry.accelerator) continue;
      // Only the platform-neutral modifier: an explicit Ctrl or Cmd would be the wrong key on one of the desktops.
      expect(entry.accelerator, plain(entry.label)).toMatch(/^(CmdOrCtrl|CommandOrControl)\+/);
      expect(entry.accelerator).not.toMatch(/(^|\+)(Ctrl|Control|Cmd|Command|Super|Meta)\+/);
    }
    // Every accelerator is one of Hearth's shortcuts (plus the quick hide key and macOS's hidden Cmd+= twin).
    const shown = flatten(template).filter((entry) => entry.accelerator && entry.visible !== false);
    expect(shown.map((entry) => entry.accelerator).sort()).toEqual([...Object.values(SHORTCUTS), UNLOCKED.quickHideShortcut].sort());
  });

  it('puts Settings and About in the app menu on macOS, in File and Help elsewhere', () => {
    const mac = menuTemplate('darwin', UNLOCKED, recorder());
    const app = submenuOf(mac, 'hearth');
    expect(app.map((entry) => entry.role ?? plain(entry.label))).toEqual(['about', 'separator', 'settings…', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit'].map((r) => (r === 'separator' ? '' : r)));
    expect(submenuOf(mac, 'help').some((entry) => entry.role === 'about')).toBe(false);
    for (const os of ['win32', 'linux'] as const) {
      const template = menuTemplate(os, UNLOCKED, recorder());
      expect(submenuOf(template, 'file').some((entry) => plain(entry.label) === 'settings…'), os).toBe(true);
      expect(submenuOf(template, 'file').at(-1)?.role, os).toBe('quit');
      expect(submenuOf(template, 'help').some((entry) => entry.role === 'about'), os).toBe(true);
    }
  });

  it('uses title case on macOS and sentence case on Windows and Linux', () => {
    expect(item(menuTemplate('darwin', UNLOCKED, recorder()), 'Zoom in').label).toBe('Zoom In');
    expect(item(menuTemplate('darwin', UNLOCKED, recorder()), 'Hide and lock').label).toBe('Hide and Lock');
    expect(item(menuTemplate('linux', UNLOCKED, recorder()), 'Zoom in').label).toBe('Zoom in');
  });

  it.each(PLATFORMS)('%s: the Edit menu has the editing roles', (os) => {
    const roles = submenuOf(menuTemplate(os, UNLOCKED, recorder()), 'edit').map((entry) => entry.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it.each(PLATFORMS)('%s: View zooms (in, out, actual size) and has nothing else but full screen', (os) => {
    const actions = recorder();
    const view = submenuOf(menuTemplate(os, UNLOCKED, actions), 'view');
    for (const entry of view) if (entry.click) click(entry);
    const twin = os === 'darwin' ? ['zoom:in'] : [];
    expect(actions.done).toEqual(['zoom:in', ...twin, 'zoom:out', 'zoom:reset']);
    expect(view.filter((entry) => entry.role).map((entry) => entry.role)).toEqual(['togglefullscreen']);
  });

  it('on macOS, Cmd+= zooms in too, through a hidden item', () => {
    const hidden = flatten(menuTemplate('darwin', UNLOCKED, recorder())).filter((entry) => entry.visible === false);
    expect(hidden.map((entry) => entry.accelerator)).toEqual(['CmdOrCtrl+=']);
    expect(flatten(menuTemplate('linux', UNLOCKED, recorder())).some((entry) => entry.visible === false)).toBe(false);
  });

  it.each(PLATFORMS)('%s: the items that act in the app reach it; lock and hide and lock act in the main process', (os) => {
    const actions = recorder();
    const template = menuTemplate(os, UNLOCKED, actions);
    for (const label of ['New entry', 'Search…', 'Settings…', 'Keyboard shortcuts', 'Lock', 'Hide and lock']) click(item(template, label));
    expect(actions.done).toEqual(['command:newEntry', 'command:search', 'command:settings', 'command:shortcuts', 'lock', 'quickHide']);
  });

  it.each(PLATFORMS)('%s: while the vault is locked, what needs it is disabled; shortcuts help, hiding and zoom are not', (os) => {
    const template = menuTemplate(os, LOCKED, recorder());
    for (const label of ['New entry', 'Search…', 'Lock', 'Settings…']) expect(item(template, label).enabled, label).toBe(false);
    for (const label of ['Keyboard shortcuts', 'Hide and lock', 'Zoom in', 'Zoom out', 'Actual size']) expect(item(template, label).enabled, label).not.toBe(false);
    const open = menuTemplate(os, UNLOCKED, recorder());
    for (const label of ['New entry', 'Search…', 'Lock', 'Settings…']) expect(item(open, label).enabled, label).toBe(true);
  });

  it('Help holds nothing that goes online', () => {
    for (const os of PLATFORMS) {
      const help = submenuOf(menuTemplate(os, UNLOCKED, recorder()), 'help');
      for (const entry of help) expect(plain(entry.label)).not.toMatch(/learn more|website|online|documentation|report/);
      expect(help.map((entry) => entry.role ?? plain(entry.label)).filter(Boolean)).toEqual(os === 'darwin' ? ['keyboard shortcuts'] : ['keyboard shortcuts', 'about']);
    }
  });

  it('the quick hide key is shown as chosen; on Windows and Linux the item does not register it (the guard catches it)', () => {
    const custom = { ...UNLOCKED, quickHideShortcut: 'CommandOrControl+Alt+F9' };
    expect(item(menuTemplate('linux', custom, recorder()), 'Hide and lock')).toMatchObject({ accelerator: 'CommandOrControl+Alt+F9', registerAccelerator: false });
    expect(item(menuTemplate('darwin', custom, recorder()), 'Hide and lock').accelerator).toBe('CommandOrControl+Alt+F9');
  });
});

describe('the application menu in German', () => {
  const GERMAN: MenuState = { ...UNLOCKED, words: wordsIn('de') };

  it('names its menus as German programs do, with access keys on Windows and Linux', () => {
    expect(menuTemplate('win32', GERMAN, recorder()).map((entry) => entry.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Fenster', '&Hilfe']);
    expect(menuTemplate('linux', GERMAN, recorder()).map((entry) => entry.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Fenster', '&Hilfe']);
    expect(menuTemplate('darwin', GERMAN, recorder()).map((entry) => entry.label)).toEqual(['Hearth', 'Ablage', 'Bearbeiten', 'Darstellung', 'Fenster', 'Hilfe']);
  });

  it.each(PLATFORMS)('%s: is never title-cased, keeps every shortcut, and every item acts as in English', (os) => {
    const actions = recorder();
    const template = menuTemplate(os, GERMAN, actions);
    expect(item(template, 'Ausblenden und sperren').label).toBe('Ausblenden und sperren');
    expect(item(template, 'Einstellungen …').accelerator).toBe(SHORTCUTS.settings);
    expect(item(template, 'Originalgröße').accelerator).toBe(SHORTCUTS.actualSize);
    expect(item(template, 'Tastenkürzel').label).toBe('Tastenkürzel');
    const english = menuTemplate(os, UNLOCKED, recorder());
    const shortcuts = (items: Item[]) => flatten(items).map((entry) => entry.accelerator ?? '');
    expect(shortcuts(template)).toEqual(shortcuts(english));
    expect(flatten(template).map((entry) => entry.role ?? entry.type ?? '')).toEqual(flatten(english).map((entry) => entry.role ?? entry.type ?? ''));
    for (const label of ['Neuer Eintrag', 'Suchen …', 'Einstellungen …', 'Tastenkürzel', 'Sperren', 'Ausblenden und sperren']) click(item(template, label));
    expect(actions.done).toEqual(['command:newEntry', 'command:search', 'command:settings', 'command:shortcuts', 'lock', 'quickHide']);
    expect(item(menuTemplate(os, { ...GERMAN, unlocked: false }, recorder()), 'Neuer Eintrag').enabled).toBe(false);
  });

  it.each(PLATFORMS)('%s: names the OS’s own items too (Electron’s labels are English only); in English they keep Electron’s', (os) => {
    const template = menuTemplate(os, GERMAN, recorder());
    for (const entry of flatten(template)) if (entry.type !== 'separator') expect(entry.label, entry.role).toBeTruthy();
    const edit = submenuOf(template, 'bearbeiten');
    expect(edit.filter((entry) => entry.role).map((entry) => entry.label)).toEqual([
      'Rückgängig',
      'Wiederholen',
      'Ausschneiden',
      'Kopieren',
      'Einfügen',
      ...(os === 'darwin' ? ['Einfügen und Stil anpassen'] : []),
      'Löschen',
      'Alles auswählen',
    ]);
    const quit = flatten(template).find((entry) => entry.role === 'quit');
    expect(quit?.label).toBe('Hearth beenden');
    // English: the roles carry no label of Hearth's, as before; only About is named.
    const english = flatten(menuTemplate(os, UNLOCKED, recorder())).filter((entry) => entry.role && entry.role !== 'about' && entry.role !== 'window' && entry.role !== 'help');
    for (const entry of english) expect(entry.label, entry.role).toBeUndefined();
  });

  it('keeps title case for English on macOS only', () => {
    const english = menuTemplate('darwin', { ...UNLOCKED, words: wordsIn('en') }, recorder());
    expect(item(english, 'Hide and lock').label).toBe('Hide and Lock');
    expect(item(english, 'Keyboard shortcuts').label).toBe('Keyboard Shortcuts');
  });

  it('the right-click menu speaks German too: the OS’s items and “no guesses”', () => {
    const field = {
      isEditable: true,
      selectionText: '',
      editFlags: { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false },
      misspelledWord: 'Hertz',
      dictionarySuggestions: [],
    };
    const german = contextMenuTemplate(field, 'darwin', { replace: () => undefined }, wordsIn('de'));
    expect(german.map((entry) => entry.label ?? '')).toEqual(['Keine Vorschläge', '', 'Ausschneiden', 'Kopieren', 'Einfügen', '', 'Alles auswählen']);
    const english = contextMenuTemplate(field, 'darwin', { replace: () => undefined });
    expect(english.map((entry) => entry.label ?? '')).toEqual(['No Guesses Found', '', '', '', '', '', '']);
  });
});

describe('installMenu', () => {
  const menuNow = (): Item[] => (fake.applicationMenu as FakeMenu).template as Item[];

  it.each(PLATFORMS)('%s: installs a menu, and rebuilds it when the vault opens or locks or the quick hide key changes', (os) => {
    const menu = installMenu(os, LOCKED, recorder());
    expect(item(menuNow(), 'Search…').enabled).toBe(false);
    menu.update({ unlocked: true });
    expect(item(menuNow(), 'Search…').enabled).toBe(true);
    expect(menu.state().unlocked).toBe(true);
    menu.update({ quickHideShortcut: 'CommandOrControl+Shift+F12' });
    expect(item(menuNow(), 'Hide and lock').accelerator).toBe('CommandOrControl+Shift+F12');
    menu.update({ unlocked: false });
    expect(item(menuNow(), 'Search…').enabled).toBe(false);
    const builds = fake.calls.filter((c) => c.api === 'Menu.setApplicationMenu').length;
    menu.update({ unlocked: false });
    expect(fake.calls.filter((c) => c.api === 'Menu.setApplicationMenu')).toHaveLength(builds);
  });

  it.each(PLATFORMS)('%s: draws the menu again when the language changes, and only then', (os) => {
    const menu = installMenu(os, LOCKED, recorder());
    const builds = () => fake.calls.filter((c) => c.api === 'Menu.setApplicationMenu').length;
    const before = builds();
    menu.update({ words: wordsIn('en') }); // English already
    expect(builds()).toBe(before);
    menu.update({ words: wordsIn('de') });
    expect(builds()).toBe(before + 1);
    expect(item(menuNow(), 'Suchen …').enabled).toBe(false);
    expect(item(menuNow(), 'Ausblenden und sperren').accelerator).toBe(LOCKED.quickHideShortcut);
    menu.update({ words: wordsIn('de') });
    expect(builds()).toBe(before + 1);
    menu.update({ unlocked: true, words: wordsIn('en') });
    expect(item(menuNow(), 'Search…').enabled).toBe(true);
  });
});

describe('the shell speaks the chosen language in its menus', () => {
  let userData: string;
  beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'hearth-menu-'));
  });
  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  /** A core with only what the shell asks of it, and a language that can be changed as Settings › Language does. */
  function languageCore(initial: Words) {
    let words = initial;
    const listeners = new Set<(words: Words) => void>();
    const core = {
      onLock: () => () => undefined,
      onPrivacyChange: () => () => undefined,
      privacy: { get: async () => ({ ...DEFAULT_PRIVACY }) },
      vaults: { lock: async () => undefined },
      close: () => undefined,
      words: () => words,
      onLanguageChange(listener: (words: Words) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    } as unknown as ShellCore;
    const choose = (next: Words) => {
      words = next;
      for (const listener of listeners) listener(next);
    };
    return { core, choose };
  }

  const startWith = (core: ShellCore, os: NodeJS.Platform, beforeCore: () => void = () => undefined) =>
    startHearth({
      createCore: () => {
        beforeCore();
        return core;
      },
      createDispatcher: () => ({ channels: methods.map((m) => m.channel), dispatch: async (channel) => ({ ok: true, value: channel }) }),
      preloadPath: '/app/out/preload/index.cjs',
      rendererRoot: '/app/out/renderer',
      development: true,
      env: { HEARTH_USER_DATA: userData },
      platform: os,
    });
  const menuNow = (): Item[] => (fake.applicationMenu as FakeMenu).template as Item[];

  it.each(PLATFORMS)('%s: draws the menu again whenever the core’s language changes', async (os) => {
    const { core, choose } = languageCore(wordsIn('en'));
    const running = await startWith(core, os);
    expect(item(menuNow(), 'Hide and lock').label).toBe(os === 'darwin' ? 'Hide and Lock' : 'Hide and lock');
    choose(wordsIn('de'));
    expect(item(menuNow(), 'Ausblenden und sperren').label).toBe('Ausblenden und sperren');
    expect(topLabels(menuNow())).toEqual(os === 'darwin' ? ['hearth', 'ablage', 'bearbeiten', 'darstellung', 'fenster', 'hilfe'] : ['datei', 'bearbeiten', 'ansicht', 'fenster', 'hilfe']);
    choose(wordsIn('en'));
    expect(item(menuNow(), 'Search…').enabled).toBe(false);
    await running?.shutdown();
    // Once shut down, a change draws nothing.
    const builds = fake.calls.filter((c) => c.api === 'Menu.setApplicationMenu').length;
    choose(wordsIn('de'));
    expect(fake.calls.filter((c) => c.api === 'Menu.setApplicationMenu')).toHaveLength(builds);
  });

  it('speaks the language chosen on this computer from the first menu, before the core has started', async () => {
    writeFileSync(join(userData, 'language.json'), JSON.stringify({ chosen: 'de' }));
    let menuBeforeCore: string[] = [];
    const { core } = languageCore(wordsIn('de'));
    await startWith(core, 'linux', () => {
      menuBeforeCore = topLabels(menuNow());
    });
    expect(menuBeforeCore).toEqual(['datei', 'bearbeiten', 'ansicht', 'fenster', 'hilfe']);
  });

  it('reads the words without a core or a vault (the box saying Hearth could not start): the choice kept here, else English', () => {
    expect(shellWords(userData).t('dialogs.startFailed')).toBe('Hearth could not start');
    writeFileSync(join(userData, 'language.json'), JSON.stringify({ chosen: 'de' }));
    expect(shellWords(userData).t('dialogs.startFailed')).toBe('Hearth konnte nicht starten');
    writeFileSync(join(userData, 'language.json'), '{"chosen": "d');
    expect(shellWords(userData).language).toBe('en');
    expect(shellWords(join(userData, 'not', 'there')).language).toBe('en');
  });
});

describe('zoomContents', () => {
  it('zooms the page in and out by half a step, back to actual size, within bounds', () => {
    const contents = new FakeWebContents();
    zoomContents(contents as never, 'in');
    zoomContents(contents as never, 'in');
    expect(contents.zoomLevel).toBe(1);
    zoomContents(contents as never, 'out');
    expect(contents.zoomLevel).toBe(0.5);
    zoomContents(contents as never, 'reset');
    expect(contents.zoomLevel).toBe(0);
    for (let i = 0; i < 40; i++) zoomContents(contents as never, 'in');
    expect(contents.zoomLevel).toBe(ZOOM_MAX);
    for (let i = 0; i < 40; i++) zoomContents(contents as never, 'out');
    expect(contents.zoomLevel).toBe(ZOOM_MIN);
  });
});

describe('unlockedAfter', () => {
  const ok = (value: unknown) => ({ ok: true as const, value });
  it('learns of a way in from a successful unlock or create, and of the state from app.status', () => {
    expect(unlockedAfter('hearth:vaults.unlock', ok({}))).toBe(true);
    expect(unlockedAfter('hearth:vaults.create', ok({}))).toBe(true);
    expect(unlockedAfter('hearth:app.status', ok({ state: 'unlocked', session: {} }))).toBe(true);
    expect(unlockedAfter('hearth:app.status', ok({ state: 'locked' }))).toBe(false);
  });

  it('says nothing for a failed call or any other call', () => {
    const failed = { ok: false as const, error: { code: 'WRONG_PASSPHRASE' as const, message: 'No.' } };
    expect(unlockedAfter('hearth:vaults.unlock', failed)).toBeUndefined();
    expect(unlockedAfter('hearth:timeline.list', ok([]))).toBeUndefined();
    expect(unlockedAfter('hearth:app.status', ok(null))).toBeUndefined();
  });
});
