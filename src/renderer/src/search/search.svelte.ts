import type { SearchHit, SearchKind, SearchResults } from '../../../shared/search';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';

export const DEBOUNCE_MS = 180;

/** Every searchable kind has a label in the catalogue: a new kind fails the build until it is named here. */
const KIND_LABELS = {
  timeline: 'search.kindTimeline',
  reflection: 'search.kindReflection',
  checkin: 'search.kindCheckin',
  journal: 'search.kindJournal',
} as const satisfies Record<SearchKind, string>;

/** A group's heading, in the language spoken. */
export function kindLabel(kind: string): string {
  const key = (KIND_LABELS as Partial<Record<string, (typeof KIND_LABELS)[SearchKind]>>)[kind];
  return key ? t(key) : kind.charAt(0).toLocaleUpperCase() + kind.slice(1).replace(/[_-]+/g, ' ');
}

export interface FlatHit {
  kind: string;
  hit: SearchHit;
  index: number;
}

/** Everything Hearth holds, searched as you type; arrows move through the hits across groups. */
export class SearchState {
  text = $state('');
  #results = $state.raw<SearchResults | null>(null);
  #active = $state(0);
  #searching = $state(false);
  #failure = $state<string | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #asked = 0;

  readonly groups: { kind: string; label: string; hits: FlatHit[] }[] = $derived.by(() => {
    let index = 0;
    return (this.#results?.groups ?? []).map((g) => ({
      kind: g.kind as string,
      label: kindLabel(g.kind),
      hits: g.hits.map((hit) => ({ kind: g.kind as string, hit, index: index++ })),
    }));
  });
  readonly hits: FlatHit[] = $derived(this.groups.flatMap((g) => g.hits));

  get results() {
    return this.#results;
  }
  get active() {
    return this.#active;
  }
  get searching() {
    return this.#searching;
  }
  get failure() {
    return this.#failure;
  }
  get activeHit(): FlatHit | undefined {
    return this.hits[this.#active];
  }

  /** Call on every keystroke; the query goes out once typing pauses. */
  input(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  async run(): Promise<void> {
    clearTimeout(this.#timer);
    const text = this.text.trim().slice(0, 200);
    const asked = ++this.#asked;
    if (!text) {
      this.#results = null;
      this.#searching = false;
      return;
    }
    this.#searching = true;
    try {
      const results = await api.search.query({ text, limit: 30 });
      if (asked !== this.#asked) return;
      this.#results = results;
      this.#active = 0;
      this.#failure = null;
    } catch (error) {
      if (asked === this.#asked) this.#failure = describeError(error);
    } finally {
      if (asked === this.#asked) this.#searching = false;
    }
  }

  move(by: number): void {
    const count = this.hits.length;
    if (count === 0) return;
    this.#active = (this.#active + by + count) % count;
  }

  select(index: number): void {
    this.#active = index;
  }

  reset(): void {
    clearTimeout(this.#timer);
    this.#asked++;
    this.text = '';
    this.#results = null;
    this.#active = 0;
    this.#failure = null;
    this.#searching = false;
  }
}
