import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { methods } from '../shared/contract';
import type { Result } from '../shared/errors';
import type { Dispatcher } from '../core/dispatcher';
import { isAppUrl } from './origin';

export type FrameGuard = (event: IpcMainInvokeEvent) => boolean;

/** What a call from anywhere but Hearth's own window gets back. Existing code: nothing new to branch on. */
export const REFUSED: Result<never> = {
  ok: false,
  error: { code: 'VALIDATION', message: 'Hearth only answers its own window.' },
};

/**
 * Accept a call only from the main frame of Hearth's window, showing Hearth's own origin
 * (`app://hearth`, or the dev server in development). Subframes, other windows, devtools and
 * pages that somehow navigated elsewhere are refused.
 */
export function createFrameGuard(getWindow: () => BrowserWindow | null, devUrl?: string): FrameGuard {
  return (event) => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return false;
    const contents = win.webContents;
    const frame = event.senderFrame;
    if (!frame || event.sender !== contents) return false;
    const main = contents.mainFrame;
    if (frame !== main && (frame.processId !== main.processId || frame.routingId !== main.routingId)) return false;
    if (frame.parent !== null) return false;
    return isAppUrl(frame.url, devUrl);
  };
}

/**
 * One `ipcMain.handle` per contract method. The dispatcher validates and never throws, so the
 * preload always receives a Result. Returns a function that removes every handler.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatcher: Dispatcher, isAppFrame: FrameGuard): () => void {
  const known = new Set(dispatcher.channels);
  const missing = methods.filter((entry) => !known.has(entry.channel));
  if (missing.length > 0) throw new Error(`The dispatcher does not serve ${missing.map((entry) => entry.channel).join(', ')}.`);

  for (const { channel } of methods) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isAppFrame(event)) {
        // One line, never the arguments (they may hold a passphrase).
        console.warn(`Hearth refused ${channel}: the call did not come from Hearth's window.`);
        return REFUSED;
      }
      return dispatcher.dispatch(channel, args);
    });
  }
  return () => {
    for (const { channel } of methods) ipcMain.removeHandler(channel);
  };
}
