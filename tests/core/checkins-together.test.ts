import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/core/transfer/sections';
import { firstSpeaker } from '../../src/shared/checkins';
import { dispatcherFor, expectCode, newCore, newVault, tempDir, TestClock } from './helpers';

type Vault = Awaited<ReturnType<typeof newVault>>;

const blank = { connection: '', closer: '', highlight: '', distance: '' };
const MINUTE = 60_000;

/** A check-in done together: Alex spoke first; Sam noted two answers and a number, Alex noted nothing. */
async function together(v: Vault, note = 'We laughed at the harbour') {
  const c = await v.core.checkins.start({ withAppreciations: false, mode: 'together', firstTurn: 'b' });
  await v.core.checkins.answer({ id: c.id, partner: 'a', answers: { ...blank, connection: 'Close, and a bit tired.', highlight: note }, rating: 7 });
  return c;
}

describe('a check-in done together at the screen', () => {
  it('keeps who speaks first, shows each partner’s notes as they are written, and finishes both sides at once', async () => {
    const v = await newVault();
    await v.core.checkins.setCadence({ every: 'weekly', weekday: 0, time: '19:00', timeZone: 'UTC' });
    // Made at run time, so the only copies are the ones Hearth writes.
    const word = `harbourlight${randomBytes(4).toString('hex')}`;
    const started = await v.core.checkins.start({ withAppreciations: false, mode: 'together', firstTurn: 'b' });
    expect(started).toMatchObject({ status: 'open', mode: 'together', firstTurn: 'b', appreciationSessionId: null });
    expect(started.sides.every((s) => !s.started)).toBe(true);
    // Alex first on the first and third questions, Sam on the second and fourth.
    expect([0, 1, 2, 3].map((i) => firstSpeaker(started.firstTurn!, i))).toEqual(['b', 'a', 'b', 'a']);

    const open = await v.core.checkins.answer({ id: started.id, partner: 'a', answers: { ...blank, highlight: `The ${word} walk` }, rating: 7 });
    // Not hidden: both are at the screen, so the notes read back straight away, to either of them.
    expect(open.sides[0]).toMatchObject({ partner: 'a', started: true, submitted: false, hidden: false, answers: { highlight: `The ${word} walk` }, rating: 7 });
    expect((await v.core.checkins.current())?.sides[0]?.answers?.highlight).toBe(`The ${word} walk`);
    // An open check-in is not searched, not charted and not in the history, whichever way it is done.
    expect((await v.core.search.query({ text: word })).total).toBe(0);
    expect((await v.core.checkins.list()).items).toEqual([]);

    // Hiding notes from someone sitting beside you makes no sense: refused, and the notes stay as they were.
    await expectCode(v.core.checkins.answer({ id: started.id, partner: 'a', answers: { ...blank, highlight: 'replaced' }, rating: 2, hidden: true }), 'CONFLICT');
    expect((await v.core.checkins.get({ id: started.id })).sides[0]).toMatchObject({ hidden: false, rating: 7, answers: { highlight: `The ${word} walk` } });

    // Nobody hands in a side alone when you are both at the screen: it is finished for both at once.
    await expectCode(v.core.checkins.submit({ id: started.id, partner: 'a' }), 'CONFLICT');
    expect((await v.core.checkins.get({ id: started.id })).sides.map((s) => s.submitted)).toEqual([false, false]);

    v.clock.advance(20 * MINUTE);
    const done = await v.core.checkins.finish({ id: started.id });
    expect(done).toMatchObject({ status: 'complete', mode: 'together', firstTurn: 'b', completedAt: '2026-11-26T10:20:00.000Z', completedOn: '2026-11-26' });
    // Alex noted nothing and chose no number: a blank side with a gap, never a 0.
    expect(done.sides).toEqual([
      { partner: 'a', started: true, submitted: true, hidden: false, answers: { ...blank, highlight: `The ${word} walk` }, rating: 7, updatedAt: '2026-11-26T10:00:00.000Z' },
      { partner: 'b', started: true, submitted: true, hidden: false, answers: blank, rating: null, updatedAt: '2026-11-26T10:20:00.000Z' },
    ]);
    expect((await v.core.checkins.list()).items.map((c) => [c.id, c.mode])).toEqual([[started.id, 'together']]);
    expect((await v.core.search.query({ text: word })).groups).toEqual([{ kind: 'checkin', hits: [expect.objectContaining({ id: started.id, date: '2026-11-26' })] }]);
    expect((await v.core.insights.all()).ratings.points).toEqual([{ checkInId: started.id, date: '2026-11-26', a: 7, b: null, gap: null }]);
    expect((await v.core.checkins.schedule()).lastCompletedAt).toBe('2026-11-26T10:20:00.000Z');

    // Finishing again changes nothing; the notes are kept as they were.
    v.clock.advance(MINUTE);
    expect(await v.core.checkins.finish({ id: started.id })).toEqual(done);
    await expectCode(v.core.checkins.answer({ id: started.id, partner: 'b', answers: { ...blank, closer: 'late' }, rating: 3 }), 'CONFLICT');
    expect(await v.core.checkins.current()).toBeNull();
  });

  it('opens with appreciations in the chosen order, can be set aside, and one done apart is still the default', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    const c = await v.core.checkins.start({ withAppreciations: true, mode: 'together', firstTurn: 'b' });
    expect(c).toMatchObject({ mode: 'together', firstTurn: 'b' });
    expect(await v.core.appreciations.session({ sessionId: c.appreciationSessionId! })).toMatchObject({ checkInId: c.id, firstTurn: 'b' });
    await v.core.checkins.answer({ id: c.id, partner: 'b', answers: { ...blank, closer: 'More walks' }, rating: null });
    await v.core.checkins.discard({ id: c.id });
    await expectCode(v.core.checkins.get({ id: c.id }), 'NOT_FOUND');

    // A call that does not say (as every caller before there was a choice) starts one done apart, with no turn order.
    const apart = await d.dispatch('hearth:checkins.start', [{ withAppreciations: false, firstTurn: 'b' }]);
    expect(apart).toMatchObject({ ok: true, value: { mode: 'apart', firstTurn: null } });
  });

  it('finishes only a check-in done together: one done apart is handed in by each partner', async () => {
    const v = await newVault();
    const apart = await v.core.checkins.start({ withAppreciations: false, mode: 'apart' });
    await v.core.checkins.answer({ id: apart.id, partner: 'a', answers: { ...blank, distance: 'Hidden words' }, rating: 4, hidden: true });
    await expectCode(v.core.checkins.finish({ id: apart.id }), 'CONFLICT');
    // Nothing was handed in for either partner.
    expect((await v.core.checkins.get({ id: apart.id })).sides.map((s) => [s.partner, s.started, s.submitted])).toEqual([
      ['a', true, false],
      ['b', false, false],
    ]);
    await expectCode(v.core.checkins.finish({ id: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' }), 'NOT_FOUND');
  });

  it('refuses a way, a first speaker or a finish it does not know with VALIDATION, and opens nothing', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    for (const bad of [{ mode: 'both' }, { mode: 'Together' }, { mode: null }, { mode: 1 }, { mode: 'together', firstTurn: 'c' }, { mode: 'together', firstTurn: null }, { together: true }]) {
      const result = await d.dispatch('hearth:checkins.start', [{ withAppreciations: false, ...bad }]);
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await v.core.checkins.current()).toBeNull();
    for (const bad of [[], [{}], [{ id: 'not-a-uuid' }], [{ id: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', partner: 'a' }]]) {
      expect(await d.dispatch('hearth:checkins.finish', bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});

describe('a check-in done together in the therapy export', () => {
  it('says which way each check-in was done, above its answers', async () => {
    const v = await newVault(newCore({ clock: new TestClock(Date.parse('2026-11-26T10:00:00Z')) }));
    const shared = await together(v, 'Tea on the balcony');
    await v.core.checkins.finish({ id: shared.id });
    v.clock.advance(7 * 24 * 60 * MINUTE);
    const apart = await v.core.checkins.start({ withAppreciations: false });
    await v.core.checkins.answer({ id: apart.id, partner: 'a', answers: { ...blank, closer: 'Cook on Friday' }, rating: 6 });
    await v.core.checkins.submit({ id: apart.id, partner: 'a' });
    await v.core.checkins.submit({ id: apart.id, partner: 'b' });

    for (const who of ['both', 'a'] as const) {
      const preview = await v.core.therapyExport.preview({ selection: { kinds: ['checkin'], who }, includeNames: true });
      const text = JSON.stringify(preview);
      const notes = preview.pages.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'note' ? [b.text] : []));
      const howTogether = notes.filter((n) => n.startsWith('Done together at the screen'));
      const howApart = notes.filter((n) => n.startsWith('Done each on their own'));
      expect([howTogether.length, howApart.length], who).toEqual([1, 1]);
      expect(howTogether[0]).toContain('said back what they heard');
      // The notes themselves follow, as each partner kept them.
      expect(text.indexOf('Tea on the balcony')).toBeGreaterThan(text.indexOf(howTogether[0]!));
    }
  });
});

describe('a check-in done together in the full export', () => {
  async function exportTo(v: Vault): Promise<string> {
    const path = join(tempDir('hearth-export-'), 'export.json');
    v.platform.nextSavePath = path;
    expect(await v.core.transfer.exportAll({})).toEqual({ saved: true, path });
    return path;
  }
  const normalised = (path: string) => readFileSync(path, 'utf8').replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');
  type Doc = { sections: { checkins: Record<string, unknown>[] } };

  /** One done together and finished, one done apart and finished, and one done together still open. */
  async function source() {
    const v = await newVault();
    const finished = await together(v, 'Puffinparade on the cliffs');
    await v.core.checkins.finish({ id: finished.id });
    v.clock.advance(MINUTE);
    const apart = await v.core.checkins.start({ withAppreciations: false, mode: 'apart' });
    await v.core.checkins.answer({ id: apart.id, partner: 'b', answers: { ...blank, closer: 'More walks.' }, rating: 8, hidden: true });
    await v.core.checkins.submit({ id: apart.id, partner: 'b' });
    await v.core.checkins.submit({ id: apart.id, partner: 'a' });
    v.clock.advance(MINUTE);
    const open = await v.core.checkins.start({ withAppreciations: false, mode: 'together', firstTurn: 'a' });
    await v.core.checkins.answer({ id: open.id, partner: 'b', answers: { ...blank, distance: 'The late trains.' }, rating: null });
    return { ...v, ids: { finished: finished.id, apart: apart.id, open: open.id } };
  }

  it('round-trips the way each was done and who spoke first, byte for byte', async () => {
    const s = await source();
    const first = await exportTo(s);
    const doc = JSON.parse(readFileSync(first, 'utf8')) as Doc;
    const byId = new Map(doc.sections.checkins.map((c) => [c.id, c]));
    expect(byId.get(s.ids.finished)).toMatchObject({ status: 'complete', mode: 'together', firstTurn: 'b' });
    expect(byId.get(s.ids.apart)).toMatchObject({ status: 'complete', mode: 'apart', firstTurn: null });
    expect(byId.get(s.ids.open)).toMatchObject({ status: 'open', mode: 'together', firstTurn: 'a', sides: [{ partner: 'b', hidden: false }] });
    const section = SECTIONS.find((x) => x.name === 'checkins')!;
    for (const item of doc.sections.checkins) expect(JSON.stringify(section.item.parse(item))).toBe(JSON.stringify(item));

    const t = await newVault(newCore({ clock: s.clock }));
    expect((await t.core.transfer.importFile({ path: first })).counts.checkins).toEqual({ added: 3, updated: 0, skipped: 0 });
    for (const id of Object.values(s.ids)) expect(await t.core.checkins.get({ id })).toEqual(await s.core.checkins.get({ id }));
    expect((await t.core.checkins.current())?.mode).toBe('together');
    expect((await t.core.checkins.list()).items.map((c) => c.mode)).toEqual(['apart', 'together']);
    expect((await t.core.search.query({ text: 'Puffinparade' })).total).toBe(1);
    expect(normalised(await exportTo(t))).toBe(normalised(first));
    // The open one done together goes on where it was: its notes are open, and it finishes both sides at once.
    expect((await t.core.checkins.finish({ id: s.ids.open })).sides.map((side) => side.answers?.distance)).toEqual(['', 'The late trains.']);
  });

  it('reads a file made before there was a choice as check-ins done apart', async () => {
    const s = await source();
    const doc = JSON.parse(readFileSync(await exportTo(s), 'utf8')) as Doc;
    doc.sections.checkins = doc.sections.checkins.filter((c) => c.id === s.ids.apart);
    for (const c of doc.sections.checkins) {
      delete c.mode;
      delete c.firstTurn;
    }
    const path = join(tempDir(), 'before-modes.json');
    writeFileSync(path, JSON.stringify(doc));
    const t = await newVault(newCore({ clock: s.clock }));
    expect((await t.core.transfer.importFile({ path })).counts.checkins).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(await t.core.checkins.get({ id: s.ids.apart })).toEqual(await s.core.checkins.get({ id: s.ids.apart }));
  });

  it('refuses a check-in whose way does not add up, and writes nothing', async () => {
    const s = await source();
    const good = JSON.parse(readFileSync(await exportTo(s), 'utf8')) as Doc;
    const t = await newVault(newCore({ clock: s.clock }));
    const find = (d: Doc, id: string) => d.sections.checkins.find((c) => c.id === id)!;
    const breakers: ((d: Doc) => void)[] = [
      (d) => void (find(d, s.ids.finished).mode = 'both'),
      (d) => void (find(d, s.ids.finished).firstTurn = null),
      (d) => void (find(d, s.ids.finished).firstTurn = 'c'),
      (d) => void (find(d, s.ids.apart).firstTurn = 'a'),
      (d) => void ((find(d, s.ids.open).sides as Record<string, unknown>[])[0]!.hidden = true),
    ];
    for (const [i, breakIt] of breakers.entries()) {
      const doc = structuredClone(good);
      breakIt(doc);
      const path = join(tempDir(), `bad-${i}.json`);
      writeFileSync(path, JSON.stringify(doc));
      const e = await expectCode(t.core.transfer.importFile({ path }), 'VALIDATION');
      expect(e.message, String(i)).toMatch(/\(checkins \(item/);
    }
    expect(await t.core.checkins.current()).toBeNull();
    expect((await t.core.checkins.list()).items).toEqual([]);
  });

  it('keeps the way a check-in was started when a copy of it merges in', async () => {
    const s = await source();
    const t = await newVault(newCore({ clock: s.clock }));
    await t.core.transfer.importFile({ path: await exportTo(s) });
    // Sam notes something on the other computer; the merge brings it in and the check-in is still done together.
    s.clock.advance(MINUTE);
    await s.core.checkins.answer({ id: s.ids.open, partner: 'a', answers: { ...blank, connection: 'Glad we sat down.' }, rating: 9 });
    const report = await t.core.transfer.importFile({ path: await exportTo(s) });
    expect(report.counts.checkins).toEqual({ added: 0, updated: 1, skipped: 2 });
    const merged = await t.core.checkins.get({ id: s.ids.open });
    expect(merged).toMatchObject({ mode: 'together', firstTurn: 'a', status: 'open' });
    expect(merged).toEqual(await s.core.checkins.get({ id: s.ids.open }));
  });
});
