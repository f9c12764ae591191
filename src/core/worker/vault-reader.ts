import type { Words } from '../i18n/words';
import { vaultPaths } from '../vaults/folder';
import type { UnlockedVault } from '../vaults/unlocked-vault';
import type { VaultService } from '../vaults/vault-service';
import type { ReadContext, ReadQuery, ReadResults } from './reads';
import { VaultJobs } from './run-job';

/** Close the reads' connection after this long without a read (before the thread itself stops, after a minute). */
const KEEP_MS = 30_000;

/**
 * Long reads on a worker (worker/reads.ts), from the main thread: each read goes to the thread with the vault's file
 * and a copy of its key, and the thread keeps its connection for the next. It is closed at a lock, before a re-key or
 * a restore (`release`, which the core calls), and after half a minute without a read; a read after a restore or a
 * re-key opens it again (another file, another key). Called in the core's queue, so a read sees every save before it.
 */
export class VaultReader {
  readonly #vaults: VaultService;
  readonly #words: () => Words;
  readonly jobs: VaultJobs;
  /** Whether the thread may hold a connection, and the vault and key it was opened for (null: open it again). */
  #holds = false;
  #openedFor: { vault: UnlockedVault; key: Buffer } | null = null;
  #releaseTimer: NodeJS.Timeout | null = null;

  /** `jobs`: the thread to read on (a thread of its own by default); other jobs may share it. */
  constructor(vaults: VaultService, words: () => Words, jobs: VaultJobs = new VaultJobs()) {
    this.#vaults = vaults;
    this.#words = words;
    this.jobs = jobs;
  }

  async read<Q extends ReadQuery>(query: Q): Promise<ReadResults[Q['what']]> {
    const { value } = await this.reading((context, file) => this.jobs.run({ kind: 'read', context, query }, file));
    return value as ReadResults[Q['what']];
  }

  /**
   * Any job that reads on the thread's kept connection (a read; a PDF made from what it reads: worker/jobs.ts), given
   * the context to send it and the file and key to open if it must.
   */
  async reading<T>(job: (context: ReadContext, file: { database: string; key: Buffer }) => Promise<T>): Promise<T> {
    const vault = this.#vaults.requireUnlocked();
    const fresh = this.#openedFor?.vault !== vault || this.#openedFor.key !== vault.dataKey;
    this.#holds = true;
    this.#openedFor = { vault, key: vault.dataKey };
    this.#keepFor(KEEP_MS);
    const context = { fresh, now: this.#vaults.clock.now().getTime(), language: this.#words().language };
    try {
      const value = await job(context, { database: vaultPaths(vault.dir).database, key: vault.dataKey });
      this.#vaults.requireUnlocked(); // locked while the worker read: nothing is answered
      return value;
    } catch (error) {
      this.#openedFor = null; // opened again next time
      throw error;
    }
  }

  /** Resolves once no read is running and the thread's connection is closed (a re-key needs the database file to itself). */
  async release(): Promise<void> {
    this.#keepFor(null);
    if (!this.#holds) return this.jobs.idle();
    this.#holds = false;
    this.#openedFor = null;
    await this.jobs.run({ kind: 'read-release' }, {});
  }

  async close(): Promise<void> {
    await this.release();
    return this.jobs.close();
  }

  #keepFor(ms: number | null): void {
    if (this.#releaseTimer) clearTimeout(this.#releaseTimer);
    this.#releaseTimer = null;
    if (ms === null) return;
    this.#releaseTimer = setTimeout(() => void this.release().catch(() => {}), ms);
    this.#releaseTimer.unref();
  }
}
