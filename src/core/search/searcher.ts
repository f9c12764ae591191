import type { SearchResults } from '../../shared/search';
import { vaultPaths } from '../vaults/folder';
import type { VaultService } from '../vaults/vault-service';
import { VaultJobs } from '../worker/run-job';
import { groupMatches, toMatchQuery, type DateLookup } from './search-index';

/**
 * Search off the event loop (issue 20): FTS5 is read on a worker of its own, on a connection of its own to the vault
 * file (its key a copy, wiped when the job ends), kept for a minute between searches; only the days of the rows found
 * are read on the main connection, by id. Called in the core's queue, so a search sees every save before it.
 */
export class Searcher {
  readonly #jobs = new VaultJobs();
  readonly #vaults: VaultService;

  constructor(vaults: VaultService) {
    this.#vaults = vaults;
  }

  async query(text: string, limit: number, dates: DateLookup): Promise<SearchResults> {
    if (!toMatchQuery(text)) return { groups: [], total: 0 };
    const vault = this.#vaults.requireUnlocked();
    const { matches } = await this.#jobs.run({ kind: 'search', text, limit }, { database: vaultPaths(vault.dir).database, key: vault.dataKey });
    this.#vaults.requireUnlocked(); // locked while the worker read: nothing is answered
    return groupMatches(matches, dates);
  }

  /** Resolves when no search is running (a re-key needs the database file to itself). */
  idle(): Promise<void> {
    return this.#jobs.idle();
  }

  close(): Promise<void> {
    return this.#jobs.close();
  }
}
