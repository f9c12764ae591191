import type { z } from 'zod';
import type { PartnerId } from '../../shared/basics';
import { LOVE_LANGUAGE_IDS, LOVE_LANGUAGES, type LoveLanguageId } from '../../shared/loveLanguages';
import { VALENCE_NAMES, type Insights, type InsightsInput } from '../../shared/insights';
import { EVENT_KINDS, type EventKind } from '../../shared/timeline';
import { homeZone, readCadence } from '../checkins/cadence';
import { localDate, slotsBetween } from '../checkins/schedule';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { TimeSlice } from '../time-slice';
import { bounds, zeroCounts } from '../loveLanguages/love-language-service';
import type { VaultService } from '../vaults/vault-service';

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

type CountRow = { month: string; kind: EventKind; valence: number; n: number };

/**
 * Live events by month, kind and valence within a range, sorted by month. Whole months come from the counts the
 * triggers keep (migration 006); a month the range only partly covers is counted from its own events, through the
 * date index, so the cost never grows with the size of the vault.
 */
export function timelineCounts(db: Db, range: Range): CountRow[] {
  const [from, to] = bounds(range);
  const [first, last] = [from.slice(0, 7), to.slice(0, 7)];
  const fromWhole = from <= `${first}-01`;
  const toWhole = to >= `${last}-31`;
  const rows = sql<CountRow>(
    db,
    `SELECT month, kind, valence, n FROM timeline_month_counts
      WHERE month ${fromWhole ? '>=' : '>'} ? AND month ${toWhole ? '<=' : '<'} ?`,
  ).all(first, last);
  const direct = (lo: string, hi: string) =>
    sql<CountRow>(
      db,
      `SELECT substr(start_date, 1, 7) AS month, kind, valence, count(*) AS n
         FROM timeline_events INDEXED BY timeline_live_insights
        WHERE deleted_at IS NULL AND start_date BETWEEN ? AND ?
        GROUP BY month, kind, valence`,
    ).all(lo, hi);
  if (!fromWhole) rows.push(...direct(from, first === last ? to : `${first}-99`));
  if (!toWhole && (fromWhole || first !== last)) rows.push(...direct(first === last ? from : `${last}-00`, to));
  return rows.sort((x, y) => (x.month < y.month ? -1 : x.month > y.month ? 1 : 0));
}

/**
 * The insights page, computed inside the vault. Every sentence describes the two of you together;
 * none ranks one partner over the other.
 */
export class InsightsService {
  readonly #vaults: VaultService;

  constructor(vaults: VaultService) {
    this.#vaults = vaults;
  }

  /** Section by section, letting the event loop turn between them (each is a query or two; all of them, tens of milliseconds). */
  async all(range: Range): Promise<Insights> {
    const db = this.#vaults.requireUnlocked().db;
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

  ratings(db: Db, range: Range): Insights['ratings'] {
    const points = sql<{ id: string; completed_on: string; a: number; b: number }>(
      db,
      `SELECT c.id, c.completed_on, ra.rating AS a, rb.rating AS b
         FROM checkins c
         JOIN checkin_answers ra ON ra.checkin_id = c.id AND ra.partner = 'a'
         JOIN checkin_answers rb ON rb.checkin_id = c.id AND rb.partner = 'b'
        WHERE c.status = 'complete' AND c.completed_on BETWEEN ? AND ?
        ORDER BY c.completed_on, c.completed_at, c.id`,
    )
      .all(...bounds(range))
      .map((r) => ({ checkInId: r.id, date: r.completed_on, a: r.a, b: r.b, gap: Math.abs(r.a - r.b) }));
    const means = points.map((p) => (p.a + p.b) / 2);
    let reading: string;
    if (points.length === 0) reading = 'Your connection ratings will appear here after your first check-in together.';
    else if (points.length === 1) reading = `One check-in so far, with your ratings averaging ${say(means[0]!)}.`;
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
    const completed = new Map(
      sql<{ month: string; n: number }>(
        db,
        `SELECT substr(completed_on, 1, 7) AS month, count(*) AS n FROM checkins
          WHERE status = 'complete' AND completed_on BETWEEN ? AND ? GROUP BY month`,
      )
        .all(from, to)
        .map((r) => [r.month, r.n]),
    );
    const cadence = readCadence(db);
    const zone = homeZone(db);
    const now = this.#vaults.clock.now().getTime();
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
    const rows = sql<{ month: string; from_partner: PartnerId; n: number }>(
      db,
      `SELECT substr(created_on, 1, 7) AS month, from_partner, count(*) AS n FROM appreciations
        WHERE created_on BETWEEN ? AND ? GROUP BY month, from_partner ORDER BY month`,
    ).all(...bounds(range));
    if (rows.length === 0) return { months: [], reading: 'The appreciations you share will be counted here, month by month.' };
    const counts = new Map(rows.map((r) => [`${r.month} ${r.from_partner}`, r.n]));
    const months = monthsBetween(rows[0]!.month, rows.at(-1)!.month).map((month) => {
      const given = (p: PartnerId) => counts.get(`${month} ${p}`) ?? 0;
      return { month, a: { given: given('a'), received: given('b') }, b: { given: given('b'), received: given('a') } };
    });
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    return { months, reading: `You shared ${plural(total, 'appreciation', 'appreciations')} with each other since ${monthLabel(months[0]!.month)}.` };
  }

  timeline(db: Db, range: Range): Insights['timeline'] {
    const rows = timelineCounts(db, range);
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
    // A hard moment and a repair belong together when the timeline links them (either way round) or a
    // reflection about the one was resolved by the other; each pairs with its earliest repair on or after it.
    // CROSS JOIN keeps the links as the outer loop (each event then found by id): otherwise SQLite walks every
    // live event in the date range and reads its row to test its kind, a cost that grows with the vault.
    const pairs = sql<{ hid: string; htitle: string; hdate: string; rid: string; rtitle: string; rdate: string; days: number }>(
      db,
      `WITH linked (one, two) AS (
         SELECT a, b FROM timeline_links
         UNION SELECT b, a FROM timeline_links
         UNION SELECT event_id, repair_event_id FROM reflections WHERE event_id IS NOT NULL AND repair_event_id IS NOT NULL
       ), ranked AS (
         SELECT h.id AS hid, h.title AS htitle, h.start_date AS hdate, r.id AS rid, r.title AS rtitle, r.start_date AS rdate,
                CAST(julianday(r.start_date) - julianday(h.start_date) AS INTEGER) AS days,
                row_number() OVER (PARTITION BY h.id ORDER BY r.start_date, r.id) AS nth
           FROM linked p
           CROSS JOIN timeline_events h ON h.id = p.one AND h.kind = 'hard_moment' AND h.deleted_at IS NULL
           CROSS JOIN timeline_events r ON r.id = p.two AND r.kind = 'repair' AND r.deleted_at IS NULL
          WHERE r.start_date >= h.start_date AND h.start_date BETWEEN ? AND ?
       )
       SELECT hid, htitle, hdate, rid, rtitle, rdate, days FROM ranked WHERE nth = 1 ORDER BY hdate, hid`,
    )
      .all(...bounds(range))
      .map((r) => ({
        hardMomentId: r.hid,
        hardMomentTitle: r.htitle,
        hardMomentDate: r.hdate,
        repairId: r.rid,
        repairTitle: r.rtitle,
        repairDate: r.rdate,
        days: r.days,
      }));
    const medianDays = median(pairs.map((p) => p.days));
    let reading: string;
    if (medianDays === null) reading = 'When you link a hard moment to the repair that followed, you will see here how long finding your way back took.';
    else if (medianDays === 0) reading = `After a hard moment you usually found your way back the same day (${plural(pairs.length, 'hard moment', 'hard moments')} linked).`;
    else reading = `After a hard moment you usually found your way back within ${plural(Number(say(medianDays)), 'day', 'days')} (${plural(pairs.length, 'hard moment', 'hard moments')} linked).`;
    return { pairs, medianDays, reading };
  }

  loveLanguages(db: Db, range: Range): Insights['loveLanguages'] {
    const rows = sql<{ language: LoveLanguageId; for_partner: PartnerId; n: number }>(
      db,
      'SELECT language, for_partner, count(*) AS n FROM love_language_actions WHERE date BETWEEN ? AND ? GROUP BY language, for_partner',
    ).all(...bounds(range));
    const count = (language: LoveLanguageId, partner: PartnerId) => rows.find((r) => r.language === language && r.for_partner === partner)?.n ?? 0;
    const languages = LOVE_LANGUAGE_IDS.map((language) => {
      const [forA, forB] = [count(language, 'a'), count(language, 'b')];
      return { language, forA, forB, total: forA + forB };
    });
    const totals = zeroCounts();
    for (const l of languages) totals[l.language] = l.total;
    const all = languages.reduce((sum, l) => sum + l.total, 0);
    if (all === 0) return { languages, totals, reading: 'Log the small things you do in each other’s love languages, and they will gather here.' };
    const top = Math.max(...languages.map((l) => l.total));
    const most = languages.filter((l) => l.total === top).map((l) => LOVE_LANGUAGES.find((x) => x.id === l.language)!.name.toLocaleLowerCase());
    return { languages, totals, reading: `You logged ${plural(all, 'loving act', 'loving acts')}; ${listWords(most)} came up most.` };
  }
}
