import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  localDate,
  nextDue,
  slotCovering,
  slotOnOrAfter,
  slotOnOrBefore,
  slotsBetween,
  weekdayOf,
  zonedToUtc,
  type CadenceRule,
} from '../../src/core/checkins/schedule';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const rule = (over: Partial<CadenceRule>): CadenceRule => ({
  every: 'weekly',
  weekday: 0,
  time: '19:00',
  timeZone: 'Europe/London',
  since: '2026-01-01T00:00:00.000Z',
  ...over,
});
/** Every slot from one instant to another, as ISO strings. */
const slots = (r: CadenceRule, from: string, to: string) => slotsBetween(r, at(from), at(to)).map(iso);

describe('calendar days', () => {
  it('knows the weekday of a date (0 is Sunday)', () => {
    expect(weekdayOf(dayNumber(1970, 1, 1))).toBe(4);
    expect(weekdayOf(dayNumber(2026, 3, 29))).toBe(0);
    expect(weekdayOf(dayNumber(2026, 11, 2))).toBe(1);
    expect(weekdayOf(dayNumber(1969, 12, 28))).toBe(0);
  });

  it('reads the local day in a zone, not in UTC', () => {
    expect(localDate(at('2026-03-31T12:30:00Z'), 'Pacific/Auckland')).toBe('2026-04-01');
    expect(localDate(at('2026-03-03T04:30:00Z'), 'America/New_York')).toBe('2026-03-02');
  });
});

describe('wall-clock time to UTC', () => {
  it('moves a time skipped by spring-forward later by the gap, and takes the first of a repeated time', () => {
    const mins = (h: number, m: number) => h * 60 + m;
    // London, 29 March 2026: 01:00 GMT becomes 02:00 BST, so 01:30 does not exist.
    expect(iso(zonedToUtc(dayNumber(2026, 3, 29), mins(1, 30), 'Europe/London'))).toBe('2026-03-29T01:30:00.000Z');
    // London, 25 October 2026: 01:30 happens at 00:30Z (BST) and again at 01:30Z (GMT).
    expect(iso(zonedToUtc(dayNumber(2026, 10, 25), mins(1, 30), 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z');
    // Lord Howe, 4 October 2026: 02:00 becomes 02:30 (a half-hour shift); 02:15 lands at 02:45 (+11:00).
    expect(iso(zonedToUtc(dayNumber(2026, 10, 4), mins(2, 15), 'Australia/Lord_Howe'))).toBe('2026-10-03T15:45:00.000Z');
    // Auckland, 5 April 2026: 03:00 NZDT becomes 02:00 NZST; 02:30 first happens at +13:00.
    expect(iso(zonedToUtc(dayNumber(2026, 4, 5), mins(2, 30), 'Pacific/Auckland'))).toBe('2026-04-04T13:30:00.000Z');
  });
});

describe('weekly slots keep their local time across daylight-saving changes', () => {
  it('Europe/London, Sunday 19:00, across the March and October changes', () => {
    const r = rule({});
    expect(slots(r, '2026-03-20T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual([
      '2026-03-22T19:00:00.000Z',
      '2026-03-29T18:00:00.000Z',
      '2026-04-05T18:00:00.000Z',
    ]);
    expect(slots(r, '2026-10-17T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      '2026-10-18T18:00:00.000Z',
      '2026-10-25T19:00:00.000Z',
      '2026-11-01T19:00:00.000Z',
    ]);
  });

  it('America/New_York, Monday 23:30 (which is Tuesday in UTC), across both changes', () => {
    const r = rule({ weekday: 1, time: '23:30', timeZone: 'America/New_York' });
    expect(slots(r, '2026-03-01T00:00:00Z', '2026-03-12T00:00:00Z')).toEqual(['2026-03-03T04:30:00.000Z', '2026-03-10T03:30:00.000Z']);
    expect(slots(r, '2026-10-25T00:00:00Z', '2026-11-05T00:00:00Z')).toEqual(['2026-10-27T03:30:00.000Z', '2026-11-03T04:30:00.000Z']);
  });

  it("Australia/Lord_Howe's half-hour change, Sunday 19:00", () => {
    const r = rule({ timeZone: 'Australia/Lord_Howe' });
    expect(slots(r, '2026-03-28T00:00:00Z', '2026-04-13T00:00:00Z')).toEqual([
      '2026-03-29T08:00:00.000Z',
      '2026-04-05T08:30:00.000Z',
      '2026-04-12T08:30:00.000Z',
    ]);
  });

  it('Pacific/Auckland, Sunday 19:00, where April is autumn', () => {
    const r = rule({ timeZone: 'Pacific/Auckland' });
    expect(slots(r, '2026-03-28T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual(['2026-03-29T06:00:00.000Z', '2026-04-05T07:00:00.000Z']);
    // Spring: 27 September 2026, +12:00 → +13:00.
    expect(slots(r, '2026-09-19T00:00:00Z', '2026-09-28T00:00:00Z')).toEqual(['2026-09-20T07:00:00.000Z', '2026-09-27T06:00:00.000Z']);
  });

  it('finds the slot before and after an instant, including one exactly on a slot', () => {
    const r = rule({});
    expect(iso(slotOnOrAfter(r, at('2026-03-22T19:00:00Z')))).toBe('2026-03-22T19:00:00.000Z');
    expect(iso(slotOnOrAfter(r, at('2026-03-22T19:00:01Z')))).toBe('2026-03-29T18:00:00.000Z');
    expect(iso(slotOnOrBefore(r, at('2026-03-29T17:59:00Z')))).toBe('2026-03-22T19:00:00.000Z');
    expect(iso(slotOnOrBefore(r, at('2026-03-29T18:00:00Z')))).toBe('2026-03-29T18:00:00.000Z');
  });
});

describe('fortnightly and monthly', () => {
  it('fortnightly counts from the first slot after the rhythm was chosen', () => {
    const r = rule({ every: 'fortnightly', since: '2026-03-18T12:00:00Z' });
    expect(slots(r, '2026-03-01T00:00:00Z', '2026-04-20T00:00:00Z')).toEqual([
      '2026-03-08T19:00:00.000Z',
      '2026-03-22T19:00:00.000Z',
      '2026-04-05T18:00:00.000Z',
      '2026-04-19T18:00:00.000Z',
    ]);
  });

  it('monthly is the first <weekday> of each month, so it exists in every month', () => {
    const r = rule({ every: 'monthly', weekday: 1, time: '23:30', timeZone: 'America/New_York' });
    // First Mondays of 2026: 5 Jan, 2 Feb, 2 Mar, 6 Apr, 4 May, 1 Jun.
    expect(slots(r, '2026-01-01T00:00:00Z', '2026-06-03T00:00:00Z')).toEqual([
      '2026-01-06T04:30:00.000Z',
      '2026-02-03T04:30:00.000Z',
      '2026-03-03T04:30:00.000Z',
      '2026-04-07T03:30:00.000Z',
      '2026-05-05T03:30:00.000Z',
      '2026-06-02T03:30:00.000Z',
    ]);
  });
});

describe('next due', () => {
  const r = rule({ since: '2026-03-01T00:00:00Z' });

  it('is the first slot once the rhythm starts, then the slot after the one the last check-in counted for', () => {
    expect(iso(nextDue(r, null))).toBe('2026-03-01T19:00:00.000Z');
    // A day early counts for that Sunday.
    expect(iso(nextDue(r, at('2026-03-07T20:00:00Z')))).toBe('2026-03-15T19:00:00.000Z');
    // Three days late still counts for the Sunday before (halfway is Thursday 07:00).
    expect(iso(nextDue(r, at('2026-03-11T10:00:00Z')))).toBe('2026-03-15T19:00:00.000Z');
    // After halfway it counts as the next Sunday's, done early.
    expect(iso(nextDue(r, at('2026-03-12T10:00:00Z')))).toBe('2026-03-22T19:00:00.000Z');
    // A check-in from before this rhythm began does not pull the first slot earlier.
    expect(iso(nextDue(r, at('2026-02-01T19:30:00Z')))).toBe('2026-03-01T19:00:00.000Z');
  });

  it('assigns a check-in to the nearest slot', () => {
    expect(iso(slotCovering(r, at('2026-03-09T09:00:00Z')))).toBe('2026-03-08T19:00:00.000Z');
    expect(iso(slotCovering(r, at('2026-03-13T09:00:00Z')))).toBe('2026-03-15T19:00:00.000Z');
  });
});
