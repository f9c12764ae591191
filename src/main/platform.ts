import { app, dialog, type BrowserWindow } from 'electron';
import { basename, join } from 'node:path';
import type { Platform, SaveFileOptions } from './core/platform';

/**
 * The desktop side of the core's Platform. Dialogs are modal to Hearth's window. Chosen paths are
 * never added to the recent documents of the OS (`dontAddToRecent` on Windows).
 */
export function createElectronPlatform(getWindow: () => BrowserWindow | null): Platform {
  const parent = (): BrowserWindow | undefined => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : undefined;
  };

  return {
    async chooseFolder(title: string): Promise<string | null> {
      const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async chooseSavePath(request: SaveFileOptions): Promise<string | null> {
      const options: Electron.SaveDialogOptions = {
        title: request.title,
        defaultPath: join(app.getPath('documents'), basename(request.defaultName)),
        filters: request.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
