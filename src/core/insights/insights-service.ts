import type { z } from 'zod';
import { sharedByMonth } from '../appreciations/appreciation-repository';
import { LOVE_LANGUAGE_IDS, type LoveLanguageId } from '../../shared/loveLanguages';
import { VALENCE_NAMES, type Insights, type InsightsInput, type Patterns } from '../../shared/insights';
import { EVENT_KINDS, type EventKind } from '../../shared/timeline';
import { homeZone, readCadence } from '../checkins/cadence';
import { completedByMonth, ratingsBetween } from '../checkins/checkin-repository';
import { localDate, slotsBetween } from '../checkins/schedule';
import type { Db } from '../db/database';
import { actionCounts } from '../loveLanguages/love-language-repository';
import { bounds, zeroCounts } from '../loveLanguages/love-language-service';
import { repairPairs, timelineCounts, type CountRow } from '../timeline/timeline-counts';
import { AreaService, type AreaContext } from '../area-service';
import { ReflectionService } from '../reflections/reflection-service';
import { patternsBetween, type PatternCounts } from './patterns';
import type { Words } from '../i18n/words';

type Range = z.output<typeof InsightsInput>;

/** Every month from one "YYYY-MM" to another, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  for (let guard = 0; guard < 2400; guard++) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A number rounded for a sentence: at most one decimal, none when whole. */
function rounded(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A number for a sentence, as the language writes it: "7.5", "7,5". */
function say(words: Words, n: number): string {
  return words.number(rounded(n), 1);
}

/** The sentence above the patterns: where they were counted from, or what will gather there. */
function patternsReading(counts: PatternCounts, firstDay: string | null, words: Words): string {
  if (counts.reflections === 0 || firstDay === null) return words.t('readings.patternsEmpty');
  const values = { count: counts.reflections, since: words.month(firstDay.slice(0, 7)) };
  const named = counts.horsemen.length + counts.barriers.length + counts.feelings.length + counts.needs.length;
  return named === 0 ? words.t('readings.patternsNothingNamed', values) : words.t('readings.patternsCounted', values);
}

/**
 * The insights page, computed inside the vault. Every sentence describes the two of you together;
 * none ranks one partner over the other. The readings are in the language Hearth speaks (`this.words`, the
 * catalogues' `readings` group), so the page and the therapy export read alike.
 */
export class InsightsService extends AreaService {
  /** Reflections are read whole through their own service, so its rules hold here as in the app. */
  readonly #reflections: ReflectionService;

  constructor(context: AreaContext) {
    super(context);
    this.#reflections = new ReflectionService(context);
  }

  /**
   * Every section (each a query or two; all of them, tens of milliseconds on a large vault). The core reads this on
   * its reads' worker (worker/reads.ts), never on the main thread.
   */
  all(range: Range): Insights {
    const db = this.db;
    return {
      ratings: this.ratings(db, range),
      regularity: this.regularity(db, range),
      appreciations: this.appreciations(db, range),
      timeline: this.timeline(db, range),
      repair: this.repair(db, range),
      loveLanguages: this.loveLanguages(db, range),
    };
  }

  /**
   * The patterns you noticed in the reflections begun in the range (patterns.ts, the same count the therapy export's
   * first page makes): worded as noticing, for the two of you together, never a score.
   */
  async patterns(range: Range): Promise<Patterns> {
    const { counts, firstDay } = await patternsBetween(this.db, (id) => this.#reflections.get(id), range);
    return { ...counts, reading: patternsReading(counts, firstDay, this.words) };
  }

  ratings(db: Db, range: Range): Insights['ratings'] {
    // A rating is optional: one left out stays null (a gap), and a check-in with none is not a point at all.
    const points = ratingsBetween(db, ...bounds(range)).map((r) => ({
      checkInId: r.id,
      date: r.completedOn,
      a: r.a,
      b: r.b,
      gap: r.a === null || r.b === null ? null : Math.abs(r.a - r.b),
    }));
    const means = points.map((p) => {
      const given = [p.a, p.b].filter((n): n is number => n !== null);
      return given.reduce((sum, n) => sum + n, 0) / given.length;
    });
    const words = this.words;
    let reading: string;
    if (points.length === 0) reading = words.t('readings.ratingsEmpty');
    else if (points.length === 1) reading = words.t('readings.ratingsOne', { average: say(words, means[0]!) });
    else {
      const [first, last] = [means[0]!, means.at(-1)!];
      const values = { first: say(words, first), last: say(words, last), value: say(words, last), since: words.month(points[0]!.date.slice(0, 7)) };
      if (Math.abs(last - first) < 0.5) reading = words.t('readings.ratingsSteady', values);
      else if (last > first) reading = words.t('readings.ratingsRose', values);
      else reading = words.t('readings.ratingsMoved', values);
    }
    return { points, reading };
  }

  regularity(db: Db, range: Range): Insights['regularity'] {
    const [from, to] = bounds(range);
    const completed = completedByMonth(db, from, to);
    const cadence = readCadence(db);
    const zone = homeZone(db);
    const now = this.now().getTime();
    const thisMonth = localDate(now, zone).slice(0, 7);
    const starts = [...completed.keys(), ...(cadence ? [localDate(Date.parse(cadence.since), zone).slice(0, 7)] : [])].sort();
    const first = range.from && starts[0] && range.from.slice(0, 7) > starts[0] ? range.from.slice(0, 7) : starts[0];
    const last = range.to && range.to.slice(0, 7) < thisMonth ? range.to.slice(0, 7) : thisMonth;
    const words = this.words;
    if (!first || (completed.size === 0 && !cadence)) return { months: [], reading: words.t('readings.regularityEmpty') };
    // Slots already past since the rhythm began, by local month; months before it have no plan to compare with.
    const expected = new Map<string, number>();
    const sinceMonth = cadence ? localDate(Date.parse(cadence.since), zone).slice(0, 7) : null;
    if (cadence) {
      for (const slot of slotsBetween(cadence, Date.parse(cadence.since), now)) {
        const month = localDate(slot, zone).slice(0, 7);
        expected.set(month, (expected.get(month) ?? 0) + 1);
      }
    }
    const months = monthsBetween(first, last).map((month) => ({
      month,
      completed: completed.get(month) ?? 0,
      expected: sinceMonth !== null && month >= sinceMonth ? (expected.get(month) ?? 0) : null,
    }));
    const done = months.reduce((sum, m) => sum + m.completed, 0);
    const planned = months.reduce((sum, m) => sum + (m.expected ?? 0), 0);
    const values = { count: done, planned, since: words.month(months[0]?.month ?? first) };
    let reading: string;
    if (done === 0) reading = words.t('readings.regularityNone');
    else if (planned === 0) reading = words.t('readings.regularityDone', values);
    else if (done >= planned) reading = words.t('readings.regularityAll', values);
    else reading = words.t('readings.regularitySome', values);
    return { months, reading };
  }

  appreciations(db: Db, range: Range): Insights['appreciations'] {
    // Together, month by month: who shared how many is never set side by side.
    const rows = sharedByMonth(db, ...bounds(range));
    const words = this.words;
    if (rows.length === 0) return { months: [], reading: words.t('readings.appreciationsEmpty') };
    const shared = new Map(rows.map((r) => [r.month, r.n]));
    const months = monthsBetween(rows[0]!.month, rows.at(-1)!.month).map((month) => ({ month, total: shared.get(month) ?? 0 }));
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    return { months, reading: words.t('readings.appreciations', { count: total, since: words.month(months[0]!.month) }) };
  }

  timeline(db: Db, range: Range): Insights['timeline'] {
    const rows = timelineCounts(db, ...bounds(range));
    const words = this.words;
    if (rows.length === 0) return { months: [], reading: words.t('readings.timelineEmpty') };
    // Rows by month: one pass over them, not one per month (decades of months × dozens of rows each).
    const byMonth = new Map<string, CountRow[]>();
    for (const r of rows) {
      const list = byMonth.get(r.month);
      if (list) list.push(r);
      else byMonth.set(r.month, [r]);
    }
    const months = monthsBetween(rows[0]!.month, rows.at(-1)!.month).map((month) => {
      const byKind = Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
      const byValence = Object.fromEntries(VALENCE_NAMES.map((v) => [v, 0])) as Record<(typeof VALENCE_NAMES)[number], number>;
      let total = 0;
      for (const r of byMonth.get(month) ?? []) {
        byKind[r.kind] += r.n;
        byValence[VALENCE_NAMES[r.valence + 2]!] += r.n;
        total += r.n;
      }
      return { month, total, byKind, byValence };
    });
    const sum = (pick: (v: number) => boolean) => rows.filter((r) => pick(r.valence)).reduce((s, r) => s + r.n, 0);
    const [all, good, hard] = [sum(() => true), sum((v) => v > 0), sum((v) => v < 0)];
    const between = all - good - hard;
    const parts = [
      good && words.t('readings.timelineGood', { count: good }),
      hard && words.t('readings.timelineHard', { count: hard }),
      between && words.t('readings.timelineBetween', { between }),
    ].filter((p): p is string => Boolean(p));
    return { months, reading: words.t('readings.timeline', { count: all, since: words.month(months[0]!.month), parts: words.list(parts) }) };
  }

  repair(db: Db, range: Range): Insights['repair'] {
    const pairs = repairPairs(db, ...bounds(range));
    const medianDays = median(pairs.map((p) => p.days));
    const words = this.words;
    const linked = words.t('readings.repairLinked', { count: pairs.length });
    let reading: string;
    if (medianDays === null) reading = words.t('readings.repairEmpty');
    else if (medianDays === 0) reading = words.t('readings.repairSameDay', { linked });
    else reading = words.t('readings.repairWithin', { count: rounded(medianDays), days: say(words, medianDays), linked });
    return { pairs, medianDays, reading };
  }

  loveLanguages(db: Db, range: Range): Insights['loveLanguages'] {
    // Everything the two of you logged, whichever of you it was for: a total per language, never who did more.
    const rows = actionCounts(db, ...bounds(range));
    const count = (language: LoveLanguageId) => rows.filter((r) => r.language === language).reduce((sum, r) => sum + r.n, 0);
    const languages = LOVE_LANGUAGE_IDS.map((language) => ({ language, total: count(language) }));
    const totals = zeroCounts();
    for (const l of languages) totals[l.language] = l.total;
    const all = languages.reduce((sum, l) => sum + l.total, 0);
    const words = this.words;
    if (all === 0) return { languages, totals, reading: words.t('readings.loveLanguagesEmpty') };
    const top = Math.max(...languages.map((l) => l.total));
    // Each name as a sentence says it: lower case in English ("quality time"), a German noun keeps its capital.
    const most = languages.filter((l) => l.total === top).map((l) => words.t(`loveLanguageInfo.${l.language}InSentence`));
    return { languages, totals, reading: words.t('readings.loveLanguages', { count: all, languages: words.list(most) }) };
  }
}
