import type { EventKind, TimelineFilter } from '../../../shared/timeline';
import { t } from '../i18n/i18n.svelte';

export type PartnerChoice = 'anyone' | 'a' | 'b' | 'both';

/** What the person chose to narrow the timeline to; every choice combines with the others. */
export class TimelineFilters {
  kinds = $state<EventKind[]>([]);
  tag = $state('');
  partner = $state<PartnerChoice>('anyone');
  from = $state('');
  to = $state('');
  /** Feeling range, −2…2; the full range means "any feeling". */
  feelingMin = $state(-2);
  feelingMax = $state(2);

  /** The `filter` argument of `timeline.list`: only what narrows anything is sent. */
  readonly filter: TimelineFilter = $derived.by(() => {
    const filter: TimelineFilter = {};
    if (this.kinds.length > 0) filter.kinds = [...this.kinds];
    if (this.tag) filter.tags = [this.tag];
    if (this.partner !== 'anyone') filter.author = this.partner;
    if (this.from) filter.from = this.from;
    if (this.to) filter.to = this.to;
    const [min, max] = this.feelingMin <= this.feelingMax ? [this.feelingMin, this.feelingMax] : [this.feelingMax, this.feelingMin];
    if (min > -2) filter.valenceMin = min;
    if (max < 2) filter.valenceMax = max;
    return filter;
  });

  /** How many separate choices narrow the list, for the "Filters (3)" label. */
  readonly active: number = $derived(Object.keys(this.filter).filter((k) => k !== 'valenceMax' || !('valenceMin' in this.filter)).length);

  /** A date range that ends before it starts matches nothing; say so rather than show an empty list. */
  readonly problem: string | null = $derived(this.from && this.to && this.to < this.from ? t('timeline.rangeBackwards') : null);

  toggleKind(kind: EventKind): void {
    this.kinds = this.kinds.includes(kind) ? this.kinds.filter((k) => k !== kind) : [...this.kinds, kind];
  }

  clear(): void {
    this.kinds = [];
    this.tag = '';
    this.partner = 'anyone';
    this.from = '';
    this.to = '';
    this.feelingMin = -2;
    this.feelingMax = 2;
  }
}
