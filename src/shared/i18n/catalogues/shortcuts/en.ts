/** The keyboard shortcuts dialog (Help › Keyboard shortcuts). The keys themselves come from the keyboard, not here. */
const shortcuts = {
  title: 'Keyboard shortcuts',
  what: 'What',
  keys: 'Keys',
  search: 'Search everything',
  newEntry: 'A new entry (Timeline) or reflection (Reflections)',
  lock: 'Lock the vault',
  quickHide: 'Hide the window and lock',
  settings: 'Settings',
  shortcuts: 'These shortcuts',
  larger: 'Make everything larger',
  smaller: 'Make everything smaller',
  actualSize: 'Actual size',
  fullScreen: 'Full screen',
  note: 'Every one is also in the menus at the top of the window. Text size stays as you set it in Settings.',
  close: 'Close',
};

export default shortcuts;
