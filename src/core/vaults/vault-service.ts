import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppStatus } from '../../shared/app';
import type { CreateVaultInput, Session, VaultSummary } from '../../shared/vaults';
import type { Secret } from '../../shared/keys';
import { HearthError } from '../../shared/errors';
import { assertNotTruncated, configureDatabase, openDatabase, type Db } from '../db/database';
import { assertNotTooNew, LATEST_VERSION, migrate, type MigrateHooks } from '../db/migrations';
import type { Clock, Platform } from '../platform';
import { VaultRegistry } from './registry';
import { UnlockAttempts } from './attempts';
import { ensurePrivateDir, isVaultFolder, readVaultMeta, vaultPaths, writeVaultMeta, VAULT_FORMAT_VERSION, type VaultMeta } from './folder';
import { calibrateKdf, type KdfParams } from '../keys/kdf';
import { keyCheck, keyCheckMatches, makeSlot, openSlot, readKeySlots, unsealDataKey, writeKeySlots, type KeySlotsFile } from '../keys/keyslots';
import { decodeRecoveryCode, encodeRecoveryCode } from '../keys/recovery-code';
import { dialogsEndWithSession } from './dialog-guard';
import { markRecoveryCodeUnseen, recoveryCodeUnseen } from '../keys/recovery-state';
import { recordSlots, sortSlots } from '../keys/slot-trust';
import { finishInterruptedRestore } from '../backups/restore-swap';
import { UnlockedVault } from './unlocked-vault';

export interface VaultServiceOptions {
  dataDir: string;
  platform: Platform;
  clock: Clock;
  /** Argon2id parameters for new slots: 'calibrate' (the app) or fixed ones (tests only). */
  kdf: KdfParams | 'calibrate';
}

/** A vault file about to be migrated: the open (still unmigrated) database and what it needs to be copied. */
export interface PendingMigration {
  db: Db;
  dir: string;
  dataKey: Buffer;
  from: number;
  to: number;
}

/** Runs a vault file's pending migrations elsewhere (a worker thread, which takes a copy of the data key it is given). */
export type Migrator = (file: { database: string; dir: string; dataKey: Buffer }) => Promise<unknown>;

type CreateInput = Required<Pick<CreateVaultInput, 'name' | 'partnerA' | 'partnerB' | 'passphrase'>> & { folder?: string };

const WRONG = 'That passphrase or recovery code does not open this vault.';

/** Creating, opening and locking vaults; the one place that holds the unlocked vault. */
export class VaultService {
  readonly #options: VaultServiceOptions;
  readonly #registry: VaultRegistry;
  readonly #lockListeners = new Set<() => void>();
  readonly #unlockListeners = new Set<(db: Db) => void>();
  readonly #openListeners = new Set<(db: Db) => void>();
  readonly #beforeMigrateListeners = new Set<(file: PendingMigration) => void>();
  #unlocked: UnlockedVault | null = null;
  /** While a re-key has the database closed (rekeyFile): a lock meanwhile clears it, and the file is not reopened. */
  #closedForRekey: { lockedMeanwhile: boolean } | null = null;
  #migrator: Migrator | null = null;
  #kdf: Promise<KdfParams> | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #platform: Platform;

  constructor(options: VaultServiceOptions) {
    this.#options = options;
    this.#platform = dialogsEndWithSession(options.platform, () => this.#unlocked);
    this.#registry = new VaultRegistry(options.dataDir);
  }

  /** One vault operation at a time. A lock does not queue (core.ts): it lands between the steps of whatever is running. */
  serial<T>(work: () => Promise<T> | T): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
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
    this.#closeCurrent();
    try {
      steps.replace();
      this.#unlocked = this.#reopen(dir, meta, dataKey, unlockedWith, (db) => {
        steps.check(db);
        recordSlots(db, slotsToday, now);
      });
    } catch (error) {
      try {
        steps.undo();
        this.#unlocked = this.#reopen(dir, meta, dataKey, unlockedWith, () => {});
      } catch {
        dataKey.fill(0);
        for (const listener of this.#lockListeners) listener();
      }
      throw error;
    }
  }

  #reopen(dir: string, meta: VaultMeta, dataKey: Buffer, unlockedWith: UnlockedVault['unlockedWith'], check: (db: Db) => void): UnlockedVault {
    const path = vaultPaths(dir).database;
    const { db, userVersion } = openDatabase(path, dataKey);
    try {
      assertNotTooNew(userVersion);
      configureDatabase(db, path);
      check(db);
      migrate(db, undefined, this.#migrateHooks(db, dir, dataKey));
      const vault = new UnlockedVault({ dir, meta, db, dataKey, unlockedWith });
      vault.partners();
      for (const listener of [...this.#openListeners, ...this.#unlockListeners]) listener(db);
      return vault;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  #migrateHooks(db: Db, dir: string, dataKey: Buffer): MigrateHooks {
    return { beforePending: (from, to) => this.#beforeMigrateListeners.forEach((listener) => listener({ db, dir, dataKey, from, to })) };
  }

  status(): AppStatus {
    return this.#unlocked ? { state: 'unlocked', session: this.#session(this.#unlocked) } : { state: 'locked' };
  }

  list(): VaultSummary[] {
    return this.#registry.list();
  }

  async chooseFolder(): Promise<{ folder: string | null }> {
    return { folder: await this.#options.platform.chooseFolder('Choose a folder for Hearth') };
  }

  addFromFolder(folder: string): VaultSummary {
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

  forget(vaultId: string): void {
    if (this.#unlocked?.meta.id === vaultId) throw new HearthError('CONFLICT', 'Lock this vault before forgetting it.');
    this.#registry.forget(vaultId);
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
      const { db } = openDatabase(paths.database, dataKey, { create: true });
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
        this.#registry.remember({ id, name: input.name, path: dir, lastOpenedAt: now.toISOString() });
        this.#closeCurrent();
        this.#unlocked = new UnlockedVault({ dir, meta, db, dataKey, unlockedWith: 'passphrase' });
        for (const listener of this.#openListeners) listener(db);
      } catch (error) {
        db.close();
        throw error;
      }
      return { session: this.#session(this.#unlocked), recoveryCode: encodeRecoveryCode(dataKey) };
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

    const candidates = secret.kind === 'passphrase' ? await this.#keysFromPassphrase(slots, meta, secret.passphrase) : keysFromRecovery(slots, meta, secret.code);
    if (candidates.length === 0) {
      attempts.recordFailure();
      throw new HearthError('WRONG_PASSPHRASE', WRONG);
    }
    attempts.reset();
    // Every candidate key is wiped once it is not the one the vault stays open with (a wrong one, or all on failure).
    const wipeAll = () => candidates.forEach((k) => k.fill(0));
    let opened: { db: Db; userVersion: number; dataKey: Buffer };
    try {
      opened = this.#openWithFirstWorkingKey(paths.database, candidates, meta, slots);
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
      migrate(db, undefined, this.#migrateHooks(db, dir, opened.dataKey)); // nothing left to do once the migrator has run
      next = new UnlockedVault({ dir, meta, db, dataKey: opened.dataKey, unlockedWith: secret.kind });
      next.partners(); // read what every screen needs now, so a damaged page fails here and not later
      for (const listener of [...this.#openListeners, ...this.#unlockListeners]) listener(db);
    } catch (error) {
      db.close();
      opened.dataKey.fill(0);
      wipeAll();
      throw error;
    }
    for (const k of candidates) if (k !== opened.dataKey) k.fill(0);

    this.#closeCurrent();
    this.#unlocked = next;
    this.#settleKeySlots(dir, slots, meta, opened.dataKey, db);
    this.#registry.remember({ id: meta.id, name: meta.name, path: dir, lastOpenedAt: this.clock.now().toISOString() });
    return this.#session(this.#unlocked);
  }

  lock(): void {
    if (this.#closedForRekey && !this.#closedForRekey.lockedMeanwhile) {
      this.#closedForRekey.lockedMeanwhile = true;
      for (const listener of this.#lockListeners) listener();
      return;
    }
    if (!this.#unlocked) return;
    this.#closeCurrent();
    for (const listener of this.#lockListeners) listener();
  }

  /**
   * For a re-key (vault/key-service.ts): close the database, let `rekey` give its file the next key off this thread,
   * and open it again with that key. If `rekey` fails the file still has the old key and is opened with it. A lock
   * while the file is closed is a lock: the window is told at once, the file is not opened again, and this fails
   * with VAULT_LOCKED (the slot files hold both keys, so the next unlock opens it with whichever it has).
   */
  async rekeyFile(rekey: (database: string, key: Buffer) => Promise<void>, nextKey: Buffer): Promise<void> {
    const current = this.requireUnlocked();
    const { dir, meta, unlockedWith } = current;
    const previous = Buffer.from(current.dataKey);
    const next = Buffer.from(nextKey);
    const state = { lockedMeanwhile: false };
    this.#closeCurrent();
    this.#closedForRekey = state;
    let failure: unknown = null;
    try {
      await rekey(vaultPaths(dir).database, previous);
    } catch (error) {
      failure = error;
    } finally {
      this.#closedForRekey = null;
    }
    try {
      if (state.lockedMeanwhile) throw new HearthError('VAULT_LOCKED', 'Hearth locked while the vault was getting its new key. Unlock it to go on; nothing was lost.');
      const key = Buffer.from(failure ? previous : next);
      try {
        this.#unlocked = this.#reopen(dir, meta, key, unlockedWith, () => {});
      } catch (error) {
        // The file did not open again: the vault is locked, and the window is told so.
        key.fill(0);
        for (const listener of this.#lockListeners) listener();
        throw error;
      }
      if (failure) throw failure;
    } finally {
      previous.fill(0);
      next.fill(0);
    }
  }

  /**
   * Check that the person at the keyboard holds this vault (a passphrase of any slot, or the
   * recovery code) before a change to its keys. Failures count toward the unlock delay.
   */
  async verifySecret(secret: Secret): Promise<void> {
    const vault = this.requireUnlocked();
    const attempts = new UnlockAttempts(vaultPaths(vault.dir).attempts, this.clock);
    attempts.assertAllowed();
    let ok = false;
    if (secret.kind === 'recovery') {
      const key = decodeRecoveryCode(secret.code);
      ok = key.length === vault.dataKey.length && timingSafeEqual(key, vault.dataKey);
      key.fill(0);
    } else {
      const file = readKeySlots(vault.dir, vault.meta.id);
      // Only the vault's own slots: one added by hand beside it proves nothing (slot-trust.ts).
      for (const slot of sortSlots(vault.db, file?.slots ?? [], this.clock.now()).trusted) {
        const privateKey = await openSlot(slot, vault.meta.id, secret.passphrase);
        if (privateKey) {
          privateKey.fill(0);
          ok = true;
          break;
        }
      }
    }
    if (!ok) {
      attempts.recordFailure();
      throw new HearthError('WRONG_PASSPHRASE', WRONG);
    }
    attempts.reset();
  }

  async #keysFromPassphrase(file: KeySlotsFile | null, meta: VaultMeta, passphrase: string): Promise<Buffer[]> {
    if (!file || file.slots.length === 0) {
      throw new HearthError('CORRUPT', "This vault's passphrase files are missing or damaged. Open it with the recovery code; Hearth will then ask for a new passphrase.", {
        reason: 'keyslots',
      });
    }
    for (const slot of file.slots) {
      const privateKey = await openSlot(slot, meta.id, passphrase);
      if (!privateKey) continue;
      try {
        return (['dataKey', 'nextDataKey'] as const).map((which) => unsealDataKey(slot, meta.id, privateKey, which)).filter((k): k is Buffer => k !== null);
      } finally {
        privateKey.fill(0);
      }
    }
    return [];
  }

  #openWithFirstWorkingKey(path: string, keys: Buffer[], meta: VaultMeta, file: KeySlotsFile | null): { db: ReturnType<typeof openDatabase>['db']; userVersion: number; dataKey: Buffer } {
    let lastError: unknown;
    for (const dataKey of keys) {
      try {
        return { ...openDatabase(path, dataKey), dataKey };
      } catch (error) {
        lastError = error;
        if ((error as { code?: string }).code !== 'SQLITE_NOTADB') break;
      }
    }
    // A key from before the vault's last re-key (a slot file copy put back, a passphrase since removed or changed,
    // or the recovery code before it): vault.json names the key of today, or the slot file the key a re-key under way
    // was giving the database, and this is neither.
    const matches = (check: string | undefined) => check !== undefined && keys.some((k) => keyCheckMatches(check, k, meta.id));
    const stale = !matches(meta.keyCheck) || (file?.nextKeyCheck !== undefined && !matches(file.nextKeyCheck));
    for (const k of keys) k.fill(0);
    if ((lastError as { code?: string }).code === 'SQLITE_NOTADB' && stale) throw new HearthError('WRONG_PASSPHRASE', WRONG);
    // The key was proven right (by its slot or its fingerprint), so a refusal means a damaged file.
    if ((lastError as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new HearthError('CORRUPT', 'The vault file is damaged: it no longer opens with its own key. Restore a backup; nothing was changed.', { reason: 'database' });
    }
    throw lastError;
  }

  /**
   * After an unlock: finish a re-key a crash interrupted (the slots keep the key the database opened with), and drop
   * any slot this vault did not make (slot-trust.ts), so it is never given a key.
   */
  #settleKeySlots(dir: string, file: KeySlotsFile | null, meta: VaultMeta, dataKey: Buffer, db: Db): void {
    const check = keyCheck(dataKey, meta.id);
    // A re-key that the database finished but Hearth did not (a lock or a crash before its last steps): the new
    // recovery code was never shown, so the one on paper opens nothing. Say so until a new one is made.
    if (file?.nextKeyCheck === check) markRecoveryCodeUnseen(db, this.clock.now());
    if (meta.keyCheck !== check) writeVaultMeta(dir, { ...meta, keyCheck: check });
    const { trusted, refused } = sortSlots(db, file?.slots ?? [], this.clock.now());
    if (file && file.keyCheck === check && !file.nextKeyCheck && refused.length === 0) return;
    const slots = trusted.flatMap((slot) => {
      const { nextDataKey, ...rest } = slot;
      if (file?.keyCheck === check) return [rest];
      return nextDataKey && file?.nextKeyCheck === check ? [{ ...rest, dataKey: nextDataKey }] : [];
    });
    writeKeySlots(dir, { format: 'hearth-keyslots', version: 1, vaultId: meta.id, keyCheck: check, slots });
  }

  #session(vault: UnlockedVault): Session {
    const file = readKeySlots(vault.dir, vault.meta.id);
    return {
      vault: { id: vault.meta.id, name: vault.meta.name, path: vault.dir, lastOpenedAt: this.clock.now().toISOString(), available: true },
      partners: vault.partners(),
      unlockedWith: vault.unlockedWith,
      needsPassphrase: !file || file.slots.length === 0,
      recoveryCodeUnseen: recoveryCodeUnseen(vault.db),
    };
  }

  #closeCurrent(): void {
    this.#unlocked?.close();
    this.#unlocked = null;
  }
}

function keysFromRecovery(file: KeySlotsFile | null, meta: VaultMeta, code: string): Buffer[] {
  const key = decodeRecoveryCode(code);
  const checks = [file?.keyCheck, file?.nextKeyCheck, meta.keyCheck].filter((c): c is string => Boolean(c));
  if (checks.some((c) => keyCheckMatches(c, key, meta.id))) return [key];
  key.fill(0);
  return [];
}

/** A new folder inside `parent`: "Hearth vault", then "Hearth vault 2", … */
function freshChild(parent: string, base: string): string {
  for (let n = 1; ; n++) {
    const dir = join(parent, n === 1 ? base : `${base} ${n}`);
    if (!existsSync(dir) || readdirSync(dir).length === 0) return dir;
  }
}
