import { describeError } from './errors';

/** One page of a list as the core answers it: the items, and where the next page starts (null: no more). */
export interface Page<T, C> {
  items: T[];
  next: C | null;
}

/**
 * A list read a page at a time with a keyset cursor (the timeline, reflections, check-ins, the journal, appreciation
 * rounds). Each `restart` begins a new generation, so the answer to a request made before it is dropped instead of
 * shown. Subclasses say how a page is read; `Pages` reads them with one call.
 */
export abstract class PagedList<T, C> {
  #items = $state.raw<T[]>([]);
  #next = $state.raw<C | null>(null);
  #loading = $state(false);
  #loaded = $state(false);
  #error = $state<string | null>(null);
  #generation = 0;

  /** The page that starts after `after` (null: the first page). */
  protected abstract page(after: C | null): Promise<Page<T, C>>;

  get items(): T[] {
    return this.#items;
  }
  protected set items(value: T[]) {
    this.#items = value;
  }
  get hasMore() {
    return this.#next !== null;
  }
  get loading() {
    return this.#loading;
  }
  get loaded() {
    return this.#loaded;
  }
  protected set loaded(value: boolean) {
    this.#loaded = value;
  }
  get error() {
    return this.#error;
  }
  protected set error(value: string | null) {
    this.#error = value;
  }

  /** Start over from the top: the cursor is forgotten; returns the new generation to load with. */
  protected restart(): number {
    this.#next = null;
    return ++this.#generation;
  }

  /** False once a newer `restart` has begun. */
  protected isCurrent(generation: number): boolean {
    return generation === this.#generation;
  }

  /** Start over from the first page; the items shown stay until it comes. */
  async reload(): Promise<void> {
    await this.load(null, this.restart());
  }

  async loadMore(): Promise<void> {
    if (this.#loading || !this.#next) return;
    await this.load(this.#next, this.#generation);
  }

  /** Read the page after `after` (null: the first, which replaces the items) for `generation`. */
  protected async load(after: C | null, generation: number): Promise<void> {
    this.#loading = true;
    try {
      const page = await this.page(after);
      if (generation !== this.#generation) return;
      this.#items = after === null ? page.items : [...this.#items, ...page.items];
      this.#next = page.next;
      this.#error = null;
    } catch (error) {
      if (generation === this.#generation) this.#error = describeError(error);
    } finally {
      if (generation === this.#generation) {
        this.#loading = false;
        this.#loaded = true;
      }
    }
  }
}

/** A list whose pages come from one call, e.g. `new Pages((after) => api.journal.list({ after, limit: 20 }))`. */
export class Pages<T, C> extends PagedList<T, C> {
  readonly #read: (after: C | null) => Promise<Page<T, C>>;

  constructor(read: (after: C | null) => Promise<Page<T, C>>) {
    super();
    this.#read = read;
  }

  protected page(after: C | null): Promise<Page<T, C>> {
    return this.#read(after);
  }

  /** Take out the items that match (e.g. one just deleted) without reading the pages again. */
  drop(match: (item: T) => boolean): void {
    this.items = this.items.filter((item) => !match(item));
  }
}
