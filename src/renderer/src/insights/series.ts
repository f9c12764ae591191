import type { Partner } from '../../../shared/basics';
import type { Insights } from '../../../shared/insights';
import { VALENCE_NAMES } from '../../../shared/insights';
import { EVENT_KINDS } from '../../../shared/timeline';
import { t } from '../i18n/i18n.svelte';
import { languageInfo } from '../loveLanguages/loveLanguages.svelte';
import { kindInfo } from '../timeline/kinds';
import { dayToDate, formatEventDay, partnerName } from '../timeline/format';
import { dateFormat, formatNumber } from '../lib/locale';

/** One row of a chart: its label on the category axis and a number per series key. */
export type Row = { label: string } & Record<string, number | string | Date | null>;

export interface Series {
  key: string;
  label: string;
  /** A CSS colour, always a theme variable. */
  color: string;
  /** How the legend draws it: a line (solid or dashed, so the two partners differ without colour) or a block. */
  line?: 'solid' | 'dashed';
}

/** What a chart draws, and the same numbers as a table. */
export interface ChartData {
  rows: Row[];
  series: Series[];
  /** The table's first column heading, e.g. "Month". */
  category: string;
  /** Words the table shows beside the numbers (e.g. which repair), not drawn. */
  extra?: { key: string; label: string }[];
}

const monthFormat = { format: (d: Date) => dateFormat({ month: 'short', year: 'numeric' }).format(d) };

/** "2026-03" → "Mar 2026" in the user's locale. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return monthFormat.format(new Date(y!, m! - 1, 1));
}

/** How a month's moments felt, in the language spoken (getters, so they follow a change of language). */
export const VALENCE_LABELS: Readonly<Record<(typeof VALENCE_NAMES)[number], string>> = {
  get veryHard() {
    return t('insights.valenceVeryHard');
  },
  get hard() {
    return t('insights.valenceHard');
  },
  get neutral() {
    return t('insights.valenceNeutral');
  },
  get good() {
    return t('insights.valenceGood');
  },
  get veryGood() {
    return t('insights.valenceVeryGood');
  },
};

function partners(list: readonly Partner[]) {
  return { a: partnerName(list, 'a'), b: partnerName(list, 'b') };
}

/**
 * Both partners' ratings per check-in; the band between them is the gap, never who was higher. A rating is optional:
 * one left out stays null, so its line breaks there (and the table shows a dash), never a 0; the band needs both.
 */
export function ratingsData(insights: Insights, list: readonly Partner[]): ChartData {
  const n = partners(list);
  return {
    category: t('insights.categoryCheckin'),
    rows: insights.ratings.points.map((p) => {
      const both = p.a !== null && p.b !== null ? [p.a, p.b] : null;
      return {
        label: formatEventDay(p.date),
        date: dayToDate(p.date),
        a: p.a,
        b: p.b,
        gap: p.gap,
        low: both ? Math.min(...both) : null,
        high: both ? Math.max(...both) : null,
      };
    }),
    series: [
      { key: 'a', label: n.a, color: 'var(--chart-a)', line: 'solid' },
      { key: 'b', label: n.b, color: 'var(--chart-b)', line: 'dashed' },
      { key: 'gap', label: t('insights.gap'), color: 'var(--chart-band)' },
    ],
  };
}

export function regularityData(insights: Insights): ChartData {
  return {
    category: t('insights.categoryMonth'),
    rows: insights.regularity.months.map((m) => ({ label: monthLabel(m.month), completed: m.completed, expected: m.expected })),
    series: [
      { key: 'expected', label: t('insights.planned'), color: 'var(--chart-planned)' },
      { key: 'completed', label: t('insights.doneTogether'), color: 'var(--chart-a)' },
    ],
  };
}

/** One bar a month: what the two of you shared with each other, together, never who shared more. */
export function appreciationsData(insights: Insights): ChartData {
  return {
    category: t('insights.categoryMonth'),
    rows: insights.appreciations.months.map((m) => ({ label: monthLabel(m.month), total: m.total })),
    series: [{ key: 'total', label: t('insights.sharedWithEachOther'), color: 'var(--chart-together)' }],
  };
}

export function timelineByKindData(insights: Insights): ChartData {
  const used = EVENT_KINDS.filter((k) => insights.timeline.months.some((m) => (m.byKind[k] ?? 0) > 0));
  return {
    category: t('insights.categoryMonth'),
    rows: insights.timeline.months.map((m) => ({ label: monthLabel(m.month), ...Object.fromEntries(used.map((k) => [k, m.byKind[k] ?? 0])) })),
    series: used.map((k) => ({ key: k, label: kindInfo(k).label, color: `var(--kind-${k})` })),
  };
}

export function timelineByFeelingData(insights: Insights): ChartData {
  const used = VALENCE_NAMES.filter((v) => insights.timeline.months.some((m) => m.byValence[v] > 0));
  return {
    category: t('insights.categoryMonth'),
    rows: insights.timeline.months.map((m) => ({ label: monthLabel(m.month), ...Object.fromEntries(used.map((v) => [v, m.byValence[v]])) })),
    series: used.map((v) => ({ key: v, label: VALENCE_LABELS[v], color: `var(--valence-${v})` })),
  };
}

export function repairData(insights: Insights): ChartData {
  return {
    category: t('insights.categoryHardMoment'),
    rows: insights.repair.pairs.map((p) => ({
      label: formatEventDay(p.hardMomentDate),
      moment: p.hardMomentTitle,
      repair: t('insights.repairOn', { title: p.repairTitle, day: formatEventDay(p.repairDate) }),
      days: p.days,
    })),
    extra: [
      { key: 'moment', label: t('insights.whatHappened') },
      { key: 'repair', label: t('insights.repair') },
    ],
    series: [{ key: 'days', label: t('insights.daysUntilRepair'), color: 'var(--kind-repair)' }],
  };
}

/** One bar a language: the loving acts the two of you logged, together, never who did more for whom. */
export function loveActionsData(insights: Insights): ChartData {
  return {
    category: t('insights.categoryLoveLanguage'),
    rows: insights.loveLanguages.languages.map((l) => ({ label: languageInfo(l.language).name, total: l.total })),
    series: [{ key: 'total', label: t('insights.loggedTogether'), color: 'var(--chart-together)' }],
  };
}

/** A cell as the table shows it: a number in the language spoken, or a dash where nothing was planned yet. */
export function cell(value: Row[string] | undefined): string {
  if (value === null || value === undefined) return t('insights.noValue');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return formatNumber(value);
  return value;
}
