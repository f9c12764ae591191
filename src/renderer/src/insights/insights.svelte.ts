import type { Insights, Patterns } from '../../../shared/insights';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { localToday } from '../timeline/format';

/** The ranges to show; each label is a getter, so it follows a change of language. */
export const RANGES = [
  {
    id: 'all',
    get label() {
      return t('insights.rangeAll');
    },
    months: null,
  },
  {
    id: 'year',
    get label() {
      return t('insights.rangeYear');
    },
    months: 12,
  },
  {
    id: 'quarter',
    get label() {
      return t('insights.rangeQuarter');
    },
    months: 3,
  },
] as const;
export type RangeId = (typeof RANGES)[number]['id'];

/** The first day of the month `months` before this one, as YYYY-MM-DD. */
export function rangeStart(months: number, today = localToday()): string {
  const [y, m] = today.split('-').map(Number);
  const index = y! * 12 + (m! - 1) - (months - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Everything the Insights page draws, computed inside the vault for the chosen range. */
export class InsightsPage {
  #data = $state.raw<Insights | null>(null);
  /** What you noticed in your reflections over the same range: counted once per reflection, for the two of you. */
  #patterns = $state.raw<Patterns | null>(null);
  #error = $state<string | null>(null);
  #loading = $state(false);
  range = $state<RangeId>('all');
  #generation = 0;

  get data() {
    return this.#data;
  }
  get patterns() {
    return this.#patterns;
  }
  get error() {
    return this.#error;
  }
  get loading() {
    return this.#loading;
  }

  async load(): Promise<void> {
    const generation = ++this.#generation;
    const months = RANGES.find((r) => r.id === this.range)?.months ?? null;
    this.#loading = true;
    try {
      const range = months ? { from: rangeStart(months) } : {};
      const [data, patterns] = await Promise.all([api.insights.all(range), api.insights.patterns(range)]);
      if (generation !== this.#generation) return;
      this.#data = data;
      this.#patterns = patterns;
      this.#error = null;
    } catch (error) {
      if (generation === this.#generation) this.#error = describeError(error);
    } finally {
      if (generation === this.#generation) this.#loading = false;
    }
  }
}
