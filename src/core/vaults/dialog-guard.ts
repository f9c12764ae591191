import { HearthError } from '../../shared/errors';
import type { Platform } from '../platform';

/**
 * The desktop as the services see it: a file dialog opened while a vault is unlocked answers only if that same
 * unlocked session is still there when the person clicks. A lock never waits for a dialog (core.ts), so a Save
 * dialog left open across an auto-lock, a sleep or a quick hide must not let its call go on and write: it fails
 * with VAULT_LOCKED instead, and nothing is written.
 */
export function dialogsEndWithSession(platform: Platform, session: () => object | null): Platform {
  const guarded = Object.create(platform) as Platform;
  // The dialog is looked up on the platform at each call, so one replaced later (a test's) is the one that opens.
  const guard =
    <K extends 'chooseFolder' | 'chooseSavePath' | 'chooseOpenFile'>(name: K) =>
    async (...args: Parameters<NonNullable<Platform[K]>>): Promise<string | null> => {
      const openedFor = session();
      const dialog = platform[name] as ((...a: typeof args) => Promise<string | null>) | undefined;
      if (!dialog) throw new HearthError('INTERNAL', 'There is no file dialog here.');
      const answer = await dialog.apply(platform, args);
      if (openedFor && session() !== openedFor) {
        throw new HearthError('VAULT_LOCKED', 'Hearth locked while the dialog was open, so nothing was saved or opened. Unlock it and try again.');
      }
      return answer;
    };
  guarded.chooseFolder = guard('chooseFolder');
  guarded.chooseSavePath = guard('chooseSavePath');
  if (platform.chooseOpenFile) guarded.chooseOpenFile = guard('chooseOpenFile');
  return guarded;
}
