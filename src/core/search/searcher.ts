import type { SearchResults } from '../../shared/search';
import { vaultPaths } from '../vaults/folder';
import type { UnlockedVault } from '../vaults/unlocked-vault';
import type { VaultService } from '../vaults/vault-service';
import { VaultJobs } from '../worker/run-job';
import { groupMatches, toMatchQuery, type DateLookup } from './search-index';

/** Close the searches' connection after this long without one (before the thread itself stops, after a minute). */
const KEEP_MS = 30_000;

/**
 * Search off the event loop (issue 20): FTS5 is read on a worker of its own, on a connection of its own to the vault
 * file, kept open between searches (worker/jobs.ts `searchConnection`) and closed at a lock, before a re-key or a
 * restore (`release`), and after half a minute without a search; only the days of the rows found are read on the
 * main connection, by id. Called in the core's queue, so a search sees every save before it.
 */
export class Searcher {
  readonly #jobs = new VaultJobs();
  readonly #vaults: VaultService;
  /** Whether the thread may hold a connection, and the vault and key it was opened for (null: open it again). */
  #holds = false;
  #openedFor: { vault: UnlockedVault; key: Buffer } | null = null;
  #releaseTimer: NodeJS.Timeout | null = null;

  constructor(vaults: VaultService) {
    this.#vaults = vaults;
  }

  async query(text: string, limit: number, dates: DateLookup): Promise<SearchResults> {
    if (!toMatchQuery(text)) return { groups: [], total: 0 };
    const vault = this.#vaults.requireUnlocked();
    // A restore opens another file and a re-key brings another key: either way, a connection of the vault before is not used.
    const fresh = this.#openedFor?.vault !== vault || this.#openedFor.key !== vault.dataKey;
    this.#holds = true;
    this.#openedFor = { vault, key: vault.dataKey };
    this.#keepFor(KEEP_MS);
    let matches;
    try {
      ({ matches } = await this.#jobs.run({ kind: 'search', text, limit, fresh }, { database: vaultPaths(vault.dir).database, key: vault.dataKey }));
    } catch (error) {
      this.#openedFor = null; // opened again next time
      throw error;
    }
    this.#vaults.requireUnlocked(); // locked while the worker read: nothing is answered
    return groupMatches(matches, dates);
  }

  /** Resolves once no search is running and the searches' connection is closed (a re-key needs the database file to itself). */
  async release(): Promise<void> {
    this.#keepFor(null);
    if (!this.#holds) return this.#jobs.idle();
    this.#holds = false;
    this.#openedFor = null;
    await this.#jobs.run({ kind: 'search-release' }, {});
  }

  async close(): Promise<void> {
    await this.release();
    return this.#jobs.close();
  }

  #keepFor(ms: number | null): void {
    if (this.#releaseTimer) clearTimeout(this.#releaseTimer);
    this.#releaseTimer = null;
    if (ms === null) return;
    this.#releaseTimer = setTimeout(() => void this.release().catch(() => {}), ms);
    this.#releaseTimer.unref();
  }
}
