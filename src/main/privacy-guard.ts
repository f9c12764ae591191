import type { BrowserWindow } from 'electron';
import type { PrivacySettings } from '../shared/privacy';
import { matchesAccelerator } from '../shared/accelerator';

export interface GuardedCore {
  privacy: { get(): Promise<PrivacySettings> };
  vaults: { lock(arg?: undefined): Promise<void> };
  onPrivacyChange(listener: (settings: PrivacySettings) => void): () => void;
}

/** Lock now; a lock that fails is logged (one line), never left as an unhandled rejection. */
export function lockNow(core: Pick<GuardedCore, 'vaults'>): void {
  core.vaults.lock(undefined).catch(() => console.error('Hearth could not lock the vault.'));
}

/** Quick hide: hide first, as the screen must be clear at once; the lock follows a moment later. */
export function hideAndLock(win: Pick<BrowserWindow, 'hide' | 'isDestroyed'> | null, core: Pick<GuardedCore, 'vaults'>): void {
  if (win && !win.isDestroyed()) win.hide();
  lockNow(core);
}

/**
 * What the window does for privacy: content protection as chosen (on by default), and the quick
 * hide key that locks the vault and hides the window at once. Returns a function that stops it.
 */
export async function guardWindow(win: BrowserWindow, core: GuardedCore, platform: NodeJS.Platform = process.platform): Promise<() => void> {
  let settings = await core.privacy.get();
  const apply = (next: PrivacySettings): void => {
    settings = next;
    if (!win.isDestroyed()) win.setContentProtection(next.contentProtection);
  };
  apply(settings);
  const stop = core.onPrivacyChange(apply);

  win.webContents.on('before-input-event', (event, input) => {
    if (!matchesAccelerator(settings.quickHideShortcut, input, platform === 'darwin')) return;
    event.preventDefault();
    hideAndLock(win, core);
  });
  return stop;
}
