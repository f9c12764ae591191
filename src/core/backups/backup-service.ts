import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { copyFile, open } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { BackupKind, BackupMade, BackupNowInput, BackupSummary, Restored } from '../../shared/backups';
import { HearthError, isHearthError } from '../../shared/errors';
import { jobCancelled } from '../../shared/jobs';
import type { Db } from '../db/database';
import { ensurePrivateDir, vaultPaths, writeVaultMeta } from '../vaults/folder';
import { readKeySlots, writeKeySlots } from '../keys/keyslots';
import type { VaultService } from '../vaults/vault-service';
import { BackupFolder, fileStamp, freshBackupName } from './backup-files';
import { RestoreSwap } from './restore-swap';
import type { TrackedJob } from '../jobs/job-tracker';
import type { VaultJobs } from '../worker/run-job';
import { copyBefore } from './safety-copy';

/** The copies after which old ones are thinned out (backup-files.ts `thin`); a restore's safety copy is not. */
const THINNED: ReadonlySet<BackupKind> = new Set(['daily', 'manual']);

export interface BackupServiceOptions {
  /** The worker threads that copy and check (worker/): a backup, and an unlock's migration, never run on the main thread's event loop. */
  jobs: VaultJobs;
  /** Start work after the current call, through the core's one-at-a-time queue (the daily backup after an unlock). */
  later(work: () => { done: Promise<unknown> }): void;
}

/**
 * Encrypted copies of the vault: daily on unlock, before migrations and restores, and "Back up now".
 *
 * The copy (`VACUUM INTO`) and its check run on a worker thread with a connection of their own; the main thread
 * only names the file and waits. A backup is started from the core's queue and finishes outside it (`start*`
 * returns `done`), so saves and reads go on during the seconds a large vault takes; a lock lets it finish (the job
 * holds a key copy of its own), and a re-key or a restore waits for it (see core.ts). An unlock that finds
 * migrations pending awaits a worker job that makes the pre-migration copy and then migrates (pre-migration.ts); a
 * restore of a backup from an older Hearth migrates its staged copy there too, before the synchronous swap
 * (vault-service.ts `swapDatabase`).
 */
export class BackupService {
  readonly #vaults: VaultService;
  readonly #options: BackupServiceOptions;
  /** Backups being made right now, so a list includes them once they are done. */
  readonly #making = new Set<Promise<unknown>>();
  #last: Promise<unknown> = Promise.resolve();
  /** The automatic copies being made (`folder|day`), so a quick lock and unlock does not start a second one. */
  readonly #dailies = new Set<string>();

  constructor(vaults: VaultService, options: BackupServiceOptions) {
    this.#vaults = vaults;
    this.#options = options;
    // The daily copy is made after the unlock has answered, so a big vault does not slow the unlock itself.
    vaults.onUnlock(() => options.later(() => this.startDailyIfDue()));
    // An unlock migrates on the worker, after a copy made there (pre-migration.ts). A restore of an older backup
    // migrates its staged file on the worker before the swap (restore below). Should anything still be pending when a
    // file is opened on this thread, it is copied here first. A failing copy stops each: no migration without a way back.
    vaults.migrateWith(({ database, dir, dataKey }) =>
      options.jobs.run({ kind: 'migrate', copyTo: { vaultDir: dir, at: this.#now().toISOString() } }, { database, key: dataKey }),
    );
    vaults.onBeforeMigrate(({ db, dir, dataKey }) => copyBefore('pre-migration', db, dataKey, { vaultDir: dir, at: this.#now().toISOString() }));
  }

  #now(): Date {
    return this.#vaults.clock.now();
  }

  /** Every backup, newest first; one being made is waited for, so it shows once it is done. */
  async list(): Promise<BackupSummary[]> {
    const dir = this.#vaults.requireUnlocked().dir;
    while (this.#making.size) await Promise.all([...this.#making].map((p) => p.catch(() => undefined)));
    return new BackupFolder(dir).list();
  }

  /**
   * "Back up now": started in the queue, finished on the worker (`done`). With a tracked `job`, its phases show
   * (waiting behind another backup, copying, checking) and a cancel stops it between steps, leaving no file.
   */
  startBackupNow(target: BackupNowInput, job?: TrackedJob): { done: Promise<BackupMade> } {
    const vault = this.#vaults.requireUnlocked();
    job?.throwIfCancelled();
    if (target === 'vault') {
      const dir = vault.dir;
      const done = this.#make('manual', job).then((backup) => ({ path: join(vaultPaths(dir).backups, backup.id), createdAt: backup.createdAt, sizeBytes: backup.sizeBytes, backup }));
      return { done };
    }
    return { done: this.#copyVaultTo(target.folder, job) };
  }

  /** The automatic copy: at most one a (UTC) day, then old copies are thinned out. `done` gives null when none was due. */
  startDailyIfDue(): { done: Promise<BackupSummary | null> } {
    if (!this.#vaults.isUnlocked) return { done: Promise.resolve(null) };
    const vault = this.#vaults.requireUnlocked();
    const today = this.#now().toISOString().slice(0, 10);
    const folder = new BackupFolder(vault.dir);
    const daily = `${vault.dir}|${today}`;
    if (this.#dailies.has(daily) || folder.list().some((b) => b.kind === 'daily' && b.createdAt.slice(0, 10) === today)) return { done: Promise.resolve(null) };
    this.#dailies.add(daily);
    // Once it settles the folder tells whether it was made; a failed one is tried again at the next unlock.
    return { done: this.#make('daily').finally(() => this.#dailies.delete(daily)) };
  }

  /**
   * Put a backup in the vault's place. The current vault is backed up first (pre-restore), the chosen backup is
   * verified, copied beside hearth.db, the copy verified again and swapped in; the old file is deleted only after the
   * restored one opens. Any failure leaves the current vault as it was. Runs in the core's queue throughout (nothing
   * may be written between the safety copy and the swap); the copies and checks run on the worker.
   *
   * With a tracked `job` its phases show, and until the swap starts a cancel stops it: the staged file and a safety
   * copy made for it are removed, and the vault is as it was. From the swap on it runs to its end.
   */
  async restore(id: string, tracked?: TrackedJob): Promise<Restored> {
    const vault = this.#vaults.requireUnlocked();
    const folder = new BackupFolder(vault.dir);
    const chosen = folder.get(id);
    if (!chosen) throw new HearthError('NOT_FOUND', 'That backup is not there any more.');
    tracked?.throwIfCancelled();
    const source = join(folder.dir, id);
    const job = { ...this.#jobOptions(), ...(tracked ? { signal: tracked.signal } : {}) };
    tracked?.phase('checking');
    await this.#options.jobs.run({ kind: 'verify', path: source }, job);
    folder.markVerified(id, this.#now().toISOString());
    tracked?.throwIfCancelled();
    tracked?.phase('safety-copy');
    const safetyCopy = await this.#make('pre-restore', tracked ? { signal: tracked.signal } : undefined);

    // The swap notes its steps before its first rename, so a process stopped part way is rolled back or completed at
    // the next unlock (restore-swap.ts).
    const swap = new RestoreSwap(vault.dir);
    const staged = swap.staged;
    // A byte copy of the file just verified, flushed and checked again as it lies on the disk; the rename that
    // swaps it in does not change a byte.
    let verified: Record<string, number>;
    try {
      tracked?.throwIfCancelled();
      tracked?.phase('copying');
      await copyFile(source, staged);
      const handle = await open(staged, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      tracked?.throwIfCancelled();
      tracked?.phase('checking');
      verified = await this.#options.jobs.run({ kind: 'verify', path: staged }, job);
      // A backup from an older Hearth is brought up to date on the worker, so the swap has nothing left to migrate on
      // this thread. No pre-migration copy: the backup it was copied from stays in the folder as it was.
      await this.#options.jobs.run({ kind: 'migrate', copyTo: null }, { ...job, database: staged });
      tracked?.throwIfCancelled();
      // The point of no return: from here a cancel is not taken.
      tracked?.finishing();
    } catch (error) {
      swap.discardStaged();
      // Cancelled before anything was swapped: the safety copy made for this restore goes too.
      if (isHearthError(error) && error.code === 'CANCELLED') folder.remove([safetyCopy.id]);
      throw error;
    }
    tracked?.phase('swapping');
    this.#vaults.swapDatabase({
      replace: () => swap.replace(),
      undo: () => swap.undo(),
      // The file passed the integrity check on the worker; here only that it is the one checked (its schema).
      check: (db: Db) => {
        const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
        if (tables === 0 || !('partners' in verified)) {
          throw new HearthError('CORRUPT', 'The restored vault did not open as it should, so the vault was left as it was.');
        }
      },
    });
    swap.commit();
    // The old file (200 MB at 50,000 entries) goes on the worker, a few megabytes at a time, so the next save does
    // not wait behind its removal.
    await this.#options.jobs.run({ kind: 'remove', paths: swap.asidePaths }, {});
    swap.finish();
    folder.markVerified(id, this.#now().toISOString());
    return { restored: folder.get(id)!, safetyCopy };
  }

  #jobOptions() {
    const vault = this.#vaults.requireUnlocked();
    return { database: vaultPaths(vault.dir).database, key: vault.dataKey };
  }

  /**
   * Copy the vault into its backups folder on the worker, verified, and note it in the manifest. Copies run one
   * after another (names, leftovers and thinning never race); each takes what it needs when it is asked for (the
   * time, the file, a copy of the key), so a copy asked for just before a lock is still made, and its key copy is
   * wiped when it is done.
   */
  #make(kind: BackupKind, tracked?: { signal: AbortSignal; onProgress?: TrackedJob['onProgress'] }): Promise<BackupSummary> {
    const vault = this.#vaults.requireUnlocked();
    const dir = vault.dir;
    const createdAt = this.#now();
    const job = { database: vaultPaths(dir).database, key: Buffer.from(vault.dataKey) };
    const making = this.#last
      .catch(() => undefined)
      .then(async () => {
        if (tracked?.signal.aborted) throw jobCancelled(); // cancelled while it waited for the copy before it
        const folder = new BackupFolder(dir);
        folder.ensure();
        const id = freshBackupName(folder.dir, createdAt, kind);
        const file = { vaultDir: dir, id, kind, createdAt: createdAt.toISOString(), thin: THINNED.has(kind) };
        const { sizeBytes, verifiedAt } = await this.#options.jobs.run(
          { kind: 'copy', target: join(folder.dir, id), file },
          { ...job, ...(tracked ? { signal: tracked.signal } : {}), ...(tracked?.onProgress ? { onProgress: tracked.onProgress } : {}) },
        );
        return { id, kind, createdAt: file.createdAt, sizeBytes, verifiedAt };
      })
      .finally(() => job.key.fill(0));
    this.#last = making;
    this.#making.add(making);
    void making.catch(() => undefined).then(() => this.#making.delete(making));
    return making;
  }

  /**
   * "Back up now" to a chosen folder: a complete vault folder (database copy, both key-slot files, vault.json) that
   * "Open a vault from a folder" opens with the same passphrases and recovery code. It keeps the vault's id: the key
   * slots are bound to it, so a copy is recognisably the same vault.
   */
  async #copyVaultTo(folder: string, tracked?: TrackedJob): Promise<BackupMade> {
    const vault = this.#vaults.requireUnlocked();
    if (!isAbsolute(folder)) throw new HearthError('VALIDATION', 'Choose the folder for the backup.', { field: 'folder' });
    const parent = resolve(folder);
    if (!existsSync(parent) || !statSync(parent).isDirectory()) {
      throw new HearthError('NOT_FOUND', 'That folder is not there. If it is on a USB stick, plug it in and try again.');
    }
    const createdAt = this.#now();
    const target = freshFolder(parent, `Hearth backup ${fileStamp(createdAt)}`);
    ensurePrivateDir(target);
    const { dir, meta } = vault;
    try {
      const { sizeBytes } = await this.#options.jobs.run(
        { kind: 'copy', target: vaultPaths(target).database },
        { ...this.#jobOptions(), ...(tracked ? { signal: tracked.signal, onProgress: tracked.onProgress } : {}) },
      );
      // A cancel that came as the copy finished still leaves nothing (the folder is removed below).
      tracked?.throwIfCancelled();
      tracked?.phase('writing');
      const slots = readKeySlots(dir, meta.id);
      if (slots) writeKeySlots(target, slots);
      // vault.json last: its presence is what marks a finished vault folder.
      writeVaultMeta(target, meta);
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
