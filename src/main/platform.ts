import { app, clipboard, dialog, Notification, powerMonitor, type BrowserWindow } from 'electron';
import { basename } from 'node:path';
import type { SystemEvent } from '../shared/privacy';
import type { OpenFileOptions, Platform, SaveFileOptions } from '../core/platform';

/**
 * The desktop side of the core's Platform. Dialogs are modal to Hearth's window. Chosen paths are
 * never added to the recent documents of the OS (`dontAddToRecent` on Windows).
 */
export interface ElectronPlatform extends Platform {
  /** The shell reports window events (minimise, focus lost) here once the window exists. */
  systemEvent(event: SystemEvent): void;
}

export function createElectronPlatform(getWindow: () => BrowserWindow | null): ElectronPlatform {
  const listeners = new Set<(event: SystemEvent) => void>();
  const systemEvent = (event: SystemEvent): void => listeners.forEach((listener) => listener(event));
  powerMonitor.on('suspend', () => systemEvent('suspend'));
  powerMonitor.on('lock-screen', () => systemEvent('lock-screen'));

  const parent = (): BrowserWindow | undefined => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : undefined;
  };

  return {
    systemEvent,

    idleSeconds: () => powerMonitor.getSystemIdleTime(),

    onSystemEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    readClipboardText: () => clipboard.readText(),

    clearClipboard: () => clipboard.clear(),

    systemLanguages: () => app.getPreferredSystemLanguages(),

    notify(title, body) {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },

    async chooseFolder(title: string): Promise<string | null> {
      const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async chooseOpenFile(request: OpenFileOptions): Promise<string | null> {
      const options: Electron.OpenDialogOptions = { title: request.title, filters: request.filters, properties: ['openFile', 'dontAddToRecent'] };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async chooseSavePath(request: SaveFileOptions): Promise<string | null> {
      const options: Electron.SaveDialogOptions = {
        title: request.title,
        // A file name only, never a folder: Hearth does not steer where a private file goes (Documents, say, which
        // may be synced or shared); the dialog opens where the system would, usually where this person last saved.
        defaultPath: basename(request.defaultName),
        filters: request.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
