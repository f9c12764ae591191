import type { SearchResults } from '../../shared/search';
import type { VaultReader } from '../worker/vault-reader';
import { groupMatches, toMatchQuery, type DateLookup } from './search-index';

/**
 * Search off the event loop (issue 20): FTS5 is read on the reads' worker (worker/reads.ts, worker/vault-reader.ts);
 * only the days of the rows found are read on the main connection, by id.
 */
export class Searcher {
  readonly #reader: VaultReader;

  constructor(reader: VaultReader) {
    this.#reader = reader;
  }

  async query(text: string, limit: number, dates: DateLookup): Promise<SearchResults> {
    if (!toMatchQuery(text)) return { groups: [], total: 0 };
    return groupMatches(await this.#reader.read({ what: 'search', text, limit }), dates);
  }
}
