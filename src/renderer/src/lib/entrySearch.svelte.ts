import type { SearchHit } from '../../../shared/search';
import { api } from './api';
import { describeError } from './errors';

/** How long typing has to pause before the search runs. */
const PAUSE_MS = 200;

/**
 * Finding a timeline entry by a word from its title or story, searched as the person types: the
 * state behind the pickers that link an entry to another or a reflection to an entry.
 */
export class EntrySearch {
  text = $state('');
  /** The picker's one error line: a failed search, and whatever else the picker sets it to. */
  failure = $state<string | null>(null);
  #hits = $state.raw<SearchHit[]>([]);
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #exclude: () => readonly string[];

  /** `exclude`: entries that cannot be chosen, left out of the hits. */
  constructor(exclude: () => readonly string[] = () => []) {
    this.#exclude = exclude;
  }

  get hits() {
    return this.#hits;
  }

  /** Call on every keystroke: the search runs once typing pauses. */
  typed(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), PAUSE_MS);
  }

  async #search(): Promise<void> {
    const query = this.text.trim();
    if (!query) {
      this.#hits = [];
      return;
    }
    try {
      const results = await api.search.query({ text: query, limit: 20 });
      const exclude = this.#exclude();
      this.#hits = (results.groups.find((g) => g.kind === 'timeline')?.hits ?? []).filter((h) => !exclude.includes(h.id));
      this.failure = null;
    } catch (error) {
      this.failure = describeError(error);
    }
  }

  /** The picker closes: what was typed and found is forgotten. */
  clear(): void {
    this.text = '';
    this.#hits = [];
  }
}
