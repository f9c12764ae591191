/**
 * When check-ins fall due: pure functions over instants (ms since the epoch) and a cadence.
 *
 * A slot is the cadence's wall-clock time on a matching local day in the couple's time zone,
 * converted to UTC for that day, so 19:00 stays 19:00 across daylight-saving changes. The rules:
 * - weekly: every <weekday>;
 * - fortnightly: every other <weekday>, counted from the first slot at or after `since`
 *   (the moment the couple chose this rhythm);
 * - monthly: the first <weekday> of each month (a rule that exists in every month, unlike "the 31st").
 * A time that does not exist on a spring-forward day moves forward by the gap (02:30 → 03:30);
 * a time that happens twice on a fall-back day is the first of the two.
 */

export interface CadenceRule {
  every: 'weekly' | 'fortnightly' | 'monthly';
  /** 0 is Sunday. */
  weekday: number;
  /** "HH:MM", 24-hour. */
  time: string;
  timeZone: string;
  /** ISO instant the rhythm began. */
  since: string;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

// ── Civil days: whole days since 1970-01-01 on the proleptic Gregorian calendar ──

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function civilOf(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 is Sunday; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function dayString(day: number): string {
  const { y, m, d } = civilOf(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ── Time zones ──

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock in a zone at an instant. */
export function wallClock(instant: number, zone: string): { day: number; minutes: number; seconds: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const hour = parts.hour === 24 ? 0 : (parts.hour ?? 0);
  return { day: dayNumber(parts.year!, parts.month!, parts.day!), minutes: hour * 60 + (parts.minute ?? 0), seconds: parts.second ?? 0 };
}

/** The zone's offset from UTC at an instant, in ms (London in summer: +3 600 000). */
export function offsetAt(instant: number, zone: string): number {
  const w = wallClock(instant, zone);
  const asUtc = w.day * DAY_MS + w.minutes * MINUTE_MS + w.seconds * 1000;
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens on a local day in a zone. A skipped time (spring forward)
 * moves forward by the gap; a repeated time (fall back) is the earlier one.
 */
export function zonedToUtc(day: number, minutes: number, zone: string): number {
  const local = day * DAY_MS + minutes * MINUTE_MS;
  const before = offsetAt(local - DAY_MS, zone);
  const after = offsetAt(local + DAY_MS, zone);
  const valid = [...new Set([before, after])].map((o) => local - o).filter((t) => offsetAt(t, zone) === local - t);
  if (valid.length > 0) return Math.min(...valid);
  return local - before;
}

/** The local calendar day of an instant, "YYYY-MM-DD". */
export function localDate(instant: number, zone: string): string {
  return dayString(wallClock(instant, zone).day);
}

/** The zone this computer is set to; where no cadence names one, local days are counted here. */
export function systemTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// ── Slots ──

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

function slotOn(rule: CadenceRule, day: number): number {
  return zonedToUtc(day, minutesOf(rule.time), rule.timeZone);
}

/** The local day of the first fortnight: the first matching weekday whose slot is at or after `since`. */
function anchorDay(rule: CadenceRule): number {
  const since = Date.parse(rule.since);
  for (let day = wallClock(since, rule.timeZone).day - 1; ; day++) {
    if (weekdayOf(day) === rule.weekday && slotOn(rule, day) >= since) return day;
  }
}

function matcher(rule: CadenceRule): (day: number) => boolean {
  switch (rule.every) {
    case 'weekly':
      return (day) => weekdayOf(day) === rule.weekday;
    case 'fortnightly': {
      const anchor = anchorDay(rule);
      return (day) => weekdayOf(day) === rule.weekday && (((day - anchor) % 14) + 14) % 14 === 0;
    }
    case 'monthly':
      return (day) => weekdayOf(day) === rule.weekday && civilOf(day).d <= 7;
  }
}

/** Every rule matches at least once in any 36 days; 80 leaves room for the zone's own day. */
const SEARCH_DAYS = 80;

/** The first slot at or after an instant. */
export function slotOnOrAfter(rule: CadenceRule, instant: number): number {
  const matches = matcher(rule);
  const start = wallClock(instant, rule.timeZone).day - 1;
  for (let day = start; day < start + SEARCH_DAYS; day++) {
    if (!matches(day)) continue;
    const slot = slotOn(rule, day);
    if (slot >= instant) return slot;
  }
  throw new Error('No check-in slot found; the cadence is not valid.');
}

/** The last slot at or before an instant. */
export function slotOnOrBefore(rule: CadenceRule, instant: number): number {
  const matches = matcher(rule);
  const start = wallClock(instant, rule.timeZone).day + 1;
  for (let day = start; day > start - SEARCH_DAYS; day--) {
    if (!matches(day)) continue;
    const slot = slotOn(rule, day);
    if (slot <= instant) return slot;
  }
  throw new Error('No check-in slot found; the cadence is not valid.');
}

/** Every slot from `from` to `to`, both included. */
export function slotsBetween(rule: CadenceRule, from: number, to: number): number[] {
  const slots: number[] = [];
  for (let s = slotOnOrAfter(rule, from); s <= to; s = slotOnOrAfter(rule, s + 1)) slots.push(s);
  return slots;
}

/**
 * The slot a check-in done at `instant` counts for: each slot owns the time from halfway after the
 * slot before it to halfway before the slot after it, so a check-in a day early or a day late still
 * counts for that week.
 */
export function slotCovering(rule: CadenceRule, instant: number): number {
  const prev = slotOnOrBefore(rule, instant);
  const next = slotOnOrAfter(rule, instant + 1);
  return instant < prev + (next - prev) / 2 ? prev : next;
}

/** The next check-in due: the first slot after the one the last check-in counted for, and not before `since`. */
export function nextDue(rule: CadenceRule, lastCompletedAt: number | null): number {
  const since = Date.parse(rule.since);
  const start = lastCompletedAt === null ? since : Math.max(since, slotCovering(rule, lastCompletedAt) + 1);
  return slotOnOrAfter(rule, start);
}
