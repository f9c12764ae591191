import type { Insights, Patterns } from '../../../shared/insights';
import { t } from '../i18n/i18n.svelte';
import { coreOrCatalogue } from '../lib/errors';
import { dateFormat, formatNumber, joinNames } from '../lib/locale';
import { languageInfo } from '../loveLanguages/loveLanguages.svelte';

/**
 * The one-line reading above each chart. The core words it in English (src/core/insights/insights-service.ts), and
 * while Hearth speaks English that sentence is shown as it is; any other language says it again here from the
 * numbers it came with, choosing among the same cases the core does (catalogue group `insights`, `reading…`).
 */

/** "2026-03" → "March 2026" in the language spoken. */
function since(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return dateFormat({ month: 'long', year: 'numeric' }).format(new Date(y!, m! - 1, 1));
}

/** A number for a sentence: at most one decimal, none when whole, in the language spoken. */
function say(n: number): string {
  return formatNumber(Math.round(n * 10) / 10);
}

const reading = (english: string, key: string, values: Record<string, unknown> = {}) => coreOrCatalogue(english, `insights.${key}`, values);

export function ratingsReading(ratings: Insights['ratings']): string {
  const { points } = ratings;
  const means = points.map((p) => {
    const given = [p.a, p.b].filter((n): n is number => n !== null);
    return given.reduce((sum, n) => sum + n, 0) / given.length;
  });
  if (points.length === 0) return reading(ratings.reading, 'readingRatingsNone');
  if (points.length === 1) return reading(ratings.reading, 'readingRatingsOne', { mean: say(means[0]!) });
  const [first, last] = [means[0]!, means.at(-1)!];
  const values = { first: say(first), last: say(last), since: since(points[0]!.date.slice(0, 7)) };
  if (Math.abs(last - first) < 0.5) return reading(ratings.reading, 'readingRatingsSteady', values);
  return reading(ratings.reading, last > first ? 'readingRatingsRose' : 'readingRatingsMoved', values);
}

export function regularityReading(regularity: Insights['regularity']): string {
  const { months } = regularity;
  if (months.length === 0) return reading(regularity.reading, 'readingRegularityNone');
  const done = months.reduce((sum, m) => sum + m.completed, 0);
  const planned = months.reduce((sum, m) => sum + (m.expected ?? 0), 0);
  if (done === 0) return reading(regularity.reading, 'readingRegularityNothing');
  const values = { count: done, planned: formatNumber(planned), since: since(months[0]!.month) };
  if (planned === 0) return reading(regularity.reading, 'readingRegularityDone', values);
  return reading(regularity.reading, done >= planned ? 'readingRegularityAll' : 'readingRegularitySome', values);
}

export function appreciationsReading(appreciations: Insights['appreciations']): string {
  const { months } = appreciations;
  if (months.length === 0) return reading(appreciations.reading, 'readingAppreciationsNone');
  const total = months.reduce((sum, m) => sum + m.total, 0);
  return reading(appreciations.reading, 'readingAppreciations', { count: total, since: since(months[0]!.month) });
}

export function timelineReading(timeline: Insights['timeline']): string {
  const { months } = timeline;
  if (months.length === 0) return reading(timeline.reading, 'readingTimelineNone');
  const sum = (pick: (m: (typeof months)[number]) => number) => months.reduce((s, m) => s + pick(m), 0);
  const good = sum((m) => m.byValence.good + m.byValence.veryGood);
  const hard = sum((m) => m.byValence.hard + m.byValence.veryHard);
  const between = sum((m) => m.byValence.neutral);
  const parts = [
    good ? t('insights.readingGoodOnes', { count: good }) : null,
    hard ? t('insights.readingHardOnes', { count: hard }) : null,
    between ? t('insights.readingInBetween', { n: between }) : null,
  ].filter((p): p is string => p !== null);
  return reading(timeline.reading, 'readingTimeline', { count: good + hard + between, since: since(months[0]!.month), parts: joinNames(parts) });
}

export function repairReading(repair: Insights['repair']): string {
  if (repair.medianDays === null) return reading(repair.reading, 'readingRepairNone');
  const linked = t('insights.readingLinked', { count: repair.pairs.length });
  if (repair.medianDays === 0) return reading(repair.reading, 'readingRepairSameDay', { linked });
  const days = Math.round(repair.medianDays * 10) / 10;
  return reading(repair.reading, 'readingRepairWithin', { linked, days: t('insights.readingDays', { count: days, days: say(days) }) });
}

export function loveReading(love: Insights['loveLanguages']): string {
  const all = love.languages.reduce((sum, l) => sum + l.total, 0);
  if (all === 0) return reading(love.reading, 'readingLoveNone');
  const top = Math.max(...love.languages.map((l) => l.total));
  const most = love.languages.filter((l) => l.total === top).map((l) => languageInfo(l.language).inSentence);
  return reading(love.reading, 'readingLove', { count: all, languages: joinNames(most) });
}

/** The patterns card's sentence. The core's names the month of the first reflection, which only its English knows. */
export function patternsReading(patterns: Patterns): string {
  if (patterns.reflections === 0) return reading(patterns.reading, 'readingPatternsNone');
  const named = patterns.horsemen.length + patterns.barriers.length + patterns.feelings.length + patterns.needs.length;
  return reading(patterns.reading, named === 0 ? 'readingPatternsUnnamed' : 'readingPatterns', { count: patterns.reflections });
}
