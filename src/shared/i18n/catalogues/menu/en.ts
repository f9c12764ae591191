/**
 * The application menu (src/main/menu.ts), in sentence case: on macOS the shell writes English labels in title case
 * ("Zoom In"), as Mac menus are; other languages keep their own capitalisation everywhere. The labels of the OS's own
 * items (Undo, Copy, Quit…) are Electron's in English; `role*` are the same items named in other languages.
 */
const menu = {
  file: 'File',
  /** The File menu on macOS ("Ablage" in German). */
  fileMac: 'File',
  edit: 'Edit',
  view: 'View',
  /** The View menu on macOS ("Darstellung" in German). */
  viewMac: 'View',
  window: 'Window',
  help: 'Help',
  newEntry: 'New entry',
  search: 'Search…',
  lock: 'Lock',
  hideAndLock: 'Hide and lock',
  settings: 'Settings…',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  actualSize: 'Actual size',
  keyboardShortcuts: 'Keyboard shortcuts',
  about: 'About Hearth',
  // The OS's items, named in a language other than English (English keeps Electron's own labels).
  roleUndo: 'Undo',
  roleRedo: 'Redo',
  roleCut: 'Cut',
  roleCopy: 'Copy',
  rolePaste: 'Paste',
  rolePasteAndMatchStyle: 'Paste and match style',
  roleDelete: 'Delete',
  roleSelectAll: 'Select all',
  roleToggleFullScreen: 'Toggle full screen',
  roleMinimize: 'Minimize',
  roleZoom: 'Zoom',
  roleFront: 'Bring all to front',
  roleClose: 'Close window',
  roleHide: 'Hide Hearth',
  roleHideOthers: 'Hide others',
  roleUnhide: 'Show all',
  roleQuit: 'Quit Hearth',
  /** The right-click menu on macOS, when the spelling checker has no suggestion (macOS only, so in title case). */
  noGuesses: 'No Guesses Found',
};

export default menu;
