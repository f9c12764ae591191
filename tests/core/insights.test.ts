import { describe, expect, it } from 'vitest';
import type { NewEventInput } from '../../src/shared/timeline';
import { dispatcherFor, newCore, newVault, TestClock } from './helpers';

type Vault = Awaited<ReturnType<typeof newVault>>;

function setTime(v: Vault, iso: string): void {
  v.clock.advance(Date.parse(iso) - v.clock.now().getTime());
}

const blank = { connection: '', closer: '', highlight: '', distance: '' };

async function checkInAt(v: Vault, at: string, a: number | null, b: number | null) {
  setTime(v, at);
  const c = await v.core.checkins.start({ withAppreciations: false });
  await v.core.checkins.answer({ id: c.id, partner: 'a', answers: blank, rating: a });
  await v.core.checkins.answer({ id: c.id, partner: 'b', answers: blank, rating: b });
  await v.core.checkins.submit({ id: c.id, partner: 'a' });
  return v.core.checkins.submit({ id: c.id, partner: 'b' });
}

async function event(v: Vault, kind: NewEventInput['kind'], startDate: string, valence: number) {
  return (await v.core.timeline.create({ kind, title: `${kind} on ${startDate}`, startDate, author: 'both', valence })).id;
}

/**
 * A small, fully known history. Weekly check-ins on Sundays at 19:00 UTC, chosen on Thursday 1 January
 * 2026: January has 4 Sundays (4, 11, 18, 25), February 4 (1, 8, 15, 22), and by 10 March two of
 * March's have passed (1, 8).
 */
async function fixture() {
  const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-01-01T10:00:00Z')) }));
  await v.core.checkins.setCadence({ every: 'weekly', weekday: 0, time: '19:00', timeZone: 'UTC' });
  const checkIns = [
    await checkInAt(v, '2026-01-04T19:30:00Z', 6, 7),
    await checkInAt(v, '2026-01-11T19:30:00Z', 7, 7),
    await checkInAt(v, '2026-02-01T19:30:00Z', 5, 8),
    await checkInAt(v, '2026-02-15T19:30:00Z', 8, 8),
    await checkInAt(v, '2026-03-01T19:30:00Z', 8, 9),
  ].map((c) => c.id);

  // Appreciations: on 4 January Sam (a) gives two and Alex (b) one; on 1 March Alex gives two.
  setTime(v, '2026-01-04T20:00:00Z');
  const jan = await v.core.appreciations.startSession({ firstTurn: 'a' });
  await v.core.appreciations.add({ sessionId: jan.id, from: 'a', text: 'you made the flat feel like home this week' });
  await v.core.appreciations.add({ sessionId: jan.id, from: 'b', text: 'you drove me to the airport at dawn' });
  await v.core.appreciations.add({ sessionId: jan.id, from: 'a', text: 'you called my mum when she was ill' });
  setTime(v, '2026-03-01T20:00:00Z');
  const mar = await v.core.appreciations.startSession({ firstTurn: 'a' });
  await v.core.appreciations.add({ sessionId: mar.id, from: 'b', text: 'you laughed at my terrible joke on Friday' });
  await v.core.appreciations.add({ sessionId: mar.id, from: 'b', text: 'you took the night feed so I could sleep' });

  // Timeline: eleven live events from December 2025 to March 2026, and one in the trash.
  const memoryDec = await event(v, 'memory', '2025-12-03', 2);
  const hardJan = await event(v, 'hard_moment', '2026-01-05', -1);
  const repairJan = await event(v, 'repair', '2026-01-08', 1);
  const timeJan = await event(v, 'quality_time', '2026-01-20', 2);
  const hardFeb = await event(v, 'hard_moment', '2026-02-10', -2);
  const repairFeb = await event(v, 'repair', '2026-02-11', 1);
  const laterRepairFeb = await event(v, 'repair', '2026-02-14', 2);
  const hardFeb2 = await event(v, 'hard_moment', '2026-02-20', -1);
  const repairFeb2 = await event(v, 'repair', '2026-02-27', 1);
  const hardMar = await event(v, 'hard_moment', '2026-03-02', -1);
  const trashed = await event(v, 'memory', '2026-03-03', 0);
  await v.core.timeline.remove({ id: trashed });
  const link = (from: string, to: string) => v.core.timeline.link({ from, to });
  await link(hardJan, repairJan); // 3 days
  await link(repairFeb, hardFeb); // 1 day, stored the other way round
  await link(hardFeb, laterRepairFeb); // 4 days, but the earlier repair counts
  await link(hardFeb2, repairFeb2); // 7 days
  await link(hardMar, repairJan); // a repair before the hard moment does not count
  await link(timeJan, memoryDec); // not a hard moment and a repair
  // A reflection about March's hard moment, resolved by a repair two days later, pairs them without a link.
  const repairMar = await event(v, 'repair', '2026-03-04', 1);
  const reflection = await v.core.reflections.create({ type: 'conflict', title: 'About the 2nd', author: 'a', eventId: hardMar });
  await v.core.reflections.resolve({ id: reflection.id, repairEventId: repairMar });

  // Love-language actions: Sam does quality time twice and words once for Alex; Alex does acts and touch for Sam.
  await v.core.loveLanguages.logAction({ by: 'a', for: 'b', language: 'time', date: '2026-01-10' });
  await v.core.loveLanguages.logAction({ by: 'a', for: 'b', language: 'time', date: '2026-02-05' });
  await v.core.loveLanguages.logAction({ by: 'a', for: 'b', language: 'words', date: '2026-02-06' });
  await v.core.loveLanguages.logAction({ by: 'b', for: 'a', language: 'acts', date: '2026-01-12' });
  await v.core.loveLanguages.logAction({ by: 'b', for: 'a', language: 'touch', date: '2026-03-02' });

  setTime(v, '2026-03-10T12:00:00Z');
  return { v, checkIns, ids: { hardJan, repairJan, hardFeb, repairFeb, hardFeb2, repairFeb2, hardMar, repairMar } };
}

const zeroKinds = { milestone: 0, memory: 0, quality_time: 0, appreciation: 0, hard_moment: 0, repair: 0, other: 0 };
const zeroValence = { veryHard: 0, hard: 0, neutral: 0, good: 0, veryGood: 0 };

describe('insights', () => {
  it('say what will appear, kindly, on an empty vault', async () => {
    const v = await newVault();
    const all = await v.core.insights.all();
    expect(all.ratings).toEqual({ points: [], reading: 'The numbers you choose for how connected you feel will appear here, check-in by check-in.' });
    expect(all.regularity.months).toEqual([]);
    expect(all.appreciations.months).toEqual([]);
    expect(all.timeline.months).toEqual([]);
    expect(all.repair).toMatchObject({ pairs: [], medianDays: null });
    expect(all.loveLanguages.languages.every((l) => l.total === 0)).toBe(true);
    for (const series of Object.values(all)) expect(series.reading.length).toBeGreaterThan(20);
  });

  it('match hand-computed values on a small known history', async () => {
    const { v, checkIns, ids } = await fixture();
    const all = await v.core.insights.all();

    expect(all.ratings.points).toEqual([
      { checkInId: checkIns[0], date: '2026-01-04', a: 6, b: 7, gap: 1 },
      { checkInId: checkIns[1], date: '2026-01-11', a: 7, b: 7, gap: 0 },
      { checkInId: checkIns[2], date: '2026-02-01', a: 5, b: 8, gap: 3 },
      { checkInId: checkIns[3], date: '2026-02-15', a: 8, b: 8, gap: 0 },
      { checkInId: checkIns[4], date: '2026-03-01', a: 8, b: 9, gap: 1 },
    ]);
    // Both partners' mean: 6.5 first, 8.5 last.
    expect(all.ratings.reading).toBe('Your ratings rose from 6.5 to 8.5 since January 2026.');

    expect(all.regularity.months).toEqual([
      { month: '2026-01', completed: 2, expected: 4 },
      { month: '2026-02', completed: 2, expected: 4 },
      { month: '2026-03', completed: 1, expected: 2 },
    ]);
    expect(all.regularity.reading).toBe('5 check-ins since January 2026, of 10 planned. Every one counts.');

    // Together, month by month: Sam's two and Alex's one in January are three, with no partner's number beside the other's.
    expect(all.appreciations.months).toEqual([
      { month: '2026-01', total: 3 },
      { month: '2026-02', total: 0 },
      { month: '2026-03', total: 2 },
    ]);
    expect(all.appreciations.reading).toBe('You shared 5 appreciations with each other since January 2026.');

    expect(all.timeline.months).toEqual([
      { month: '2025-12', total: 1, byKind: { ...zeroKinds, memory: 1 }, byValence: { ...zeroValence, veryGood: 1 } },
      { month: '2026-01', total: 3, byKind: { ...zeroKinds, hard_moment: 1, repair: 1, quality_time: 1 }, byValence: { ...zeroValence, hard: 1, good: 1, veryGood: 1 } },
      { month: '2026-02', total: 5, byKind: { ...zeroKinds, hard_moment: 2, repair: 3 }, byValence: { ...zeroValence, veryHard: 1, hard: 1, good: 2, veryGood: 1 } },
      { month: '2026-03', total: 2, byKind: { ...zeroKinds, hard_moment: 1, repair: 1 }, byValence: { ...zeroValence, hard: 1, good: 1 } },
    ]);
    expect(all.timeline.reading).toBe('11 moments since December 2025: 7 good ones and 4 hard ones.');

    expect(all.repair.pairs.map((p) => [p.hardMomentId, p.repairId, p.days])).toEqual([
      [ids.hardJan, ids.repairJan, 3],
      [ids.hardFeb, ids.repairFeb, 1],
      [ids.hardFeb2, ids.repairFeb2, 7],
      [ids.hardMar, ids.repairMar, 2],
    ]);
    expect(all.repair.pairs[0]).toMatchObject({ hardMomentDate: '2026-01-05', repairDate: '2026-01-08', hardMomentTitle: 'hard_moment on 2026-01-05' });
    // 1, 2, 3 and 7 days: the middle two are 2 and 3.
    expect(all.repair.medianDays).toBe(2.5);
    expect(all.repair.reading).toBe('After a hard moment you usually found your way back within 2.5 days (4 hard moments linked).');

    // Whoever each act was for, they count together.
    expect(all.loveLanguages.languages).toEqual([
      { language: 'words', total: 1 },
      { language: 'acts', total: 1 },
      { language: 'gifts', total: 0 },
      { language: 'time', total: 2 },
      { language: 'touch', total: 1 },
    ]);
    expect(all.loveLanguages.totals).toEqual({ words: 1, acts: 1, gifts: 0, time: 2, touch: 1 });
    expect(all.loveLanguages.reading).toBe('You logged 5 loving acts; quality time came up most.');
  });

  it('narrow every series to a range of days', async () => {
    const { v, ids } = await fixture();
    const range = await v.core.insights.all({ from: '2026-01-01', to: '2026-02-28' });
    expect(range.ratings.points.map((p) => p.date)).toEqual(['2026-01-04', '2026-01-11', '2026-02-01', '2026-02-15']);
    expect(range.ratings.reading).toBe('Your ratings rose from 6.5 to 8 since January 2026.');
    expect(range.regularity.months).toEqual([
      { month: '2026-01', completed: 2, expected: 4 },
      { month: '2026-02', completed: 2, expected: 4 },
    ]);
    expect(range.regularity.reading).toBe('4 check-ins since January 2026, of 8 planned. Every one counts.');
    expect(range.appreciations.months).toEqual([{ month: '2026-01', total: 3 }]);
    expect(range.timeline.months.map((m) => [m.month, m.total])).toEqual([
      ['2026-01', 3],
      ['2026-02', 5],
    ]);
    expect(range.timeline.reading).toBe('8 moments since January 2026: 5 good ones and 3 hard ones.');
    expect(range.repair.pairs.map((p) => p.hardMomentId)).toEqual([ids.hardJan, ids.hardFeb, ids.hardFeb2]);
    expect(range.loveLanguages.totals).toEqual({ words: 1, acts: 1, gifts: 0, time: 2, touch: 0 });
    const feb = await v.core.insights.all({ from: '2026-02-01', to: '2026-02-28' });
    expect(feb.repair).toMatchObject({ medianDays: 4 }); // 1 and 7 days: the middle of two is their mean
    expect(feb.ratings.reading).toBe('Your ratings rose from 6.5 to 8 since February 2026.');
    expect(feb.loveLanguages.reading).toBe('You logged 2 loving acts; words of affirmation and quality time came up most.');
  });

  it('refuse a reversed or malformed range with VALIDATION', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    for (const bad of [{ from: '2026-03-01', to: '2026-02-01' }, { from: '2026-13-01' }, { since: '2026-01-01' }]) {
      expect(await d.dispatch('hearth:insights.all', [bad]), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});

describe('connection ratings left out', () => {
  it('show a missing rating as null (a gap), never 0, and leave out a check-in with no number at all', async () => {
    const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-01-01T10:00:00Z')) }));
    await v.core.checkins.setCadence({ every: 'weekly', weekday: 0, time: '19:00', timeZone: 'UTC' });
    const first = await checkInAt(v, '2026-01-04T19:30:00Z', 6, 8);
    const onlyB = await checkInAt(v, '2026-01-11T19:30:00Z', null, 9);
    await checkInAt(v, '2026-01-18T19:30:00Z', null, null);
    const onlyA = await checkInAt(v, '2026-01-25T19:30:00Z', 4, null);
    const all = await v.core.insights.all();
    expect(all.ratings.points).toEqual([
      { checkInId: first.id, date: '2026-01-04', a: 6, b: 8, gap: 2 },
      { checkInId: onlyB.id, date: '2026-01-11', a: null, b: 9, gap: null },
      { checkInId: onlyA.id, date: '2026-01-25', a: 4, b: null, gap: null },
    ]);
    // Each check-in's mean is over the numbers given: 7 first, 4 last (not 2, as a 0 would make it).
    expect(all.ratings.reading).toBe('Your ratings moved from 7 to 4 since January 2026; your next check-in is a gentle place to talk about what would help.');
    // The unrated check-in still counts as one done together.
    expect(all.regularity.months).toEqual([{ month: '2026-01', completed: 4, expected: 4 }]);

    const one = await v.core.insights.all({ from: '2026-01-10', to: '2026-01-20' });
    expect(one.ratings.reading).toBe('One check-in with a number so far, averaging 9.');
    const none = await v.core.insights.all({ from: '2026-01-15', to: '2026-01-20' });
    expect(none.ratings.points).toEqual([]);
  });
});

describe('insights in the language spoken', () => {
  it('read in German once German is chosen, with German plurals, numbers and months, and in English again after', async () => {
    const { v } = await fixture();
    await v.core.language.set({ chosen: 'de' });
    const all = await v.core.insights.all();
    expect(all.ratings.reading).toBe('Eure Zahlen sind seit Januar 2026 von 6,5 auf 8,5 gestiegen.');
    expect(all.regularity.reading).toBe('5 Gespräche seit Januar 2026, von 10 geplanten. Jedes einzelne zählt.');
    expect(all.appreciations.reading).toBe('Seit Januar 2026 habt ihr einander 5 Wertschätzungen geschenkt.');
    expect(all.timeline.reading).toBe('11 Momente seit Dezember 2025: 7 schöne und 4 schwere.');
    expect(all.repair.reading).toBe('Nach einem schweren Moment habt ihr meist innerhalb von 2,5 Tagen wieder zueinandergefunden (4 schwere Momente verknüpft).');
    expect(all.loveLanguages.reading).toBe('Ihr habt 5 liebevolle Gesten festgehalten; am häufigsten: Zeit zu zweit.');

    // One of each: the singular forms.
    const march = await v.core.insights.all({ from: '2026-03-01', to: '2026-03-31' });
    expect(march.regularity.reading).toBe('1 Gespräch seit März 2026, von 2 geplanten. Jedes einzelne zählt.');
    expect(march.timeline.reading).toBe('2 Momente seit März 2026: 1 schöner und 1 schwerer.');
    expect(march.repair.reading).toBe('Nach einem schweren Moment habt ihr meist innerhalb von 2 Tagen wieder zueinandergefunden (1 schwerer Moment verknüpft).');
    expect(march.loveLanguages.reading).toBe('Ihr habt 1 liebevolle Geste festgehalten; am häufigsten: körperliche Nähe.');
    expect(march.ratings.reading).toBe('Bisher ein Gespräch mit einer Zahl, im Schnitt 8,5.');
    const feb = await v.core.insights.all({ from: '2026-02-01', to: '2026-02-28' });
    expect(feb.loveLanguages.reading).toBe('Ihr habt 2 liebevolle Gesten festgehalten; am häufigsten: Worte der Anerkennung und Zeit zu zweit.');
    const jan = await v.core.insights.all({ from: '2026-01-01', to: '2026-01-31' });
    expect(jan.ratings.reading).toBe('Eure Zahlen sind seit Januar 2026 von 6,5 auf 7 gestiegen.');
    const lower = await v.core.insights.all({ from: '2026-01-10', to: '2026-02-10' });
    expect(lower.ratings.reading).toBe(
      'Eure Zahlen haben sich seit Januar 2026 von 7 auf 6,5 verändert; euer nächstes Gespräch ist ein behutsamer Ort, um darüber zu sprechen, was euch helfen würde.',
    );
    expect(jan.appreciations.reading).toBe('Seit Januar 2026 habt ihr einander 3 Wertschätzungen geschenkt.');

    // Another computer, with no language chosen, still reads in English.
    const empty = await (await newVault()).core.insights.all();
    expect(empty.ratings.reading).toBe('The numbers you choose for how connected you feel will appear here, check-in by check-in.');

    await v.core.language.set({ chosen: 'en' });
    expect((await v.core.insights.all()).ratings.reading).toBe('Your ratings rose from 6.5 to 8.5 since January 2026.');
    await v.core.language.set({ chosen: null }); // the system's: none in tests, so English
    expect((await v.core.insights.all()).timeline.reading).toBe('11 moments since December 2025: 7 good ones and 4 hard ones.');
  });
});

describe('insights rank neither partner', () => {
  /** The same history twice over, once with Sam doing everything and once with Alex: what the insights say must not change. */
  async function oneSided(who: 'a' | 'b') {
    const other = who === 'a' ? 'b' : 'a';
    const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-01-01T10:00:00Z')) }));
    setTime(v, '2026-01-04T20:00:00Z');
    const s = await v.core.appreciations.startSession({ firstTurn: who });
    for (const text of ['you made the flat feel like home this week', 'you drove me to the airport at dawn', 'you called my mum when she was ill']) {
      await v.core.appreciations.add({ sessionId: s.id, from: who, text });
    }
    setTime(v, '2026-02-04T20:00:00Z');
    const later = await v.core.appreciations.startSession({ firstTurn: other });
    await v.core.appreciations.add({ sessionId: later.id, from: other, text: 'you laughed at my terrible joke on Friday' });
    await v.core.loveLanguages.logAction({ by: who, for: other, language: 'time', date: '2026-01-10' });
    await v.core.loveLanguages.logAction({ by: who, for: other, language: 'time', date: '2026-01-11' });
    await v.core.loveLanguages.logAction({ by: other, for: who, language: 'gifts', date: '2026-02-05' });
    setTime(v, '2026-03-10T12:00:00Z');
    const { ratings: _ratings, ...rest } = await v.core.insights.all();
    return rest;
  }

  it('say the same whichever of you shared or logged more, counting what you did together', async () => {
    const bySam = await oneSided('a');
    expect(bySam).toEqual(await oneSided('b'));
    expect(bySam.appreciations).toEqual({
      months: [
        { month: '2026-01', total: 3 },
        { month: '2026-02', total: 1 },
      ],
      reading: 'You shared 4 appreciations with each other since January 2026.',
    });
    expect(bySam.loveLanguages.languages.filter((l) => l.total > 0)).toEqual([
      { language: 'gifts', total: 1 },
      { language: 'time', total: 2 },
    ]);
  });

  it('carry no number per partner outside the connection ratings', async () => {
    const rest = await oneSided('a');
    const keys = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          keys.add(key);
          walk(inner);
        }
      }
    };
    walk(rest);
    expect([...keys].filter((k) => /^(a|b)$|forA|forB|fromA|fromB|given|received|partner/i.test(k))).toEqual([]);
  });

  it('draw appreciations and loving acts in the therapy export as one series for the two of you, whoever it is for', async () => {
    const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-01-01T10:00:00Z')) }));
    setTime(v, '2026-01-04T20:00:00Z');
    const s = await v.core.appreciations.startSession({ firstTurn: 'a' });
    await v.core.appreciations.add({ sessionId: s.id, from: 'a', text: 'you made the flat feel like home this week' });
    await v.core.appreciations.add({ sessionId: s.id, from: 'a', text: 'you drove me to the airport at dawn' });
    await v.core.appreciations.add({ sessionId: s.id, from: 'b', text: 'you called my mum when she was ill' });
    await v.core.loveLanguages.logAction({ by: 'a', for: 'b', language: 'time', date: '2026-01-10' });
    await v.core.loveLanguages.logAction({ by: 'b', for: 'a', language: 'time', date: '2026-01-11' });
    setTime(v, '2026-01-20T12:00:00Z');
    for (const who of ['both', 'a', 'b'] as const) {
      const preview = await v.core.therapyExport.preview({ selection: { kinds: ['insights'], who }, includeNames: true });
      const charts = preview.pages.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'chart' ? [b] : []));
      const appreciations = charts.find((c) => c.title === 'Appreciations we shared each month');
      expect(appreciations?.chart.series, who).toEqual([{ name: 'Shared together', values: [3] }]);
      const love = charts.find((c) => c.title === 'Acts of love, by love language');
      expect(love?.chart.series, who).toEqual([{ name: 'Logged together', values: [0, 0, 0, 2, 0] }]);
      for (const chart of [appreciations, love]) expect(JSON.stringify(chart), who).not.toMatch(/Sam|Alex|Partner A|Partner B/);
    }
  });
});
