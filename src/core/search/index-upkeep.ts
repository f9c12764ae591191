import type { VaultService } from '../vaults/vault-service';
import { vaultPaths } from '../vaults/folder';
import { VaultJobs } from '../worker/run-job';
import { deferUpkeep } from './search-index';

/**
 * After a save touches the search index, the index is looked after on a worker of its own: the entry's old row
 * deleted securely and the segments merged a bounded step, in the queue right after the call that saved, so every
 * later call sees a clean index and the event loop never waits for FTS5's page rewrites. Rows a crash left behind
 * are found (read only) after the next unlock.
 */
export class IndexUpkeep {
  readonly #jobs = new VaultJobs();
  readonly #vaults: VaultService;
  readonly #serial: (work: () => Promise<void>) => Promise<void>;

  constructor(vaults: VaultService, serial: (work: () => Promise<void>) => Promise<void>) {
    this.#vaults = vaults;
    this.#serial = serial;
    vaults.onOpen((db) => {
      let batch: number[] | null = null;
      deferUpkeep(db, (row) => {
        if (batch) {
          if (row !== null) batch.push(row);
          return;
        }
        const rows = row === null ? [] : [row];
        batch = rows;
        // Queued behind the call that is saving now: it runs as soon as that call has answered.
        void Promise.resolve().then(() => {
          batch = null;
          this.#upkeep(rows);
        });
      });
      setImmediate(() => {
        if (!vaults.isUnlocked) return;
        void this.#jobs
          .run({ kind: 'owed-upkeep' }, this.#jobOptions())
          .then(({ rows, sweepPending }) => (rows.length > 0 || sweepPending) && this.#upkeep(rows), () => undefined);
      });
    });
  }

  #jobOptions() {
    const vault = this.#vaults.requireUnlocked();
    return { database: vaultPaths(vault.dir).database, key: vault.dataKey };
  }

  /** The queued upkeep whose hand-off to the worker waits for the next turn of the event loop, if any. */
  #handOff: (() => void) | null = null;

  #upkeep(rows: number[]): void {
    void this.#serial(
      () =>
        new Promise<void>((done, fail) => {
          // Its place in the queue is taken now; the hand-off to the worker waits for the next turn of the event loop,
          // so the save's answer leaves first instead of after the job's start (up to 2 ms of a save's time,
          // measured). A lock in between sends it at once (`beforeLock`), while the key is still there, as if the
          // hand-off had not waited.
          const start = () => {
            clearImmediate(timer);
            if (this.#handOff === start) this.#handOff = null;
            if (!this.#vaults.isUnlocked) return done();
            try {
              this.#jobs.run({ kind: 'index-upkeep', rows }, this.#jobOptions()).then(({ sweepPending }) => {
                // A sweep goes on a step at a time, each queued behind whatever the couple asked for meanwhile.
                if (sweepPending) setImmediate(() => this.#upkeep([]));
                done();
              }, fail);
            } catch (error) {
              fail(error);
            }
          };
          this.#handOff = start;
          const timer = setImmediate(start);
        }),
    ).catch(() => undefined); // what is left is an orphan or a pending sweep, taken up after the next unlock
  }

  /** A lock is closing the vault: an upkeep still waiting for its hand-off goes to the worker now. */
  beforeLock(): void {
    this.#handOff?.();
  }

  /** Resolves when the index worker is not working (a re-key needs the database file to itself). */
  idle(): Promise<void> {
    return this.#jobs.idle();
  }

  cancelAll(): void {
    this.#jobs.cancelAll();
  }

  close(): Promise<void> {
    return this.#jobs.close();
  }
}
