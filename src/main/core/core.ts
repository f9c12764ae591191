import type { CoreApi } from '../../shared/contract';
import type { SearchKind } from '../../shared/search';
import { toHearthError } from './errors';
import { systemClock, type Clock, type Platform } from './platform';
import type { KdfParams } from './vault/kdf';
import { DraftService } from './drafts/draft-service';
import { search } from './search/search-index';
import { TimelineService } from './timeline/timeline-service';
import { KeyService } from './vault/key-service';
import { VaultService } from './vault/vault-service';

export interface CoreOptions {
  /** The app's own folder (Electron's userData): the list of known vaults and, by default, the vaults. */
  dataDir: string;
  platform: Platform;
  clock?: Clock;
  /** Argon2id parameters for new key slots. Default 'calibrate' (0.3–1 s here); tests pass small fixed ones. */
  kdf?: KdfParams | 'calibrate';
  /** better_sqlite3.node built for the running ABI, when it is not Node's (the Electron shell passes it). */
  nativeBinding?: string;
}

export interface Core extends CoreApi {
  /** Called after every lock, so the shell can wipe the renderer. Returns an unsubscribe function. */
  onLock(listener: () => void): () => void;
  /** Lock and release everything; the core is not used afterwards. */
  close(): Promise<void>;
}

/** Build the whole Electron-free application: the same object serves the Electron shell and the tests. */
export function createCore(options: CoreOptions): Core {
  const vaults = new VaultService({
    dataDir: options.dataDir,
    platform: options.platform,
    clock: options.clock ?? systemClock,
    kdf: options.kdf ?? 'calibrate',
    nativeBinding: options.nativeBinding,
  });
  const keys = new KeyService(vaults);
  const timeline = new TimelineService(vaults);
  const drafts = new DraftService(vaults);
  // Each kind of searchable content says when its hits happened; a new kind must add itself here.
  const searchDates: Record<SearchKind, (ids: string[]) => Map<string, string>> = {
    timeline: (ids) => timeline.datesOf(ids),
  };
  // Every call runs after the previous one, and anything thrown leaves as a HearthError with a stable code.
  const serial = <T>(work: () => Promise<T> | T): Promise<T> =>
    vaults.serial(work).catch((error: unknown) => {
      throw toHearthError(error);
    });

  return {
    app: {
      status: () => serial(() => vaults.status()),
    },
    vaults: {
      list: () => serial(() => vaults.list()),
      create: (input) => serial(() => vaults.create(input)),
      chooseFolder: () => vaults.chooseFolder(),
      addFromFolder: ({ folder }) => serial(() => vaults.addFromFolder(folder)),
      forget: ({ vaultId }) => serial(() => vaults.forget(vaultId)),
      unlock: ({ vaultId, secret }) => serial(() => vaults.unlock(vaultId, secret)),
      lock: () => serial(() => vaults.lock()),
    },
    keys: {
      list: () => serial(() => keys.list()),
      addPassphrase: (input) => serial(() => keys.addPassphrase(input)),
      changePassphrase: (input) => serial(() => keys.changePassphrase(input)),
      remove: (input) => serial(() => keys.remove(input)),
      regenerateRecoveryCode: ({ confirm }) => serial(() => keys.regenerateRecoveryCode(confirm)),
      saveRecoveryKit: ({ recoveryCode }) => serial(() => keys.saveRecoveryKit(recoveryCode)),
    },
    timeline: {
      list: (input) => serial(() => timeline.list(input)),
      years: () => serial(() => timeline.years()),
      get: ({ id }) => serial(() => timeline.get(id)),
      create: (input) => serial(() => timeline.create(input)),
      update: (input) => serial(() => timeline.update(input)),
      history: ({ id }) => serial(() => timeline.history(id)),
      restoreVersion: ({ id, version, expectedVersion }) => serial(() => timeline.restoreVersion(id, version, expectedVersion)),
      remove: ({ id }) => serial(() => timeline.remove(id)),
      trash: () => serial(() => timeline.trash()),
      restore: ({ id }) => serial(() => timeline.restore(id)),
      deleteForever: ({ id }) => serial(() => timeline.deleteForever(id)),
      link: ({ from, to }) => serial(() => timeline.link(from, to)),
      unlink: ({ from, to }) => serial(() => timeline.unlink(from, to)),
      onThisDay: ({ today }) => serial(() => timeline.onThisDay(today)),
      tags: () => serial(() => timeline.tags()),
      addPhoto: (input) => serial(() => timeline.addPhoto(input)),
      photo: ({ id }) => serial(() => timeline.photo(id)),
      setPhotoCaption: ({ id, caption }) => serial(() => timeline.setPhotoCaption(id, caption)),
      removePhoto: ({ id }) => serial(() => timeline.removePhoto(id)),
    },
    drafts: {
      save: (input) => serial(() => drafts.save(input)),
      get: ({ key }) => serial(() => drafts.get(key)),
      list: () => serial(() => drafts.list()),
      discard: ({ key }) => serial(() => drafts.discard(key)),
    },
    search: {
      query: ({ text, limit }) => serial(() => search(vaults.requireUnlocked().db, text, limit, (kind, ids) => searchDates[kind](ids))),
    },
    onLock: (listener) => vaults.onLock(listener),
    close: () => serial(() => vaults.lock()),
  };
}
