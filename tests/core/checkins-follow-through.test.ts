import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatcherFor, expectCode, newVault, tempDir } from './helpers';

type Vault = Awaited<ReturnType<typeof newVault>>;

const DAY = 24 * 60 * 60 * 1000;

/** A check-in started and finished together, so the next one looks back from its start. */
async function checkInNow(v: Vault) {
  const c = await v.core.checkins.start({ withAppreciations: false, mode: 'together', firstTurn: 'a' });
  return c;
}

/**
 * Plans of every kind, made today: a conflict request brought to the check-in and one kept private, a forgiveness
 * commitment brought, an aftermath both finished (each with "next time") and one only Sam has finished.
 */
async function plans(v: Vault) {
  const r = v.core.reflections;
  const tick = () => v.clock.advance(60_000);
  const brought = await r.create({ type: 'conflict', title: 'Phones at dinner', author: 'a', answers: { request: 'Phones in the basket at dinner.', requestToCheckIn: true } });
  tick();
  const kept = await r.create({ type: 'conflict', title: 'My own', author: 'b', answers: { request: 'A private request.' } });
  tick();
  const committed = await r.create({
    type: 'forgiveness',
    title: 'The birthday',
    author: 'b',
    answers: { commitment: 'I forgive the birthday.', commitmentOn: '2026-03-01', commitmentToCheckIn: true },
  });
  tick();
  const keys = await r.create({ type: 'aftermath', title: 'The car keys' });
  await r.saveSide({ id: keys.id, partner: 'a', expectedVersion: 1, done: true, side: { iCanDo: 'Pause before answering.' } });
  await r.saveSide({ id: keys.id, partner: 'b', expectedVersion: 1, done: true, side: { iCanDo: 'Leave the keys on the hook.' } });
  tick();
  const half = await r.create({ type: 'aftermath', title: 'Half written' });
  await r.saveSide({ id: half.id, partner: 'a', expectedVersion: 1, done: true, side: { iCanDo: 'An unfinished plan.' } });
  return { brought: brought.id, kept: kept.id, committed: committed.id, keys: keys.id, half: half.id };
}

describe('a check-in follows through on the plans made since the one before', () => {
  it('brings up what was shared or chosen to bring, never a private request or an unfinished side', async () => {
    const v = await newVault();
    const old = await v.core.reflections.create({ type: 'conflict', title: 'Long ago', author: 'a', answers: { request: 'An old plan.', requestToCheckIn: true } });
    v.clock.advance(9 * 7 * DAY); // older than the first check-in looks back
    const ids = await plans(v);
    const c = await checkInNow(v);
    expect(c.followUps.map((f) => [f.title, f.partner, f.reflectionType, f.plan, f.outcome])).toEqual([
      ['Phones at dinner', 'a', 'conflict', 'Phones in the basket at dinner.', null],
      ['The birthday', 'b', 'forgiveness', 'I forgive the birthday.', null],
      ['The car keys', 'a', 'aftermath', 'Pause before answering.', null],
      ['The car keys', 'b', 'aftermath', 'Leave the keys on the hook.', null],
    ]);
    const all = JSON.stringify(c);
    for (const secret of ['A private request.', 'An unfinished plan.', 'An old plan.']) expect(all).not.toContain(secret);
    expect(ids.kept).not.toBe(old.id);

    // The writer takes the request back: it leaves the open check-in at once.
    const mine = await v.core.reflections.get({ id: ids.brought });
    if (mine.type !== 'conflict') throw new Error('a conflict reflection');
    await v.core.reflections.update({ type: 'conflict', id: mine.id, expectedVersion: 1, title: mine.title, author: 'a', answers: { ...mine.answers, requestToCheckIn: false } });
    expect((await v.core.checkins.get({ id: c.id })).followUps.map((f) => f.title)).not.toContain('Phones at dinner');
  });

  it('asks gently how each went; "not yet" comes up again next time, an answered or unanswered one does not', async () => {
    const v = await newVault();
    const ids = await plans(v);
    const first = await checkInNow(v);
    const answered = await v.core.checkins.followUp({ id: first.id, reflectionId: ids.keys, partner: 'a', outcome: 'went_well', note: 'I paused twice.' });
    expect(answered.followUps.find((f) => f.partner === 'a' && f.reflectionId === ids.keys)).toMatchObject({ outcome: 'went_well', note: 'I paused twice.' });
    await v.core.checkins.followUp({ id: first.id, reflectionId: ids.keys, partner: 'b', outcome: 'not_yet' });
    await v.core.checkins.followUp({ id: first.id, reflectionId: ids.committed, partner: 'b', outcome: 'partly', note: 'Some days.' });
    // An answer can be taken back while the check-in is open.
    const back = await v.core.checkins.followUp({ id: first.id, reflectionId: ids.committed, partner: 'b', outcome: null });
    expect(back.followUps.find((f) => f.reflectionId === ids.committed)).toMatchObject({ outcome: null, note: '' });
    await v.core.checkins.finish({ id: first.id });

    // Finished, it stays in the history as it was.
    await expectCode(v.core.checkins.followUp({ id: first.id, reflectionId: ids.keys, partner: 'b', outcome: 'went_well' }), 'CONFLICT');
    expect((await v.core.checkins.get({ id: first.id })).followUps.find((f) => f.partner === 'b' && f.reflectionId === ids.keys)?.outcome).toBe('not_yet');

    v.clock.advance(7 * DAY);
    const fresh = await v.core.reflections.create({ type: 'conflict', title: 'Towels', author: 'b', answers: { request: 'Hang them up.', requestToCheckIn: true } });
    const next = await checkInNow(v);
    expect(next.followUps.map((f) => [f.reflectionId, f.partner])).toEqual([
      [ids.keys, 'b'],
      [fresh.id, 'b'],
    ]);
    expect(next.followUps[0]).toMatchObject({ plan: 'Leave the keys on the hook.', outcome: null, note: '' });
  });

  it('refuses a plan the check-in did not bring up, a stranger’s check-in and a malformed answer, changing nothing', async () => {
    const v = await newVault();
    const ids = await plans(v);
    const c = await checkInNow(v);
    await expectCode(v.core.checkins.followUp({ id: c.id, reflectionId: ids.kept, partner: 'b', outcome: 'went_well' }), 'NOT_FOUND');
    await expectCode(v.core.checkins.followUp({ id: c.id, reflectionId: ids.half, partner: 'a', outcome: 'went_well' }), 'NOT_FOUND');
    await expectCode(v.core.checkins.followUp({ id: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', reflectionId: ids.keys, partner: 'a', outcome: 'went_well' }), 'NOT_FOUND');
    const d = dispatcherFor(v);
    for (const bad of [
      { id: c.id, reflectionId: ids.keys, partner: 'a', outcome: 'brilliantly' },
      { id: c.id, reflectionId: ids.keys, partner: 'c', outcome: 'went_well' },
      { id: c.id, reflectionId: 'not-an-id', partner: 'a', outcome: 'went_well' },
      { id: c.id, reflectionId: ids.keys, partner: 'a', outcome: 'went_well', note: 'x'.repeat(200_001) },
      { id: c.id, reflectionId: ids.keys, partner: 'a', outcome: 'went_well', note: 'a\u0000b' },
      { id: c.id, reflectionId: ids.keys, partner: 'a', outcome: 'went_well', extra: true },
    ]) {
      const result = await d.dispatch('hearth:checkins.followUp', [bad]);
      expect(result, JSON.stringify(bad).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect((await v.core.checkins.get({ id: c.id })).followUps.every((f) => f.outcome === null && f.note === '')).toBe(true);
  });
});

describe('a reflection begun from a check-in', () => {
  it('is linked both ways; setting the check-in aside keeps the reflection, unlinked', async () => {
    const v = await newVault();
    const c = await checkInNow(v);
    const conflict = await v.core.reflections.create({ type: 'conflict', title: 'The distance this week', author: 'a', checkinId: c.id });
    v.clock.advance(60_000);
    const aftermath = await v.core.reflections.create({ type: 'aftermath', title: 'Sunday’s argument', checkinId: c.id });
    expect(conflict.checkinId).toBe(c.id);
    expect((await v.core.checkins.get({ id: c.id })).begun).toEqual([
      { id: conflict.id, type: 'conflict', title: 'The distance this week', status: 'draft' },
      { id: aftermath.id, type: 'aftermath', title: 'Sunday’s argument', status: 'draft' },
    ]);
    await expectCode(v.core.reflections.create({ type: 'conflict', title: 'Nowhere', author: 'a', checkinId: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' }), 'NOT_FOUND');
    const forgiveness = await dispatcherFor(v).dispatch('hearth:reflections.create', [{ type: 'forgiveness', title: 'Not from a check-in', author: 'a', checkinId: c.id }]);
    expect(forgiveness).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    await v.core.checkins.discard({ id: c.id });
    expect(await v.core.reflections.get({ id: conflict.id })).toMatchObject({ checkinId: null, title: 'The distance this week' });
    expect((await v.core.reflections.list({})).items).toHaveLength(2);
  });
});

describe('the therapy export of a check-in that followed through', () => {
  it('prints each plan with how it went, and the reflections begun from it; a document about one partner has only theirs', async () => {
    const v = await newVault();
    const ids = await plans(v);
    const c = await checkInNow(v);
    await v.core.checkins.followUp({ id: c.id, reflectionId: ids.keys, partner: 'a', outcome: 'went_well', note: 'I paused twice.' });
    await v.core.checkins.followUp({ id: c.id, reflectionId: ids.committed, partner: 'b', outcome: 'not_yet' });
    await v.core.reflections.create({ type: 'aftermath', title: 'The holiday question', checkinId: c.id });
    await v.core.checkins.finish({ id: c.id });

    const markdown = async (who: 'both' | 'a') => {
      const path = join(tempDir('hearth-follow-'), 'for-therapy.md');
      v.platform.nextSavePath = path;
      await v.core.therapyExport.save({ selection: { kinds: ['checkin'], who }, format: 'markdown', includeNames: true });
      return readFileSync(path, 'utf8');
    };
    const both = await markdown('both');
    expect(both).toContain('Since last time: the plans and how they went');
    expect(both).toContain('Sam would try (“The car keys”): Pause before answering. — It went well: I paused twice.');
    expect(both).toContain('Alex committed (“The birthday”): I forgive the birthday. — Not yet.');
    expect(both).toContain('Sam asked (“Phones at dinner”): Phones in the basket at dinner. — not talked about.');
    expect(both).toContain('Reflections begun from this check-in');
    expect(both).toContain('The holiday question');
    const samOnly = await markdown('a');
    expect(samOnly).toContain('Pause before answering.');
    expect(samOnly).not.toContain('I forgive the birthday.');
    expect(samOnly).not.toContain('The holiday question');
  });
});
