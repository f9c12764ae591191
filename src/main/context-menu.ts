import { Menu, type BrowserWindow, type ContextMenuParams, type MenuItemConstructorOptions } from 'electron';
import { wordsIn, type Words } from '../core/i18n/words';

/** What the right-click menu is built from (Electron's `context-menu` params). */
export type ContextParams = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags' | 'misspelledWord' | 'dictionarySuggestions'>;

export interface SpellingActions {
  /** Put a suggestion in place of the misspelt word. */
  replace(suggestion: string): void;
}

/** Suggestions shown at most, as a Mac app shows them. */
export const MAX_SUGGESTIONS = 5;

/**
 * The right-click menu: cut, copy, paste and select all in a text field; copy for text selected elsewhere; nothing
 * anywhere else. On macOS only, a misspelt word gets the system checker's suggestions (the system checker is on the
 * Mac already and downloads nothing); Windows and Linux have no spell checking at all. There is no "Add to
 * dictionary": it would write a word from the vault (a name, a place) into the system's own dictionary file, in the
 * clear, where anyone using the computer could read it. Nothing offers to look anything up online.
 *
 * Cut, copy, paste and select all are Electron's roles, with Electron's labels in English and the catalogue's
 * (`menu.role*`) in any other language; "No Guesses Found" is Hearth's own, in the language spoken (`words`).
 */
export function contextMenuTemplate(params: ContextParams, platform: NodeJS.Platform, spelling: SpellingActions, words: Words = wordsIn('en')): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const items: MenuItemConstructorOptions[] = [];
  const flags = params.editFlags;
  const { t } = words;
  const label = (text: string) => (words.language === 'en' ? {} : { label: text });

  if (params.isEditable) {
    // macOS only, so in the Mac's title case.
    const word = params.misspelledWord;
    if (mac && word) {
      const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
      if (suggestions.length === 0) items.push({ label: t('menu.noGuesses'), enabled: false });
      for (const suggestion of suggestions) items.push({ label: suggestion, click: () => spelling.replace(suggestion) });
      items.push({ type: 'separator' });
    }
    items.push(
      { role: 'cut', enabled: flags.canCut, ...label(t('menu.roleCut')) },
      { role: 'copy', enabled: flags.canCopy, ...label(t('menu.roleCopy')) },
      { role: 'paste', enabled: flags.canPaste, ...label(t('menu.rolePaste')) },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll, ...label(t('menu.roleSelectAll')) },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', enabled: flags.canCopy, ...label(t('menu.roleCopy')) });
  }
  return items;
}

/** Show the right-click menu in Hearth's window, in the language spoken when it opens (`words`; English when not given). */
export function installContextMenu(win: BrowserWindow, platform: NodeJS.Platform, words: () => Words = () => wordsIn('en')): void {
  const contents = win.webContents;
  const spelling: SpellingActions = {
    replace: (suggestion) => contents.replaceMisspelling(suggestion),
  };
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, platform, spelling, words());
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
}
