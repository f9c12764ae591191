import type { z } from 'zod';
import { sharedByMonth } from '../appreciations/appreciation-repository';
import { LOVE_LANGUAGE_IDS, LOVE_LANGUAGES, type LoveLanguageId } from '../../shared/loveLanguages';
import { VALENCE_NAMES, type Insights, type InsightsInput, type Patterns } from '../../shared/insights';
import { EVENT_KINDS, type EventKind } from '../../shared/timeline';
import { homeZone, readCadence } from '../checkins/cadence';
import { completedByMonth, ratingsBetween } from '../checkins/checkin-repository';
import { localDate, slotsBetween } from '../checkins/schedule';
import type { Db } from '../db/database';
import { TimeSlice } from '../time-slice';
import { actionCounts } from '../loveLanguages/love-language-repository';
import { bounds, zeroCounts } from '../loveLanguages/love-language-service';
import { repairPairs, timelineCounts, type CountRow } from '../timeline/timeline-counts';
import { AreaService, type AreaContext } from '../area-service';
import { ReflectionService } from '../reflections/reflection-service';
import { patternsBetween, type PatternCounts } from './patterns';

type Range = z.output<typeof InsightsInput>;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-03" → "March 2026". */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

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

/** A number for a sentence: at most one decimal, none when whole. */
function say(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The sentence above the patterns: where they were counted from, or what will gather there. */
function patternsReading(counts: PatternCounts, firstDay: string | null): string {
  if (counts.reflections === 0 || firstDay === null) {
    return 'When you write a conflict reflection, or both finish “After a hard moment”, what you notice in them will gather here.';
  }
  const many = plural(counts.reflections, 'reflection', 'reflections');
  const named = counts.horsemen.length + counts.barriers.length + counts.feelings.length + counts.needs.length;
  if (named === 0) return `${many} since ${monthLabel(firstDay.slice(0, 7))}, with no pattern, feeling or need ticked yet, and that is fine too.`;
  return `Counted from ${many} since ${monthLabel(firstDay.slice(0, 7))}, each reflection once: what you noticed, to talk about together.`;
}

/**
 * The insights page, computed inside the vault. Every sentence describes the two of you together;
 * none ranks one partner over the other.
 */
export class InsightsService extends AreaService {
  /** Reflections are read whole through their own service, so its rules hold here as in the app. */
  readonly #reflections: ReflectionService;

  constructor(context: AreaContext) {
    super(context);
    this.#reflections = new ReflectionService(context);
  }

  /** Section by section, letting the event loop turn between them (each is a query or two; all of them, tens of milliseconds). */
  async all(range: Range): Promise<Insights> {
    const db = this.db;
    const slice = new TimeSlice();
    const section = async <T>(read: (db: Db, range: Range) => T): Promise<T> => {
      const value = read.call(this, db, range);
      await slice.pause();
      return value;
    };
    return {
      ratings: await section(this.ratings),
      regularity: await section(this.regularity),
      appreciations: await section(this.appreciations),
      timeline: await section(this.timeline),
      repair: await section(this.repair),
      loveLanguages: await section(this.loveLanguages),
    };
  }

  /**
   * The patterns you noticed in the reflections begun in the range (patterns.ts, the same count the therapy export's
   * first page makes): worded as noticing, for the two of you together, never a score.
   */
  async patterns(range: Range): Promise<Patterns> {
    const { counts, firstDay } = await patternsBetween(this.db, (id) => this.#reflections.get(id), range);
    return { ...counts, reading: patternsReading(counts, firstDay) };
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
    let reading: string;
    if (points.length === 0) reading = 'The numbers you choose for how connected you feel will appear here, check-in by check-in.';
    else if (points.length === 1) reading = `One check-in with a number so far, averaging ${say(means[0]!)}.`;
    else {
      const [first, last] = [means[0]!, means.at(-1)!];
      const since = monthLabel(points[0]!.date.slice(0, 7));
      if (Math.abs(last - first) < 0.5) reading = `Your ratings held steady around ${say(last)} since ${since}.`;
      else if (last > first) reading = `Your ratings rose from ${say(first)} to ${say(last)} since ${since}.`;
      else reading = `Your ratings moved from ${say(first)} to ${say(last)} since ${since}; your next check-in is a gentle place to talk about what would help.`;
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
    if (!first || (completed.size === 0 && !cadence)) {
      return { months: [], reading: 'Your check-ins will show here, month by month, once you have done your first.' };
    }
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
    const since = monthLabel(months[0]?.month ?? first);
    let reading: string;
    if (done === 0) reading = 'No check-ins yet in this time. Whenever you are ready, the next one is a fresh start.';
    else if (planned === 0) reading = `${plural(done, 'check-in', 'check-ins')} since ${since}.`;
    else if (done >= planned) reading = `${plural(done, 'check-in', 'check-ins')} since ${since}: every one you planned.`;
    else reading = `${plural(done, 'check-in', 'check-ins')} since ${since}, of ${planned} planned. Every one counts.`;
    return { months, reading };
  }

  appreciations(db: Db, range: Range): Insights['appreciations'] {
    // Together, month by month: who shared how many is never set side by side.
    const rows = sharedByMonth(db, ...bounds(range));
    if (rows.length === 0) return { months: [], reading: 'The appreciations you share with each other will gather here, month by month.' };
    const shared = new Map(rows.map((r) => [r.month, r.n]));
    const months = monthsBetween(rows[0]!.month, rows.at(-1)!.month).map((month) => ({ month, total: shared.get(month) ?? 0 }));
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    return { months, reading: `You shared ${plural(total, 'appreciation', 'appreciations')} with each other since ${monthLabel(months[0]!.month)}.` };
  }

  timeline(db: Db, range: Range): Insights['timeline'] {
    const rows = timelineCounts(db, ...bounds(range));
    if (rows.length === 0) return { months: [], reading: 'The moments you add to your timeline will be counted here by month.' };
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
    const parts = [good && plural(good, 'good one', 'good ones'), hard && plural(hard, 'hard one', 'hard ones'), between && `${between} in between`].filter(
      (p): p is string => Boolean(p),
    );
    return { months, reading: `${plural(all, 'moment', 'moments')} since ${monthLabel(months[0]!.month)}: ${listWords(parts)}.` };
  }

  repair(db: Db, range: Range): Insights['repair'] {
    const pairs = repairPairs(db, ...bounds(range));
    const medianDays = median(pairs.map((p) => p.days));
    let reading: string;
    if (medianDays === null) reading = 'When you link a hard moment to the repair that followed, you will see here how long finding your way back took.';
    else if (medianDays === 0) reading = `After a hard moment you usually found your way back the same day (${plural(pairs.length, 'hard moment', 'hard moments')} linked).`;
    else reading = `After a hard moment you usually found your way back within ${plural(Number(say(medianDays)), 'day', 'days')} (${plural(pairs.length, 'hard moment', 'hard moments')} linked).`;
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
    if (all === 0) return { languages, totals, reading: 'Log the small things you do in each other’s love languages, and they will gather here.' };
    const top = Math.max(...languages.map((l) => l.total));
    const most = languages.filter((l) => l.total === top).map((l) => LOVE_LANGUAGES.find((x) => x.id === l.language)!.name.toLocaleLowerCase());
    return { languages, totals, reading: `You logged ${plural(all, 'loving act', 'loving acts')}; ${listWords(most)} came up most.` };
  }
}
