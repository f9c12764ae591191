import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Windows and Linux get none at all (copy and paste work in text fields
 * without one). macOS needs one for the standard shortcuts, so it gets the app, Edit and Window
 * roles only: no View menu, hence no Reload, Force Reload or Toggle Developer Tools.
 */
export function macMenuTemplate(): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Hearth',
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'zoom' }, { role: 'close' }] },
  ];
}

export function installMenu(platform: NodeJS.Platform): void {
  Menu.setApplicationMenu(platform === 'darwin' ? Menu.buildFromTemplate(macMenuTemplate()) : null);
}
