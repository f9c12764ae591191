import type { AppStatus } from '../../shared/app';
import type { Session } from '../../shared/vaults';
import { HearthError } from '../../shared/errors';
import type { Db } from '../db/database';
import type { MigrateHooks } from '../db/migrations';
import { readKeySlots } from '../keys/keyslots';
import { recoveryCodeUnseen } from '../keys/recovery-state';
import type { Clock } from '../platform';
import type { UnlockedVault } from './unlocked-vault';

/** A vault file about to be migrated: the open (still unmigrated) database and what it needs to be copied. */
export interface PendingMigration {
  db: Db;
  dir: string;
  dataKey: Buffer;
  from: number;
  to: number;
}

/**
 * The unlocked vault, if any, and who is told when a vault opens, is about to be migrated, or locks. VaultService
 * (vault-service.ts) opens the files and hands them over here.
 */
export class VaultSession {
  readonly #clock: Clock;
  readonly #lockListeners = new Set<() => void>();
  readonly #unlockListeners = new Set<(db: Db) => void>();
  readonly #openListeners = new Set<(db: Db) => void>();
  readonly #beforeMigrateListeners = new Set<(file: PendingMigration) => void>();
  #unlocked: UnlockedVault | null = null;
  /** While a re-key has the database closed (`closedForRekey`): a lock meanwhile clears it, and the file is not reopened. */
  #closedForRekey: { lockedMeanwhile: boolean } | null = null;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** The unlocked vault, or null while locked. */
  get current(): UnlockedVault | null {
    return this.#unlocked;
  }

  get isUnlocked(): boolean {
    return this.#unlocked !== null;
  }

  requireUnlocked(): UnlockedVault {
    if (!this.#unlocked) throw new HearthError('VAULT_LOCKED', 'The vault is locked. Unlock it to go on.');
    return this.#unlocked;
  }

  onLock(listener: () => void): () => void {
    this.#lockListeners.add(listener);
    return () => this.#lockListeners.delete(listener);
  }

  /** Called inside every unlock, before it is reported done (housekeeping such as purging old trash). */
  onUnlock(listener: (db: Db) => void): void {
    this.#unlockListeners.add(listener);
  }

  /** Called whenever a vault's connection is ready for use: after it is created as well as inside every unlock. */
  onOpen(listener: (db: Db) => void): void {
    this.#openListeners.add(listener);
  }

  /** Called when migrations are pending on this thread, before they run (the pre-migration copy): a restored older file, or an unlock without a migrator. */
  onBeforeMigrate(listener: (file: PendingMigration) => void): void {
    this.#beforeMigrateListeners.add(listener);
  }

  /** Tell the `onOpen` listeners, and for any way in but a create the `onUnlock` ones too, that `db` is ready for use. */
  opened(db: Db, how: 'created' | 'unlocked'): void {
    const listeners = how === 'created' ? this.#openListeners : [...this.#openListeners, ...this.#unlockListeners];
    for (const listener of listeners) listener(db);
  }

  /** `migrate`'s hooks for a vault file opened on this thread: its pending steps are announced to `onBeforeMigrate`. */
  migrateHooks(db: Db, dir: string, dataKey: Buffer): MigrateHooks {
    return { beforePending: (from, to) => this.#beforeMigrateListeners.forEach((listener) => listener({ db, dir, dataKey, from, to })) };
  }

  /** Make `vault` the unlocked one; the one before, if any, is closed first. */
  enter(vault: UnlockedVault): void {
    this.close();
    this.#unlocked = vault;
  }

  /** Close the unlocked vault (its connection closed, its key wiped) without telling anyone: a step of a create, a restore or a re-key. */
  close(): void {
    this.#unlocked?.close();
    this.#unlocked = null;
  }

  /** Tell the `onLock` listeners that the vault is locked: by `lock`, or because a file closed for a restore or a re-key did not open again. */
  locked(): void {
    for (const listener of this.#lockListeners) listener();
  }

  lock(): void {
    if (this.#closedForRekey && !this.#closedForRekey.lockedMeanwhile) {
      this.#closedForRekey.lockedMeanwhile = true;
      this.locked();
      return;
    }
    if (!this.#unlocked) return;
    this.close();
    this.locked();
  }

  /**
   * Close the vault while `work` (a re-key's file work) runs, and say how it ended: what it threw (null when nothing),
   * and whether a lock came meanwhile. Such a lock is told to the `onLock` listeners at once (`lock`).
   */
  async closedForRekey(work: () => Promise<void>): Promise<{ failure: unknown; lockedMeanwhile: boolean }> {
    const state = { lockedMeanwhile: false };
    this.close();
    this.#closedForRekey = state;
    let failure: unknown = null;
    try {
      await work();
    } catch (error) {
      failure = error;
    } finally {
      this.#closedForRekey = null;
    }
    return { failure, lockedMeanwhile: state.lockedMeanwhile };
  }

  status(): AppStatus {
    return this.#unlocked ? { state: 'unlocked', session: this.describe() } : { state: 'locked' };
  }

  /** The unlocked vault as the window sees it. */
  describe(): Session {
    const vault = this.requireUnlocked();
    const file = readKeySlots(vault.dir, vault.meta.id);
    return {
      vault: { id: vault.meta.id, name: vault.meta.name, path: vault.dir, lastOpenedAt: this.#clock.now().toISOString(), available: true },
      partners: vault.partners(),
      unlockedWith: vault.unlockedWith,
      needsPassphrase: !file || file.slots.length === 0,
      recoveryCodeUnseen: recoveryCodeUnseen(vault.db),
    };
  }
}
