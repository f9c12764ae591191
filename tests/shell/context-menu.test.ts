import type { BrowserWindow as ElectronWindow, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { contextMenuTemplate, installContextMenu, MAX_SUGGESTIONS, type ContextParams, type SpellingActions } from '../../src/main/context-menu';
import { BrowserWindow, fake, FakeEvent, resetFake } from './fake-electron';

type Item = MenuItemConstructorOptions;
const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

const ALL_FLAGS = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false };
const NO_FLAGS = { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: false, canDelete: false, canSelectAll: false, canEditRichly: false };

function params(overrides: Partial<ContextParams> = {}): ContextParams {
  return { isEditable: false, selectionText: '', editFlags: NO_FLAGS, misspelledWord: '', dictionarySuggestions: [], ...overrides };
}

const inField = (overrides: Partial<ContextParams> = {}): ContextParams => params({ isEditable: true, editFlags: ALL_FLAGS, ...overrides });
const misspelt = (overrides: Partial<ContextParams> = {}): ContextParams => inField({ misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'], ...overrides });

function recorder(): SpellingActions & { done: string[] } {
  const done: string[] = [];
  return { done, replace: (word) => done.push(`replace:${word}`) };
}

const roles = (items: Item[]): string[] => items.map((item) => item.role ?? item.type ?? item.label ?? '');

beforeEach(() => resetFake());

describe('the right-click menu', () => {
  it.each(PLATFORMS)('%s: in a text field, cut, copy, paste and select all, enabled as the field allows', (os) => {
    const items = contextMenuTemplate(inField(), os, recorder());
    expect(roles(items)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(items.filter((item) => item.role).every((item) => item.enabled === true)).toBe(true);
    // Nothing selected, clipboard empty (or a password field, where Chromium allows neither cut nor copy).
    const bare = contextMenuTemplate(inField({ editFlags: { ...NO_FLAGS, canSelectAll: true } }), os, recorder());
    expect(bare.find((item) => item.role === 'cut')?.enabled).toBe(false);
    expect(bare.find((item) => item.role === 'copy')?.enabled).toBe(false);
    expect(bare.find((item) => item.role === 'paste')?.enabled).toBe(false);
    expect(bare.find((item) => item.role === 'selectAll')?.enabled).toBe(true);
  });

  it.each(PLATFORMS)('%s: on selected text outside a field, only copy', (os) => {
    const items = contextMenuTemplate(params({ selectionText: 'We walked by the river.', editFlags: { ...NO_FLAGS, canCopy: true } }), os, recorder());
    expect(roles(items)).toEqual(['copy']);
    expect(items[0]!.enabled).toBe(true);
  });

  it.each(PLATFORMS)('%s: nothing anywhere else (no Back, Reload, Inspect or look-up online)', (os) => {
    expect(contextMenuTemplate(params(), os, recorder())).toEqual([]);
    expect(contextMenuTemplate(params({ selectionText: '   \n' }), os, recorder())).toEqual([]);
  });

  it('on macOS, a misspelt word gets the system checker’s suggestions, and nothing writes it into a dictionary', () => {
    const spelling = recorder();
    const items = contextMenuTemplate(misspelt(), 'darwin', spelling);
    expect(roles(items)).toEqual(['receive', 'relieve', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
    (items[1]!.click as unknown as () => void)();
    expect(spelling.done).toEqual(['replace:relieve']);
    expect(items.some((item) => /dictionary/i.test(item.label ?? ''))).toBe(false);
  });

  it('on macOS, says when there is no guess, and shows a few suggestions at most', () => {
    const none = contextMenuTemplate(misspelt({ dictionarySuggestions: [] }), 'darwin', recorder());
    expect(none[0]).toEqual({ label: 'No Guesses Found', enabled: false });
    const many = contextMenuTemplate(misspelt({ dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }), 'darwin', recorder());
    expect(many.filter((item) => item.click)).toHaveLength(MAX_SUGGESTIONS);
  });

  it.each(['win32', 'linux'] as const)('%s: no spelling items at all, even if a word were marked', (os) => {
    const items = contextMenuTemplate(misspelt(), os, recorder());
    expect(roles(items)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
  });
});

describe('installContextMenu', () => {
  function open(os: NodeJS.Platform): BrowserWindow {
    const win = new BrowserWindow({});
    installContextMenu(win as unknown as ElectronWindow, os);
    return win;
  }

  it('pops the menu up over Hearth’s window on a right-click in a field, and shows nothing elsewhere', () => {
    const win = open('linux');
    win.webContents.emit('context-menu', new FakeEvent(), params());
    expect(fake.popups).toHaveLength(0);
    win.webContents.emit('context-menu', new FakeEvent(), inField());
    expect(fake.popups).toHaveLength(1);
    expect(fake.popups[0]!.options).toEqual({ window: win });
    expect(roles(fake.popups[0]!.template as Item[])).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
  });

  it('on macOS, a suggestion replaces the word in the page, and no word is ever taught to the dictionary', () => {
    const win = open('darwin');
    win.webContents.emit('context-menu', new FakeEvent(), misspelt());
    const items = fake.popups[0]!.template as Item[];
    (items.find((item) => item.label === 'receive')!.click as unknown as () => void)();
    expect(win.webContents.replacedMisspellings).toEqual(['receive']);
    expect(win.webContents.session.learnedWords).toEqual([]);
  });
});
