import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CadenceInput } from '../../src/shared/checkins';
import { dispatcherFor, expectCode, newCore, newVault, TestClock } from './helpers';

type Vault = Awaited<ReturnType<typeof newVault>>;

const weekly: CadenceInput = { every: 'weekly', weekday: 0, time: '19:00', timeZone: 'Europe/London' };
const blank = { connection: '', closer: '', highlight: '', distance: '' };

/** Move the test clock to an exact instant. */
function setTime(v: Vault, iso: string): void {
  v.clock.advance(Date.parse(iso) - v.clock.now().getTime());
}

/** A whole check-in, both sides in the open, finished at the clock's time. */
async function checkIn(v: Vault, a = 7, b = 7) {
  const c = await v.core.checkins.start({ withAppreciations: false });
  await v.core.checkins.answer({ id: c.id, partner: 'a', answers: { ...blank, highlight: 'The walk on Sunday' }, rating: a });
  await v.core.checkins.answer({ id: c.id, partner: 'b', answers: { ...blank, closer: 'More evenings in' }, rating: b });
  await v.core.checkins.submit({ id: c.id, partner: 'a' });
  return v.core.checkins.submit({ id: c.id, partner: 'b' });
}

describe('check-in cadence', () => {
  it('has nothing due until the couple chooses a time, then the next slot in their zone', async () => {
    const v = await newVault(); // the clock reads Thursday 2026-11-26 10:00Z
    expect(await v.core.checkins.schedule()).toEqual({ cadence: null, nextDueAt: null, overdue: false, lastCompletedAt: null });
    const s = await v.core.checkins.setCadence(weekly);
    expect(s.cadence).toEqual({ ...weekly, openWithAppreciations: false, notify: false, since: '2026-11-26T10:00:00.000Z' });
    expect(s).toMatchObject({ nextDueAt: '2026-11-29T19:00:00.000Z', overdue: false });

    setTime(v, '2026-11-29T19:01:00Z');
    expect(await v.core.checkins.schedule()).toMatchObject({ nextDueAt: '2026-11-29T19:00:00.000Z', overdue: true });
    // Done a day late, it still counts for Sunday: the next one is the Sunday after.
    setTime(v, '2026-11-30T20:00:00Z');
    const done = await checkIn(v);
    expect(await v.core.checkins.schedule()).toMatchObject({ nextDueAt: '2026-12-06T19:00:00.000Z', overdue: false, lastCompletedAt: done.completedAt });
  });

  it('keeps a Monday 23:30 check-in at 23:30 in New York, and canonicalises the zone name', async () => {
    const v = await newVault();
    const s = await v.core.checkins.setCadence({ every: 'weekly', weekday: 1, time: '23:30', timeZone: 'america/new_york' });
    expect(s.cadence?.timeZone).toBe('America/New_York');
    expect(s.nextDueAt).toBe('2026-12-01T04:30:00.000Z');
    const m = await v.core.checkins.setCadence({ every: 'monthly', weekday: 1, time: '23:30', timeZone: 'America/New_York' });
    // The first Monday of December 2026 is the 7th.
    expect(m.nextDueAt).toBe('2026-12-08T04:30:00.000Z');
  });

  it('keeps the rhythm when only the notification changes, and restarts it when the timing changes', async () => {
    const v = await newVault();
    await v.core.checkins.setCadence({ ...weekly, every: 'fortnightly' });
    setTime(v, '2026-12-02T09:00:00Z');
    expect(await v.core.checkins.schedule()).toMatchObject({ nextDueAt: '2026-11-29T19:00:00.000Z', overdue: true });
    await checkIn(v);
    const toggled = await v.core.checkins.setCadence({ ...weekly, every: 'fortnightly', notify: true });
    expect(toggled.cadence).toMatchObject({ notify: true, since: '2026-11-26T10:00:00.000Z' });
    // The late check-in counted for 29 November; the fortnight after it is 13 December.
    expect(toggled).toMatchObject({ nextDueAt: '2026-12-13T19:00:00.000Z', overdue: false });
    const moved = await v.core.checkins.setCadence({ ...weekly, every: 'fortnightly', weekday: 6 });
    expect(moved.cadence?.since).toBe('2026-12-02T09:00:00.000Z');
    // Fortnightly Saturdays now start on 5 December; Wednesday's check-in, nearer to it, counts for it.
    expect(moved.nextDueAt).toBe('2026-12-19T19:00:00.000Z');
  });

  it('refuses an unknown time zone, a bad time or weekday with VALIDATION, and keeps what was set', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    await v.core.checkins.setCadence(weekly);
    for (const bad of [
      { timeZone: 'Mars/Olympus_Mons' },
      { timeZone: '' },
      { time: '24:00' },
      { time: '7pm' },
      { weekday: 7 },
      { weekday: 1.5 },
      { every: 'daily' },
      { notify: 'yes' },
      { extra: true },
    ]) {
      const result = await d.dispatch('hearth:checkins.setCadence', [{ ...weekly, ...bad }]);
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect((await v.core.checkins.schedule()).cadence).toMatchObject({ timeZone: 'Europe/London', time: '19:00', weekday: 0, every: 'weekly' });
  });
});

describe('a check-in, turn by turn', () => {
  it('keeps hidden answers out of every answer, search hit and insight until both have submitted, then reveals both', async () => {
    const v = await newVault();
    await v.core.checkins.setCadence({ ...weekly, timeZone: 'UTC' });
    const d = dispatcherFor(v);
    // Made at run time, so the only copies are the ones Hearth writes.
    const secret = `quietharbour${randomBytes(5).toString('hex')}`;
    const c = await v.core.checkins.start({ withAppreciations: false });
    await v.core.checkins.answer({ id: c.id, partner: 'a', answers: { ...blank, distance: `When we argued about ${secret}` }, rating: 4, hidden: true });
    // Drafts can be saved again before submitting.
    await v.core.checkins.answer({ id: c.id, partner: 'a', answers: { ...blank, distance: `The evening of ${secret}` }, rating: 3, hidden: true });
    await v.core.checkins.submit({ id: c.id, partner: 'a' });
    await v.core.checkins.answer({ id: c.id, partner: 'b', answers: { ...blank, highlight: 'Sunday pancakes' }, rating: 8 });

    const everything = async () =>
      JSON.stringify(
        await Promise.all([
          d.dispatch('hearth:checkins.get', [{ id: c.id }]),
          d.dispatch('hearth:checkins.current', []),
          d.dispatch('hearth:checkins.list', [{}]),
          d.dispatch('hearth:insights.all', [{}]),
          d.dispatch('hearth:search.query', [{ text: secret }]),
          d.dispatch('hearth:search.query', [{ text: 'evening' }]),
        ]),
      );
    const before = await everything();
    expect(before).not.toContain(secret);
    expect(before).not.toContain('evening');

    const open = await v.core.checkins.get({ id: c.id });
    expect(open.status).toBe('open');
    expect(open.sides).toEqual([
      { partner: 'a', started: true, submitted: true, hidden: true, answers: null, rating: null, updatedAt: expect.any(String) },
      { partner: 'b', started: true, submitted: false, hidden: false, answers: { ...blank, highlight: 'Sunday pancakes' }, rating: 8, updatedAt: expect.any(String) },
    ]);
    expect((await v.core.search.query({ text: secret })).total).toBe(0);
    expect((await v.core.insights.all()).ratings.points).toEqual([]);
    expect((await v.core.checkins.list()).items).toEqual([]);

    const done = await v.core.checkins.submit({ id: c.id, partner: 'b' });
    expect(done).toMatchObject({ status: 'complete', completedAt: '2026-11-26T10:00:00.000Z', completedOn: '2026-11-26' });
    expect(done.sides.map((s) => [s.partner, s.submitted, s.hidden, s.rating])).toEqual([
      ['a', true, true, 3],
      ['b', true, false, 8],
    ]);
    expect(done.sides[0]!.answers?.distance).toBe(`The evening of ${secret}`);
    const found = await v.core.search.query({ text: secret });
    expect(found.groups).toEqual([{ kind: 'checkin', hits: [expect.objectContaining({ id: c.id, date: '2026-11-26' })] }]);
    expect((await v.core.insights.all()).ratings.points).toEqual([{ checkInId: c.id, date: '2026-11-26', a: 3, b: 8, gap: 5 }]);
    expect((await v.core.checkins.list()).items[0]!.sides[0]!.answers?.distance).toContain(secret);
  });

  it('allows one open check-in and refuses changes after submitting', async () => {
    const v = await newVault();
    const c = await v.core.checkins.start({ withAppreciations: false });
    await expectCode(v.core.checkins.start({ withAppreciations: false }), 'CONFLICT');
    expect((await v.core.checkins.current())?.id).toBe(c.id);
    await v.core.checkins.answer({ id: c.id, partner: 'a', answers: blank, rating: 6 });
    await v.core.checkins.submit({ id: c.id, partner: 'a' });
    // Submitting twice is harmless; changing submitted answers is not possible.
    await v.core.checkins.submit({ id: c.id, partner: 'a' });
    await expectCode(v.core.checkins.answer({ id: c.id, partner: 'a', answers: blank, rating: 9 }), 'CONFLICT');
    await v.core.checkins.answer({ id: c.id, partner: 'b', answers: blank, rating: 5 });
    await v.core.checkins.submit({ id: c.id, partner: 'b' });
    await expectCode(v.core.checkins.answer({ id: c.id, partner: 'b', answers: blank, rating: 9 }), 'CONFLICT');
    await expectCode(v.core.checkins.discard({ id: c.id }), 'CONFLICT');
    expect(await v.core.checkins.current()).toBeNull();
    const next = await v.core.checkins.start({ withAppreciations: false });
    await v.core.checkins.discard({ id: next.id });
    await expectCode(v.core.checkins.get({ id: next.id }), 'NOT_FOUND');
    expect((await v.core.checkins.list()).items.map((x) => x.id)).toEqual([c.id]);
  });

  it('takes a side with no rating: it is submitted, kept as null, and never counted as 0', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    const c = await v.core.checkins.start({ withAppreciations: false });
    // No rating at all in the call (the contract's default), then an explicit null: both are a side without a number.
    expect(await d.dispatch('hearth:checkins.answer', [{ id: c.id, partner: 'a', answers: { ...blank, closer: 'A walk on Sunday' } }])).toMatchObject({ ok: true });
    expect(await d.dispatch('hearth:checkins.submit', [{ id: c.id, partner: 'a' }])).toMatchObject({ ok: true });
    await v.core.checkins.answer({ id: c.id, partner: 'b', answers: blank, rating: null, hidden: true });
    const done = await v.core.checkins.submit({ id: c.id, partner: 'b' });
    expect(done.status).toBe('complete');
    expect(done.sides.map((s) => [s.partner, s.submitted, s.rating])).toEqual([
      ['a', true, null],
      ['b', true, null],
    ]);
    expect(done.sides[0]!.answers?.closer).toBe('A walk on Sunday');
    expect((await v.core.checkins.list()).items[0]!.sides.map((s) => s.rating)).toEqual([null, null]);
    // A check-in with no number from either partner is not a point on the ratings chart.
    expect((await v.core.insights.all()).ratings.points).toEqual([]);

    // A side never written to can be handed in too: it is kept blank, with no rating.
    const next = await v.core.checkins.start({ withAppreciations: false });
    await v.core.checkins.submit({ id: next.id, partner: 'a' });
    expect((await v.core.checkins.get({ id: next.id })).sides[0]).toMatchObject({ started: true, submitted: true, rating: null, answers: blank });
  });

  it('refuses malformed answers with VALIDATION and writes nothing', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    const c = await v.core.checkins.start({ withAppreciations: false });
    const good = { id: c.id, partner: 'a', answers: blank, rating: 5 };
    for (const bad of [
      { rating: 0 },
      { rating: 11 },
      { rating: 7.5 },
      { partner: 'c' },
      { id: 'not-a-uuid' },
      { answers: { ...blank, feelings: 'x' } },
      { answers: { ...blank, connection: 'x'.repeat(200_001) } },
      { answers: { ...blank, connection: 'bad \u0000 byte' } },
      { hidden: 'yes' },
    ]) {
      const result = await d.dispatch('hearth:checkins.answer', [{ ...good, ...bad }]);
      expect(result, JSON.stringify(bad).slice(0, 60)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect((await v.core.checkins.get({ id: c.id })).sides.every((s) => !s.started)).toBe(true);
    expect(await d.dispatch('hearth:checkins.submit', [{ id: c.id, partner: 'both' }])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('opens with appreciations when asked, keeps shared ones if set aside, and tidies an empty session away', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    // Starting writes, so an empty call is refused rather than opening a check-in.
    expect(await d.dispatch('hearth:checkins.start', [])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await v.core.checkins.current()).toBeNull();
    // The cadence remembers the couple's preference; the form passes it on.
    const { cadence } = await v.core.checkins.setCadence({ ...weekly, openWithAppreciations: true });
    const c = await v.core.checkins.start({ withAppreciations: cadence!.openWithAppreciations, firstTurn: 'b' });
    expect(c.appreciationSessionId).toEqual(expect.any(String));
    const session = await v.core.appreciations.session({ sessionId: c.appreciationSessionId! });
    expect(session).toMatchObject({ checkInId: c.id, firstTurn: 'b', nextTurn: 'b' });
    await v.core.checkins.discard({ id: c.id });
    await expectCode(v.core.appreciations.session({ sessionId: c.appreciationSessionId! }), 'NOT_FOUND');

    const kept = await v.core.checkins.start({ withAppreciations: true });
    await v.core.appreciations.add({ sessionId: kept.appreciationSessionId!, from: 'a', text: 'you waited up for me last night' });
    await v.core.checkins.discard({ id: kept.id });
    expect((await v.core.appreciations.received({ partner: 'b' })).map((x) => x.text)).toEqual(['you waited up for me last night']);
    expect((await v.core.checkins.start({ withAppreciations: false })).appreciationSessionId).toBeNull();
  });
});

describe('a check-in in the therapy export', () => {
  it('prints the guide’s “we” question and shows a missing rating as no answer, never 0, on its page and in the charts', async () => {
    const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-11-26T10:00:00Z')) }));
    await v.core.checkins.setCadence({ ...weekly, timeZone: 'UTC' });
    setTime(v, '2026-11-29T19:30:00Z');
    await checkIn(v, 6, 8);
    setTime(v, '2026-12-06T19:30:00Z');
    const c = await v.core.checkins.start({ withAppreciations: false });
    await v.core.checkins.answer({ id: c.id, partner: 'a', answers: { ...blank, closer: 'Cook together on Friday' }, rating: null });
    await v.core.checkins.answer({ id: c.id, partner: 'b', answers: blank, rating: 9 });
    await v.core.checkins.submit({ id: c.id, partner: 'a' });
    await v.core.checkins.submit({ id: c.id, partner: 'b' });

    const preview = await v.core.therapyExport.preview({ selection: { kinds: ['checkin', 'insights'] }, includeNames: true });
    const blocks = preview.pages.flatMap((p) => p.blocks);
    const pages = blocks.filter((b) => b.type === 'sides');
    expect(pages).toHaveLength(2);
    const rows = (b: (typeof pages)[number]) => (b.type === 'sides' ? b.rows.map((r) => [r.label, ...r.cells]) : []);
    const asked = rows(pages.find((b) => JSON.stringify(b).includes('Cook together on Friday'))!);
    expect(asked).toContainEqual(['Is there anything we can do to feel closer?', 'Cook together on Friday', 'No answer']);
    expect(asked).toContainEqual(['How connected I feel, from 1 to 10', 'No answer', '9']);
    expect(JSON.stringify(preview)).not.toContain('What could help you feel closer to me?');

    // Both charts, the overview's and the Insights one, hold a gap (null) where Sam gave no number.
    const charts = blocks.flatMap((b) => (b.type === 'chart' ? [b.chart] : []));
    expect(charts.length).toBeGreaterThanOrEqual(2);
    const lines = charts.filter((chart) => chart.type === 'line');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line.series.map((s) => s.values)).toEqual([
        [6, null],
        [8, 9],
      ]);
    }
  });
});

describe('history', () => {
  it('lists finished check-ins newest first in keyset pages, a missed week simply absent', async () => {
    const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-11-26T10:00:00Z')) }));
    await v.core.checkins.setCadence({ ...weekly, timeZone: 'UTC' });
    // Sundays 29 Nov and 6 Dec, then 13 Dec is missed, then 20 Dec (done on Monday the 21st).
    const ids: string[] = [];
    for (const at of ['2026-11-29T19:30:00Z', '2026-12-06T20:00:00Z', '2026-12-21T09:00:00Z']) {
      setTime(v, at);
      ids.push((await checkIn(v, 6, 8)).id);
    }
    // The last one is there to say when it was; nothing counts weeks in a row.
    expect((await v.core.checkins.schedule()).lastCompletedAt).toBe('2026-12-21T09:00:00.000Z');

    const first = await v.core.checkins.list({ limit: 2 });
    expect(first.items.map((c) => c.id)).toEqual([ids[2], ids[1]]);
    expect(first.items[0]!.sides.map((s) => s.rating)).toEqual([6, 8]);
    const second = await v.core.checkins.list({ after: first.next, limit: 2 });
    expect(second.items.map((c) => c.id)).toEqual([ids[0]]);
    expect(second.next).toBeNull();
  });

  it('has no streak to ask for: the channel is gone from the contract', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    expect(d.channels).toContain('hearth:checkins.list');
    expect(d.channels.filter((c) => /streak/i.test(c))).toEqual([]);
    expect(await d.dispatch('hearth:checkins.streaks', [])).toMatchObject({ ok: false });
  });
});
