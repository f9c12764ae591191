import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { BackupKind, BackupMade, BackupNowInput, BackupSummary, Restored } from '../../../shared/backups';
import { HearthError } from '../../../shared/errors';
import type { Db } from '../db/database';
import { syncDirectory } from '../vault/atomic-file';
import { ensurePrivateDir, vaultPaths, writeVaultMeta } from '../vault/folder';
import { readKeySlots, writeKeySlots } from '../vault/keyslots';
import type { VaultService } from '../vault/vault-service';
import { BackupFolder, fileStamp, freshBackupName } from './backup-files';
import { copyDatabase, fsyncFile, verifyCopy } from './copy';
import { selectBackupsToKeep } from './rotation';

export interface BackupServiceOptions {
  nativeBinding?: string;
  /** Run work after the current call, through the core's one-at-a-time queue (the daily backup after an unlock). */
  later(work: () => void): void;
}

/** Encrypted copies of the vault: daily on unlock, before migrations and restores, and "Back up now". */
export class BackupService {
  readonly #vaults: VaultService;
  readonly #options: BackupServiceOptions;

  constructor(vaults: VaultService, options: BackupServiceOptions) {
    this.#vaults = vaults;
    this.#options = options;
    // The daily copy is made after the unlock has answered, so a big vault does not slow the unlock itself.
    vaults.onUnlock(() => options.later(() => this.dailyIfDue()));
    // A failing pre-migration copy stops the unlock: no migration runs without a way back.
    vaults.onBeforeMigrate(({ db, dir, dataKey }) => this.#make(db, dataKey, dir, 'pre-migration'));
  }

  #now(): Date {
    return this.#vaults.clock.now();
  }

  list(): BackupSummary[] {
    return new BackupFolder(this.#vaults.requireUnlocked().dir).list();
  }

  backupNow(target: BackupNowInput): BackupMade {
    const vault = this.#vaults.requireUnlocked();
    if (target === 'vault') {
      const backup = this.#make(vault.db, vault.dataKey, vault.dir, 'manual');
      this.#rotate(vault.dir);
      return { path: join(vaultPaths(vault.dir).backups, backup.id), createdAt: backup.createdAt, sizeBytes: backup.sizeBytes, backup };
    }
    return this.#copyVaultTo(target.folder);
  }

  /** The automatic copy: at most one a (UTC) day, then old copies are thinned out. Null when none was due. */
  dailyIfDue(): BackupSummary | null {
    if (!this.#vaults.isUnlocked) return null;
    const vault = this.#vaults.requireUnlocked();
    const today = this.#now().toISOString().slice(0, 10);
    const folder = new BackupFolder(vault.dir);
    if (folder.list().some((b) => b.kind === 'daily' && b.createdAt.slice(0, 10) === today)) return null;
    const made = this.#make(vault.db, vault.dataKey, vault.dir, 'daily');
    this.#rotate(vault.dir);
    return made;
  }

  /**
   * Put a backup in the vault's place. The current vault is backed up first (pre-restore), the chosen backup is
   * verified, staged beside hearth.db and swapped in; the old file is deleted only after the restored one opens and
   * passes the integrity check. Any failure leaves the current vault as it was.
   */
  restore(id: string): Restored {
    const vault = this.#vaults.requireUnlocked();
    const folder = new BackupFolder(vault.dir);
    const chosen = folder.get(id);
    if (!chosen) throw new HearthError('NOT_FOUND', 'That backup is not there any more.');
    const source = join(folder.dir, id);
    verifyCopy(source, vault.dataKey, { nativeBinding: this.#options.nativeBinding });
    folder.markVerified(id, this.#now().toISOString());
    const safetyCopy = this.#make(vault.db, vault.dataKey, vault.dir, 'pre-restore');

    const database = vaultPaths(vault.dir).database;
    const tag = randomBytes(6).toString('hex');
    const staged = join(vault.dir, `.hearth.db.restore-${tag}.tmp`);
    const aside = join(vault.dir, `.hearth.db.before-restore-${tag}`);
    // A byte copy of the file just verified; the swap checks it once more after it opens in the vault's place.
    try {
      copyFileSync(source, staged);
      fsyncFile(staged);
    } catch (error) {
      rmSync(staged, { force: true });
      throw error;
    }
    const sidecars = ['', '-wal', '-shm'];
    this.#vaults.swapDatabase({
      replace: () => {
        for (const s of sidecars) if (existsSync(database + s)) renameSync(database + s, aside + s);
        renameSync(staged, database);
        syncDirectory(vault.dir);
      },
      undo: () => {
        for (const s of sidecars) rmSync(database + s, { force: true });
        for (const s of sidecars) if (existsSync(aside + s)) renameSync(aside + s, database + s);
        rmSync(staged, { force: true });
        syncDirectory(vault.dir);
      },
      check: (db: Db) => {
        if (db.pragma('integrity_check', { simple: true }) !== 'ok') {
          throw new HearthError('CORRUPT', 'The restored vault did not pass its integrity check, so the vault was left as it was.');
        }
      },
    });
    for (const s of sidecars) rmSync(aside + s, { force: true });
    folder.markVerified(id, this.#now().toISOString());
    return { restored: folder.get(id)!, safetyCopy };
  }

  /** Copy the open database into the vault's backups folder, verified, and note it in the manifest. */
  #make(db: Db, dataKey: Uint8Array, dir: string, kind: BackupKind): BackupSummary {
    const folder = new BackupFolder(dir);
    folder.ensure();
    folder.removeLeftovers();
    const createdAt = this.#now();
    const id = freshBackupName(folder.dir, createdAt, kind);
    const { sizeBytes } = copyDatabase(db, dataKey, join(folder.dir, id), this.#options.nativeBinding);
    const verifiedAt = this.#now().toISOString();
    folder.record(id, { kind, createdAt: createdAt.toISOString(), verifiedAt });
    return { id, kind, createdAt: createdAt.toISOString(), sizeBytes, verifiedAt };
  }

  /**
   * Keep 7 daily, 4 weekly and 6 monthly copies across all kinds, plus the newest pre-migration, pre-restore and
   * manual copy whatever their age (the way back from the last migration or restore is never thinned out).
   */
  #rotate(dir: string): void {
    const folder = new BackupFolder(dir);
    const all = folder.list();
    const dates = all.map((b) => new Date(b.createdAt));
    const kept = new Set(selectBackupsToKeep(dates, this.#now()));
    const newestOfKind = new Set((['pre-migration', 'pre-restore', 'manual'] as const).map((k) => all.find((b) => b.kind === k)?.id));
    folder.remove(all.filter((b, i) => !kept.has(dates[i]!) && !newestOfKind.has(b.id)).map((b) => b.id));
  }

  /**
   * "Back up now" to a chosen folder: a complete vault folder (database copy, both key-slot files, vault.json) that
   * "Open a vault from a folder" opens with the same passphrases and recovery code. It keeps the vault's id: the key
   * slots are bound to it, so a copy is recognisably the same vault.
   */
  #copyVaultTo(folder: string): BackupMade {
    const vault = this.#vaults.requireUnlocked();
    if (!isAbsolute(folder)) throw new HearthError('VALIDATION', 'Choose the folder for the backup.', { field: 'folder' });
    const parent = resolve(folder);
    if (!existsSync(parent) || !statSync(parent).isDirectory()) {
      throw new HearthError('NOT_FOUND', 'That folder is not there. If it is on a USB stick, plug it in and try again.');
    }
    const createdAt = this.#now();
    const target = freshFolder(parent, `Hearth backup ${fileStamp(createdAt)}`);
    ensurePrivateDir(target);
    try {
      const { sizeBytes } = copyDatabase(vault.db, vault.dataKey, vaultPaths(target).database, this.#options.nativeBinding);
      const slots = readKeySlots(vault.dir, vault.meta.id);
      if (slots) writeKeySlots(target, slots);
      // vault.json last: its presence is what marks a finished vault folder.
      writeVaultMeta(target, vault.meta);
      return { path: target, createdAt: createdAt.toISOString(), sizeBytes, backup: null };
    } catch (error) {
      rmSync(target, { recursive: true, force: true });
      throw error;
    }
  }
}

function freshFolder(parent: string, base: string): string {
  for (let n = 1; ; n++) {
    const dir = join(parent, n === 1 ? base : `${base} ${n}`);
    if (!existsSync(dir)) {
      mkdirSync(dir, { mode: 0o700 });
      return dir;
    }
    if (readdirSync(dir).length === 0) return dir;
  }
}
