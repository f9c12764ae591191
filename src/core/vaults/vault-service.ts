import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppStatus } from '../../shared/app';
import type { CreateVaultInput, Session, VaultSummary } from '../../shared/vaults';
import type { Secret } from '../../shared/keys';
import { HearthError } from '../../shared/errors';
import { assertNotTruncated, configureDatabase, type Db } from '../db/database';
import { assertNotTooNew, LATEST_VERSION, migrate } from '../db/migrations';
import { openVaultFile } from '../db/vault-file';
import type { Clock, Platform } from '../platform';
import { wordsIn, type Words } from '../i18n/words';
import { VaultRegistry } from './registry';
import { UnlockAttempts } from './attempts';
import { ensurePrivateDir, isVaultFolder, readVaultMeta, vaultPaths, writeVaultMeta, VAULT_FORMAT_VERSION, type VaultMeta } from './folder';
import { calibrateKdf, type KdfParams } from '../keys/kdf';
import { keyCheck, makeSlot, readKeySlots, writeKeySlots } from '../keys/keyslots';
import { encodeRecoveryCode } from '../keys/recovery-code';
import { recordSlots, sortSlots } from '../keys/slot-trust';
import { keysFromPassphrase, keysFromRecovery, openWithFirstWorkingKey, settleKeySlots, wrongSecret } from '../keys/unlock-keys';
import { verifySecret } from '../keys/verify-secret';
import { finishInterruptedRestore } from '../backups/restore-swap';
import { dialogsEndWithSession } from './dialog-guard';
import { CallQueue } from './call-queue';
import { UnlockedVault } from './unlocked-vault';
import { VaultSession, type PendingMigration } from './vault-session';

export type { PendingMigration } from './vault-session';

export interface VaultServiceOptions {
  dataDir: string;
  platform: Platform;
  clock: Clock;
  /** Argon2id parameters for new slots: 'calibrate' (the app) or fixed ones (tests only). */
  kdf: KdfParams | 'calibrate';
  /** The language Hearth speaks, for the folder dialog's title; English when not given. */
  words?(): Words;
}

/** Runs a vault file's pending migrations elsewhere (a worker thread, which takes a copy of the data key it is given). */
export type Migrator = (file: { database: string; dir: string; dataKey: Buffer }) => Promise<unknown>;

type CreateInput = Required<Pick<CreateVaultInput, 'name' | 'partnerA' | 'partnerB' | 'passphrase'>> & { folder?: string };

/**
 * Creating, opening and locking vaults: the files are opened here (with `openVaultFile`, db/vault-file.ts) and the
 * unlocked vault is held by its session (vault-session.ts), the one place that holds it.
 */
export class VaultService {
  readonly #options: VaultServiceOptions;
  readonly #registry: VaultRegistry;
  readonly #session: VaultSession;
  readonly #queue = new CallQueue();
  #migrator: Migrator | null = null;
  #kdf: Promise<KdfParams> | null = null;
  readonly #platform: Platform;

  constructor(options: VaultServiceOptions) {
    this.#options = options;
    this.#session = new VaultSession(options.clock);
    this.#platform = dialogsEndWithSession(options.platform, () => this.#session.current);
    this.#registry = new VaultRegistry(options.dataDir);
  }

  /** One vault operation at a time (call-queue.ts). A lock does not queue (core.ts): it lands between the steps of whatever is running. */
  serial<T>(work: () => Promise<T> | T): Promise<T> {
    return this.#queue.run(work);
  }

  kdfParams(): Promise<KdfParams> {
    const fixed = this.#options.kdf;
    this.#kdf ??= fixed === 'calibrate' ? calibrateKdf() : Promise.resolve(fixed);
    return this.#kdf;
  }

  get clock(): Clock {
    return this.#options.clock;
  }

  /** The desktop; a file dialog whose vault locked while it was open fails with VAULT_LOCKED (dialog-guard.ts). */
  get platform(): Platform {
    return this.#platform;
  }

  get isUnlocked(): boolean {
    return this.#session.isUnlocked;
  }

  requireUnlocked(): UnlockedVault {
    return this.#session.requireUnlocked();
  }

  /** vault-session.ts `onLock`. */
  onLock(listener: () => void): () => void {
    return this.#session.onLock(listener);
  }

  /** vault-session.ts `onUnlock`: inside every unlock, before it is reported done. */
  onUnlock(listener: (db: Db) => void): void {
    this.#session.onUnlock(listener);
  }

  /** vault-session.ts `onOpen`: whenever a vault's connection is ready for use. */
  onOpen(listener: (db: Db) => void): void {
    this.#session.onOpen(listener);
  }

  /** vault-session.ts `onBeforeMigrate`: migrations pending on this thread, before they run. */
  onBeforeMigrate(listener: (file: PendingMigration) => void): void {
    this.#session.onBeforeMigrate(listener);
  }

  /**
   * How an unlock runs pending migrations off this thread (backup/ gives a worker job that copies the file first).
   * Without one, and for a restored file (`swapDatabase`), they run here, after the `onBeforeMigrate` listeners.
   */
  migrateWith(migrator: Migrator): void {
    this.#migrator = migrator;
  }

  /**
   * For a restore (backup/): close the database, let `replace` put another file in its place, and open that with
   * the same key. If it does not open or fails `check`, `undo` puts the old file back and that is opened again.
   */
  swapDatabase(steps: { replace(): void; undo(): void; check(db: Db): void }): void {
    const current = this.requireUnlocked();
    const { dir, meta, unlockedWith } = current;
    const dataKey = Buffer.from(current.dataKey);
    // The restored file keeps the slot list of its day; the vault's slots are today's (slot-trust.ts).
    const now = this.clock.now();
    const slotsToday = sortSlots(current.db, readKeySlots(dir, meta.id)?.slots ?? [], now).trusted;
    this.#session.close();
    try {
      steps.replace();
      this.#session.enter(
        this.#reopen(dir, meta, dataKey, unlockedWith, (db) => {
          steps.check(db);
          recordSlots(db, slotsToday, now);
        }),
      );
    } catch (error) {
      try {
        steps.undo();
        this.#session.enter(this.#reopen(dir, meta, dataKey, unlockedWith, () => {}));
      } catch {
        dataKey.fill(0);
        this.#session.locked();
      }
      throw error;
    }
  }

  /** Open the vault's file again with `dataKey` after a restore or a re-key closed it; `check` runs before its migrations. */
  #reopen(dir: string, meta: VaultMeta, dataKey: Buffer, unlockedWith: UnlockedVault['unlockedWith'], check: (db: Db) => void): UnlockedVault {
    const path = vaultPaths(dir).database;
    const { db, userVersion } = openVaultFile(path, dataKey);
    try {
      assertNotTooNew(userVersion);
      configureDatabase(db, path);
      check(db);
      return this.#admit(db, { dir, meta, dataKey, unlockedWith });
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * The last steps of an unlock and of a reopen, on a connection to a current file: its pending migrations (after the
   * `onBeforeMigrate` listeners; nothing is left to do once a migrator has run), a first read of what every screen
   * needs (so a damaged page fails here and not later), then the `onOpen` and `onUnlock` listeners. On failure the
   * caller closes the connection.
   */
  #admit(db: Db, vault: { dir: string; meta: VaultMeta; dataKey: Buffer; unlockedWith: UnlockedVault['unlockedWith'] }): UnlockedVault {
    migrate(db, undefined, this.#session.migrateHooks(db, vault.dir, vault.dataKey));
    const admitted = new UnlockedVault({ ...vault, db });
    admitted.partners();
    this.#session.opened(db, 'unlocked');
    return admitted;
  }

  status(): AppStatus {
    return this.#session.status();
  }

  list(): VaultSummary[] {
    return this.#registry.list();
  }

  async chooseFolder(): Promise<{ folder: string | null }> {
    const words = this.#options.words?.() ?? wordsIn('en');
    return { folder: await this.#options.platform.chooseFolder(words.t('dialogs.chooseFolder')) };
  }

  async addFromFolder(folder: string): Promise<VaultSummary> {
    const dir = resolve(folder);
    if (!isVaultFolder(dir)) throw new HearthError('NOT_A_VAULT', 'That folder does not hold a Hearth vault.');
    const meta = readVaultMeta(dir);
    const known = this.#registry.list().find((v) => v.id === meta.id);
    // A second folder with the same vault (a copy on a USB stick) would replace the one listed:
    // say so rather than silently switching which copy opens.
    if (known && known.available && resolve(known.path) !== dir) {
      throw new HearthError(
        'CONFLICT',
        `This folder holds a copy of "${known.name}", which is already listed from another folder. To use this copy instead, forget the listed one first; nothing was changed.`,
      );
    }
    return this.#registry.remember({ id: meta.id, name: meta.name, path: dir });
  }

  async forget(vaultId: string): Promise<void> {
    if (this.#session.current?.meta.id === vaultId) throw new HearthError('CONFLICT', 'Lock this vault before forgetting it.');
    await this.#registry.forget(vaultId);
  }

  async create(input: CreateInput): Promise<{ session: Session; recoveryCode: string }> {
    const kdf = await this.kdfParams();
    const id = randomUUID();
    const dir = input.folder ? freshChild(resolve(input.folder), 'Hearth vault') : join(this.#options.dataDir, 'vaults', id);
    const now = this.clock.now();
    const dataKey = randomBytes(32);
    ensurePrivateDir(dir);
    try {
      const paths = vaultPaths(dir);
      const slot = await makeSlot({ vaultId: id, dataKey, passphrase: input.passphrase, kdf, partner: 'a', now });
      const { db } = openVaultFile(paths.database, dataKey, { create: true });
      try {
        configureDatabase(db, paths.database);
        migrate(db);
        const insert = db.prepare('INSERT INTO partners (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
        db.transaction(() => {
          insert.run('a', input.partnerA, now.toISOString(), now.toISOString());
          insert.run('b', input.partnerB, now.toISOString(), now.toISOString());
        })();
        const check = keyCheck(dataKey, id);
        recordSlots(db, [slot], now);
        writeKeySlots(dir, { format: 'hearth-keyslots', version: 1, vaultId: id, keyCheck: check, slots: [slot] });
        // vault.json last: its presence is what marks a finished vault.
        const meta: VaultMeta = { format: 'hearth-vault', version: VAULT_FORMAT_VERSION, id, name: input.name, createdAt: now.toISOString(), keyCheck: check };
        writeVaultMeta(dir, meta);
        await this.#registry.remember({ id, name: input.name, path: dir, lastOpenedAt: now.toISOString() });
        this.#session.enter(new UnlockedVault({ dir, meta, db, dataKey, unlockedWith: 'passphrase' }));
        this.#session.opened(db, 'created');
      } catch (error) {
        db.close();
        throw error;
      }
      return { session: this.#session.describe(), recoveryCode: encodeRecoveryCode(dataKey) };
    } catch (error) {
      dataKey.fill(0);
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  async unlock(vaultId: string, secret: Secret): Promise<Session> {
    const entry = this.#registry.get(vaultId);
    const dir = entry.path;
    if (!existsSync(dir)) throw new HearthError('IO', 'The vault folder is not there. If it is on a USB stick, plug it in and try again.', { reason: 'folder-missing' });
    // A restore stopped part way (a crash, a power cut) is rolled back or completed before anything opens the file.
    finishInterruptedRestore(dir);
    const meta = readVaultMeta(dir);
    const paths = vaultPaths(dir);
    const attempts = new UnlockAttempts(paths.attempts, this.clock);
    attempts.assertAllowed();
    const slots = readKeySlots(dir, meta.id);

    const candidates = secret.kind === 'passphrase' ? await keysFromPassphrase(slots, meta, secret.passphrase) : keysFromRecovery(slots, meta, secret.code);
    if (candidates.length === 0) {
      attempts.recordFailure();
      throw wrongSecret();
    }
    attempts.reset();
    // Every candidate key is wiped once it is not the one the vault stays open with (a wrong one, or all on failure).
    const wipeAll = () => candidates.forEach((k) => k.fill(0));
    let opened: { db: Db; userVersion: number; dataKey: Buffer };
    try {
      opened = openWithFirstWorkingKey(paths.database, candidates, meta, slots);
    } catch (error) {
      wipeAll();
      throw error;
    }
    const { db } = opened;
    let next: UnlockedVault;
    try {
      assertNotTooNew(opened.userVersion);
      assertNotTruncated(db, paths.database);
      configureDatabase(db, paths.database);
      if (opened.userVersion < LATEST_VERSION && this.#migrator) await this.#migrator({ database: paths.database, dir, dataKey: opened.dataKey });
      next = this.#admit(db, { dir, meta, dataKey: opened.dataKey, unlockedWith: secret.kind });
    } catch (error) {
      db.close();
      opened.dataKey.fill(0);
      wipeAll();
      throw error;
    }
    for (const k of candidates) if (k !== opened.dataKey) k.fill(0);

    this.#session.enter(next);
    settleKeySlots(dir, slots, meta, opened.dataKey, db, this.clock);
    const session = this.#session.describe();
    await this.#registry.remember({ id: meta.id, name: meta.name, path: dir, lastOpenedAt: this.clock.now().toISOString() });
    return session;
  }

  /** vault-session.ts `lock`: also while a re-key has the file closed (`rekeyFile`). */
  lock(): void {
    this.#session.lock();
  }

  /**
   * For a re-key (keys/key-service.ts): close the database, let `rekey` give its file the next key off this thread,
   * and open it again with that key. If `rekey` fails the file still has the old key and is opened with it. A lock
   * while the file is closed is a lock: the window is told at once, the file is not opened again, and this fails
   * with VAULT_LOCKED (the slot files hold both keys, so the next unlock opens it with whichever it has).
   */
  async rekeyFile(rekey: (database: string, key: Buffer) => Promise<void>, nextKey: Buffer): Promise<void> {
    const current = this.requireUnlocked();
    const { dir, meta, unlockedWith } = current;
    const previous = Buffer.from(current.dataKey);
    const next = Buffer.from(nextKey);
    const { failure, lockedMeanwhile } = await this.#session.closedForRekey(() => rekey(vaultPaths(dir).database, previous));
    try {
      if (lockedMeanwhile) throw new HearthError('VAULT_LOCKED', 'Hearth locked while the vault was getting its new key. Unlock it to go on; nothing was lost.');
      const key = Buffer.from(failure ? previous : next);
      try {
        this.#session.enter(this.#reopen(dir, meta, key, unlockedWith, () => {}));
      } catch (error) {
        // The file did not open again: the vault is locked, and the window is told so.
        key.fill(0);
        this.#session.locked();
        throw error;
      }
      if (failure) throw failure;
    } finally {
      previous.fill(0);
      next.fill(0);
    }
  }

  /** Check that the person at the keyboard holds the unlocked vault, before a change to its keys (keys/verify-secret.ts). */
  async verifySecret(secret: Secret): Promise<void> {
    return verifySecret(this.requireUnlocked(), secret, this.clock);
  }
}

/** A new folder inside `parent`: "Hearth vault", then "Hearth vault 2", … */
function freshChild(parent: string, base: string): string {
  for (let n = 1; ; n++) {
    const dir = join(parent, n === 1 ? base : `${base} ${n}`);
    if (!existsSync(dir) || readdirSync(dir).length === 0) return dir;
  }
}
