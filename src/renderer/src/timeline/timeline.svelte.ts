import type { z } from 'zod';
import type { EventSummary, TimelineCursor, YearCount } from '../../../shared/timeline';
import { locale, t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { PagedList, type Page } from '../lib/paged.svelte';
import { TimelineFilters } from './filters.svelte';
import { feelingLabel, formatMonth, formatSpan } from './format';

type Cursor = z.infer<typeof TimelineCursor>;
type Year = z.infer<typeof YearCount>;
export type Order = 'newest' | 'oldest';

/**
 * One line of the virtualized list: a year heading, a month heading, or an entry. The words a row shows are worked out
 * once, when its page arrives, so scrolling a row into view only puts them in the page.
 */
export type Row =
  | { type: 'year'; key: string; year: number }
  | { type: 'month'; key: string; name: string }
  | EntryRow;

export interface EntryRow {
  type: 'event';
  key: string;
  event: EventSummary;
  /** The day or span, e.g. "Apr 2, 2022". */
  day: string;
  /** How it felt, e.g. "Good". */
  feeling: string;
  /** "3 photos", or empty when there are none (in the language spoken when the row was made). */
  photos: string;
}

export const PAGE_SIZE = 100;

/**
 * Year and month headings between entries, in the order the entries come. `after` is the row list these follow
 * (a page appended to a loaded list), so a heading already there is not repeated.
 */
export function toRows(items: readonly EventSummary[], after: readonly Row[] = []): Row[] {
  const rows: Row[] = [];
  const last = after.at(-1);
  let year = last?.type === 'event' ? last.event.startDate.slice(0, 4) : '';
  let month = last?.type === 'event' ? last.event.startDate.slice(0, 7) : '';
  // A page has a handful of feelings and photo counts: each one's words are looked up in the catalogue once.
  const feelings: Record<number, string> = {};
  const photos: Record<number, string> = {};
  for (const event of items) {
    const y = event.startDate.slice(0, 4);
    const m = event.startDate.slice(0, 7);
    if (y !== year) {
      rows.push({ type: 'year', key: `y${y}`, year: Number(y) });
      year = y;
      month = '';
    }
    if (m !== month) {
      rows.push({ type: 'month', key: `m${m}`, name: formatMonth(Number(m.slice(5))) });
      month = m;
    }
    rows.push({
      type: 'event',
      key: event.id,
      event,
      day: formatSpan(event.startDate, event.endDate),
      feeling: once(feelings, event.valence, () => feelingLabel(event.valence)),
      photos: event.photoCount === 0 ? '' : once(photos, event.photoCount, () => t('timeline.photos', { count: event.photoCount })),
    });
  }
  return rows;
}

function once(made: Record<number, string>, key: number, make: () => string): string {
  return (made[key] ??= make());
}

/** Where a page starts so that the list begins at a given year, in either order. */
export function cursorForYear(year: number, order: Order): Cursor | null {
  if (order === 'newest') return year >= 2200 ? null : { date: `${year + 1}-01-01`, id: '' };
  // The largest id there can be, so every entry of the day before is already "passed".
  return year <= 1900 ? null : { date: `${year - 1}-12-31`, id: '\uffff' };
}

/** The timeline as a list that grows page by page (keyset cursor), with its filters and years. */
export class TimelineList extends PagedList<EventSummary, Cursor> {
  readonly filters = new TimelineFilters();
  order = $state<Order>('newest');
  /** Null until first read; kept while a reload reads them again. */
  #years = $state.raw<Year[] | null>(null);
  #tags = $state.raw<{ tag: string; count: number }[]>([]);
  /** Set when the list was started at a year (jump), so the newer part is not loaded. */
  #startYear = $state<number | null>(null);

  /**
   * The rows of the items last turned into rows, and the language their words are in: a page appended to them only adds
   * its own rows; a change of language makes them all again.
   */
  #built: { items: readonly EventSummary[]; rows: Row[]; language: string } = { items: [], rows: [], language: '' };
  readonly rows: Row[] = $derived.by(() => this.#rowsOf(this.items));

  get years(): Year[] {
    return this.#years ?? [];
  }
  get tags() {
    return this.#tags;
  }
  get startYear() {
    return this.#startYear;
  }
  /** Every entry in the vault (not just the filtered ones): zero means a first visit; null until the years are read. */
  get total(): number | null {
    return this.#years?.reduce((sum, y) => sum + y.count, 0) ?? null;
  }

  /**
   * Start over from the top with the current order and filters; years and tags are read again. The first page is
   * asked for first (the core answers in order), so the entries show without waiting for the years and tags.
   */
  override async reload(startYear: number | null = null): Promise<void> {
    const generation = this.restart();
    this.#startYear = startYear;
    this.items = [];
    this.error = null;
    const firstPage = this.load(startYear === null ? null : cursorForYear(startYear, this.order), generation);
    try {
      const [years, tags] = await Promise.all([api.timeline.years(), api.timeline.tags()]);
      if (this.isCurrent(generation)) {
        this.#years = years;
        this.#tags = tags;
      }
    } catch (error) {
      if (this.isCurrent(generation)) this.error = describeError(error);
    }
    await firstPage;
  }

  /** Filters that contradict each other match nothing: the list stays empty without asking. */
  protected override async load(after: Cursor | null, generation: number): Promise<void> {
    if (this.filters.problem) {
      this.loaded = true;
      return;
    }
    await super.load(after, generation);
  }

  protected page(after: Cursor | null): Promise<Page<EventSummary, Cursor>> {
    return api.timeline.list({ order: this.order, after, limit: PAGE_SIZE, filter: this.filters.filter });
  }

  #rowsOf(items: readonly EventSummary[]): Row[] {
    const built = this.#built;
    const n = built.items.length;
    // Read here, so the rows are made again when the language changes (the words and the dates in them).
    const language = `${locale()}|${t('timeline.feelingMixed')}`;
    // Pages keep the entries before them as they were, so a longer list with the same last-known entry is an append.
    const appended = n > 0 && items.length > n && items[n - 1] === built.items[n - 1] && language === built.language;
    const rows = appended ? built.rows.concat(toRows(items.slice(n), built.rows)) : toRows(items);
    this.#built = { items, rows, language };
    return rows;
  }

  /** The row of a year's heading if that year is already in the list. */
  yearRow(year: number): number {
    return this.rows.findIndex((r) => r.type === 'year' && r.year === year);
  }
}

export type TimelineView =
  | { name: 'list' }
  | { name: 'event'; id: string }
  | { name: 'editor'; id: string | null; title?: string }
  | { name: 'trash' };

/** The Timeline section: which view shows, and the list kept while an entry is open. */
export class TimelineSection {
  readonly list = new TimelineList();
  view = $state<TimelineView>({ name: 'list' });
  /** A short message shown once on the list, e.g. after moving an entry to the trash. */
  notice = $state<{ text: string; undo?: () => Promise<void> } | null>(null);
  /** Where the list was scrolled to, so coming back lands in the same place. */
  scrollY = 0;
  /** True when the list needs reading again (something was saved, moved or restored). */
  stale = $state(true);
  /** Set by the frame: opens a reflection linked to an entry, in the Reflections section. */
  openReflection: (id: string) => void = () => undefined;

  showList(): void {
    this.view = { name: 'list' };
  }

  open(id: string): void {
    this.view = { name: 'event', id };
  }

  edit(id: string): void {
    this.view = { name: 'editor', id };
  }

  newEntry(title?: string): void {
    this.view = title ? { name: 'editor', id: null, title } : { name: 'editor', id: null };
  }

  /** A draft's key names what it edits: `timeline:new` or `timeline:<id>`. */
  continueDraft(key: string): void {
    const id = key.slice('timeline:'.length);
    if (id === 'new') this.newEntry();
    else this.edit(id);
  }

  showTrash(): void {
    this.view = { name: 'trash' };
  }

  changed(): void {
    this.stale = true;
  }
}
