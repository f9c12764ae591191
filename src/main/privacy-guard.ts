import type { BrowserWindow } from 'electron';
import type { PrivacySettings } from '../shared/privacy';
import { matchesAccelerator } from '../shared/accelerator';

export interface GuardedCore {
  privacy: { get(): Promise<PrivacySettings> };
  vaults: { lock(arg?: undefined): Promise<void> };
  onPrivacyChange(listener: (settings: PrivacySettings) => void): () => void;
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
    // Hide first: the screen must be clear at once; the lock follows a moment later.
    win.hide();
    void core.vaults.lock(undefined);
  });
  return stop;
}
