import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { BARRIERS, HORSEMEN, suggestSoftStartup, type AftermathReflection, type ConflictAnswers, type ForgivenessReflection, type NewReflectionInput, type Reflection } from '../../src/shared/reflections';
import { FEELING_WORDS, FEELINGS, NEED_WORDS } from '../../src/shared/feelings';
import type { NewEventInput } from '../../src/shared/timeline';
import { dispatcherFor, expectCode, filesContaining, newVault, PASSPHRASE } from './helpers';

const DAY_MS = 86_400_000;

const conflictAnswers = (over: Partial<ConflictAnswers> = {}) => ({
  observation: 'When you checked your phone while I was telling you about the interview.',
  feelings: [
    { feeling: 'hurt' as const, intensity: 4 },
    { feeling: 'lonely' as const, intensity: 2 },
  ],
  needs: ['closeness' as const, 'understanding' as const],
  story: 'I told myself that my day did not matter.',
  myPart: 'I started talking while you were still reading a message.',
  horsemen: ['criticism' as const],
  barriers: ['past_wounds' as const],
  request: 'Could we put our phones in the drawer during dinner?',
  compromise: 'I can wait until you have finished what you are reading.',
  ...over,
});

const conflict = (over: Partial<Extract<NewReflectionInput, { type: 'conflict' }>> = {}): NewReflectionInput => ({
  type: 'conflict',
  title: 'The phone at dinner',
  author: 'a',
  answers: conflictAnswers(),
  ...over,
});

const event = (over: Partial<NewEventInput> = {}): NewEventInput => ({
  kind: 'hard_moment',
  title: 'Dinner went quiet',
  startDate: '2026-11-20',
  author: 'both',
  ...over,
});

async function vault() {
  const v = await newVault();
  return { ...v, r: v.core.reflections, d: dispatcherFor(v) };
}

const unlock = (v: Awaited<ReturnType<typeof vault>>) => v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });

/** Every id the list gives, walking its keyset pages to the end. */
async function everyPage(v: Awaited<ReturnType<typeof vault>>, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let after = null;
  do {
    const page = await v.r.list({ after, limit });
    seen.push(...page.items.map((i) => i.id));
    after = page.next;
  } while (after);
  return seen;
}

function asAftermath(r: Reflection): AftermathReflection {
  if (r.type !== 'aftermath') throw new Error(`expected an aftermath, got ${r.type}`);
  return r;
}

function asForgiveness(r: Reflection): ForgivenessReflection {
  if (r.type !== 'forgiveness') throw new Error(`expected a forgiveness reflection, got ${r.type}`);
  return r;
}

describe('the soft start-up builder', () => {
  it('puts the strongest feeling first and reads as one kind sentence', () => {
    expect(suggestSoftStartup([{ feeling: 'hurt', intensity: 3 }], 'When you checked your phone at dinner.', ['closeness'])).toBe(
      'I feel hurt about what happened when you checked your phone at dinner, and I need closeness.',
    );
    expect(
      suggestSoftStartup(
        [
          { feeling: 'lonely', intensity: 2 },
          { feeling: 'hurt', intensity: 5 },
        ],
        'the dishes were left overnight',
        ['rest', 'fairness'],
      ),
    ).toBe('I feel hurt and lonely about the dishes were left overnight, and I need rest and fairness.');
    expect(
      suggestSoftStartup(
        [
          { feeling: 'worried', intensity: 3 },
          { feeling: 'tired', intensity: 3 },
          { feeling: 'anxious', intensity: 4 },
        ],
        'Sam booked the trip without asking!',
        ['partnership'],
        'to plan it together ',
      ),
    ).toBe('I feel anxious, worried and tired about Sam booked the trip without asking, and I need partnership and to plan it together.');
  });

  it('still makes a kind sentence with no feelings, no situation or no needs', () => {
    expect(suggestSoftStartup([], 'On Friday, when we both went quiet.', ['reassurance'])).toBe(
      "I'd like to talk about what happened on Friday, when we both went quiet, and I need reassurance.",
    );
    expect(suggestSoftStartup([{ feeling: 'tense', intensity: 1 }], 'You  left\nthe keys in the door', ['safety'])).toBe(
      'I feel tense about what happened when you left the keys in the door, and I need safety.',
    );
    expect(suggestSoftStartup([], '', [])).toBe("I'd like to talk about what happened, and I would like us to understand each other.");
    expect(suggestSoftStartup([{ feeling: 'sad' }], '   ', [])).toBe('I feel sad about what happened, and I would like us to understand each other.');
    for (const text of [suggestSoftStartup([], '', []), suggestSoftStartup([{ feeling: 'angry', intensity: 5 }], 'x', ['respect'])]) {
      expect(text).not.toMatch(/\byou (always|never)\b|fault|should/i);
      expect(text).toMatch(/^I\b/);
    }
  });

  it('offers Hearth’s own lists: feelings in two groups, universal needs, four horsemen, six barriers', () => {
    expect(FEELING_WORDS.length).toBeGreaterThanOrEqual(40);
    expect(FEELINGS.pleasant.length).toBeGreaterThan(15);
    expect(FEELINGS.unpleasant.length).toBeGreaterThan(15);
    expect(new Set(FEELING_WORDS).size).toBe(FEELING_WORDS.length);
    expect(NEED_WORDS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(NEED_WORDS).size).toBe(NEED_WORDS.length);
    // Judgments of the other person are not feelings; strategies are not needs.
    for (const word of ['betrayed', 'ignored', 'abandoned', 'manipulated', 'unheard']) expect(FEELING_WORDS).not.toContain(word);
    expect(HORSEMEN).toEqual(['criticism', 'contempt', 'defensiveness', 'stonewalling']);
    expect(BARRIERS).toHaveLength(6);
  });
});

describe('conflict reflections', () => {
  it('creates, saves with a version, refuses a stale save with CONFLICT, and keeps the newer words', async () => {
    const { r } = await vault();
    const created = await r.create(conflict());
    expect(created).toMatchObject({ type: 'conflict', author: 'a', status: 'draft', version: 1, forTherapy: false, eventId: null, completedAt: null });
    if (created.type !== 'conflict') throw new Error('type');
    expect(created.answers.feelings).toEqual([
      { feeling: 'hurt', intensity: 4 },
      { feeling: 'lonely', intensity: 2 },
    ]);
    expect(created.answers.softStartup).toBe('');
    expect(await r.get({ id: created.id })).toEqual(created);

    const softStartup = suggestSoftStartup(created.answers.feelings, created.answers.observation, created.answers.needs);
    const saved = await r.update({ type: 'conflict', id: created.id, expectedVersion: 1, title: 'Phones at dinner', author: 'a', answers: conflictAnswers({ softStartup }) });
    expect(saved).toMatchObject({ version: 2, title: 'Phones at dinner', answers: { softStartup } });
    await expectCode(
      r.update({ type: 'conflict', id: created.id, expectedVersion: 1, title: 'From another window', author: 'a', answers: conflictAnswers({ story: 'overwritten' }) }),
      'CONFLICT',
    );
    expect(await r.get({ id: created.id })).toMatchObject({ title: 'Phones at dinner', version: 2, answers: { story: 'I told myself that my day did not matter.' } });
    await expectCode(r.update({ type: 'forgiveness', id: created.id, expectedVersion: 2, title: 'x', author: 'a', answers: {} }), 'VALIDATION');
  });

  it('starts with nothing but a title and an author; every answer may be skipped', async () => {
    const { r } = await vault();
    const bare = await r.create({ type: 'conflict', title: 'Just a title', author: 'b' });
    expect(bare).toMatchObject({ author: 'b', answers: { observation: '', feelings: [], needs: [], horsemen: [], barriers: [], needsOther: '' } });
  });

  it('keeps the form’s draft through a lock, and discards it when the reflection is removed', async () => {
    const v = await vault();
    const created = await v.r.create(conflict());
    await v.core.drafts.save({ key: 'reflection:new', content: JSON.stringify({ title: 'Half a thought' }) });
    await v.core.drafts.save({ key: `reflection:${created.id}`, content: JSON.stringify({ story: 'Still writing' }), baseVersion: 1 });
    await v.core.vaults.lock();
    await expectCode(v.r.get({ id: created.id }), 'VAULT_LOCKED');
    await unlock(v);
    expect(await v.core.drafts.get({ key: `reflection:${created.id}` })).toMatchObject({ content: JSON.stringify({ story: 'Still writing' }), baseVersion: 1 });
    expect(JSON.parse((await v.core.drafts.get({ key: 'reflection:new' }))!.content)).toEqual({ title: 'Half a thought' });
    await v.r.remove({ id: created.id });
    expect(await v.core.drafts.get({ key: `reflection:${created.id}` })).toBeNull();
    expect(await v.core.drafts.get({ key: 'reflection:new' })).not.toBeNull();
  });

  it('completes, links the hard moment, resolves with a repair, and shows the links on both timeline events', async () => {
    const v = await vault();
    const { r } = v;
    const hard = await v.core.timeline.create(event());
    const repair = await v.core.timeline.create(event({ kind: 'repair', title: 'Talked it through on the walk', startDate: '2026-11-22' }));
    const created = await r.create(conflict());

    v.clock.advance(60_000);
    const complete = await r.complete({ id: created.id });
    expect(complete).toMatchObject({ status: 'complete', completedAt: '2026-11-26T10:01:00.000Z', resolvedAt: null, version: 1 });

    const linked = await r.linkEvent({ id: created.id, eventId: hard.id });
    expect(linked).toMatchObject({ eventId: hard.id, event: { id: hard.id, title: 'Dinner went quiet', kind: 'hard_moment', startDate: '2026-11-20' } });
    expect((await v.core.timeline.get({ id: hard.id })).reflections).toEqual([
      { id: created.id, type: 'conflict', title: 'The phone at dinner', status: 'complete', link: 'moment' },
    ]);

    v.clock.advance(60_000);
    const resolved = await r.resolve({ id: created.id, repairEventId: repair.id });
    expect(resolved).toMatchObject({ status: 'resolved', repairEventId: repair.id, repairEvent: { title: 'Talked it through on the walk' }, resolvedAt: '2026-11-26T10:02:00.000Z' });
    expect((await v.core.timeline.get({ id: repair.id })).reflections).toEqual([
      { id: created.id, type: 'conflict', title: 'The phone at dinner', status: 'resolved', link: 'repair' },
    ]);
    expect((await v.core.timeline.get({ id: hard.id })).reflections[0]?.status).toBe('resolved');

    const reopened = await r.reopen({ id: created.id });
    expect(reopened).toMatchObject({ status: 'draft', completedAt: null, resolvedAt: null, repairEventId: null, eventId: hard.id });
    expect((await v.core.timeline.get({ id: repair.id })).reflections).toEqual([]);

    // A trashed event is not shown, and cannot be linked; deleting it forever clears the link.
    await v.core.timeline.remove({ id: hard.id });
    expect(await r.get({ id: created.id })).toMatchObject({ eventId: hard.id, event: null });
    await expectCode(r.resolve({ id: created.id, repairEventId: hard.id }), 'CONFLICT');
    await expectCode(r.linkEvent({ id: created.id, eventId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    await v.core.timeline.deleteForever({ id: hard.id });
    expect(await r.get({ id: created.id })).toMatchObject({ eventId: null, event: null, status: 'draft' });

    await r.linkEvent({ id: created.id, eventId: repair.id });
    await r.linkEvent({ id: created.id, eventId: null });
    expect((await r.get({ id: created.id })).eventId).toBeNull();
  });

  it('is found by search (prefix, any answer) until it is removed', async () => {
    const v = await vault();
    const created = await v.r.create(conflict({ title: 'Harbour evening' }));
    const hits = await v.core.search.query({ text: 'interv' });
    expect(hits.groups).toEqual([{ kind: 'reflection', hits: [expect.objectContaining({ id: created.id, date: '2026-11-26' })] }]);
    expect((await v.core.search.query({ text: 'harb' })).groups[0]?.hits[0]?.title).toEqual([
      { text: 'Harbour', match: true },
      { text: ' evening', match: false },
    ]);
    expect((await v.core.search.query({ text: 'drawer dinner' })).total).toBe(1);
    expect((await v.core.search.query({ text: 'lonely' })).total).toBe(1);
    await v.r.update({ type: 'conflict', id: created.id, expectedVersion: 1, title: 'Harbour evening', author: 'a', answers: conflictAnswers({ observation: 'We missed the ferry.' }) });
    expect((await v.core.search.query({ text: 'interv' })).total).toBe(0);
    expect((await v.core.search.query({ text: 'ferry' })).total).toBe(1);
    await v.r.remove({ id: created.id });
    expect((await v.core.search.query({ text: 'ferry' })).total).toBe(0);
    expect((await v.core.search.query({ text: 'harb' })).total).toBe(0);
    await expectCode(v.r.get({ id: created.id }), 'NOT_FOUND');
    await expectCode(v.r.remove({ id: created.id }), 'NOT_FOUND');
  });

  it('remembers which reflections are chosen for the therapy export', async () => {
    const { r } = await vault();
    const one = await r.create(conflict({ forTherapy: true }));
    const two = await r.create(conflict({ title: 'Another' }));
    expect(one.forTherapy).toBe(true);
    expect((await r.setForTherapy({ id: two.id, forTherapy: true })).forTherapy).toBe(true);
    expect((await r.setForTherapy({ id: one.id, forTherapy: false })).version).toBe(1);
    expect((await r.list({ filter: { forTherapy: true } })).items.map((i) => i.id)).toEqual([two.id]);
  });
});

describe('listing reflections', () => {
  it('filters by type, partner, status and date, newest change first, in keyset pages', async () => {
    const v = await vault();
    const { r } = v;
    const a1 = await r.create(conflict({ title: 'A1 conflict', author: 'a' }));
    v.clock.advance(3 * DAY_MS);
    const b1 = await r.create({ type: 'forgiveness', title: 'B1 forgiveness', author: 'b' });
    v.clock.advance(3 * DAY_MS);
    const both = await r.create({ type: 'aftermath', title: 'Both aftermath' });
    v.clock.advance(3 * DAY_MS);
    const b2 = await r.create(conflict({ title: 'B2 conflict', author: 'b' }));
    await r.complete({ id: b2.id });
    const titles = async (filter: object) => (await r.list({ filter })).items.map((i) => i.title);

    expect(await titles({})).toEqual(['B2 conflict', 'Both aftermath', 'B1 forgiveness', 'A1 conflict']);
    expect(await titles({ types: ['conflict'] })).toEqual(['B2 conflict', 'A1 conflict']);
    expect(await titles({ types: ['aftermath', 'forgiveness'] })).toEqual(['Both aftermath', 'B1 forgiveness']);
    expect(await titles({ partner: 'a' })).toEqual(['Both aftermath', 'A1 conflict']);
    expect(await titles({ partner: 'b', types: ['conflict'] })).toEqual(['B2 conflict']);
    expect(await titles({ statuses: ['complete'] })).toEqual(['B2 conflict']);
    expect(await titles({ statuses: ['draft'], partner: 'b' })).toEqual(['Both aftermath', 'B1 forgiveness']);
    expect(await titles({ from: '2026-11-29', to: '2026-12-02' })).toEqual(['Both aftermath', 'B1 forgiveness']);
    expect(await titles({ to: '2026-11-26' })).toEqual(['A1 conflict']);

    // Working on an old reflection brings it to the top, and into a later date range.
    v.clock.advance(DAY_MS);
    await r.update({ type: 'conflict', id: a1.id, expectedVersion: 1, title: 'A1 conflict', author: 'a', answers: conflictAnswers() });
    expect(await titles({ from: '2026-12-06' })).toEqual(['A1 conflict']);
    const summary = (await r.list({ filter: { types: ['aftermath', 'forgiveness'] } })).items;
    expect(summary.find((s) => s.id === both.id)).toMatchObject({ author: 'both', sidesDone: { a: false, b: false }, decision: null });
    expect(summary.find((s) => s.id === b1.id)).toMatchObject({ author: 'b', sidesDone: null, decision: null });

    expect(await everyPage(v, 3)).toEqual([a1.id, b2.id, both.id, b1.id]);
  });

  it('pages without gaps or repeats when many share the same moment', async () => {
    const v = await vault();
    const { r } = v;
    const ids = new Set<string>();
    for (let i = 0; i < 11; i++) ids.add((await r.create(conflict({ title: `Same moment ${i}` }))).id);
    const seen = await everyPage(v, 4);
    expect(seen).toHaveLength(11);
    expect(new Set(seen)).toEqual(ids);
  });
});

describe('aftermath of a regrettable incident', () => {
  it('lets each partner save only their own side, and shows both when both are done', async () => {
    const v = await vault();
    const { r } = v;
    const created = asAftermath(await r.create({ type: 'aftermath', title: 'The car park' }));
    expect(created).toMatchObject({ author: 'both', bothDone: false, sides: { a: { done: false, version: 1, updatedAt: null }, b: { done: false, version: 1 } } });

    // Both open the form at side version 1; neither save conflicts with the other.
    const a1 = asAftermath(
      await r.saveSide({
        id: created.id,
        partner: 'a',
        expectedVersion: 1,
        side: { feelings: [{ feeling: 'embarrassed', intensity: 4 }], myReality: 'I felt rushed and everyone was watching.', regret: 'Raising my voice.' },
      }),
    );
    expect(a1.sides.a).toMatchObject({ version: 2, done: false, answers: { myReality: 'I felt rushed and everyone was watching.' } });
    const b1 = asAftermath(
      await r.saveSide({
        id: created.id,
        partner: 'b',
        expectedVersion: 1,
        side: { myReality: 'I thought we had agreed to leave at six.', listenerSummary: 'You felt rushed and watched.', validation: 'That makes sense: it was loud.' },
        done: true,
      }),
    );
    expect(b1.sides.a.answers).toEqual(a1.sides.a.answers);
    expect(b1.sides.a.version).toBe(2);
    expect(b1.sides.b).toMatchObject({ done: true, version: 2, answers: { listenerSummary: 'You felt rushed and watched.' } });
    expect(b1.bothDone).toBe(false);
    await expectCode(r.complete({ id: created.id }), 'CONFLICT');

    // A stale save of one side is refused and changes nothing.
    await expectCode(r.saveSide({ id: created.id, partner: 'a', expectedVersion: 1, side: { myReality: 'stale' } }), 'CONFLICT');
    expect(asAftermath(await r.get({ id: created.id })).sides.a.answers.myReality).toBe('I felt rushed and everyone was watching.');

    const a2 = asAftermath(
      await r.saveSide({
        id: created.id,
        partner: 'a',
        expectedVersion: 2,
        side: { ...a1.sides.a.answers, acceptance: 'still_need', stillNeeded: 'To hear that it was not all my doing.', iCanDo: 'Say when I am rushed.' },
        done: true,
      }),
    );
    expect(a2.bothDone).toBe(true);
    expect(a2.sides.b).toEqual(b1.sides.b);
    expect(a2.sides.a.answers).toMatchObject({ acceptance: 'still_need', regret: 'Raising my voice.', feelings: [{ feeling: 'embarrassed', intensity: 4 }] });
    expect((await r.list({})).items[0]).toMatchObject({ sidesDone: { a: true, b: true } });

    // Saving again without `done` keeps it; a side can be reopened by its writer.
    const a3 = asAftermath(await r.saveSide({ id: created.id, partner: 'a', expectedVersion: 3, side: a2.sides.a.answers }));
    expect(a3.bothDone).toBe(true);
    expect(await r.complete({ id: created.id })).toMatchObject({ status: 'complete' });
    const a4 = asAftermath(await r.saveSide({ id: created.id, partner: 'a', expectedVersion: 4, side: a2.sides.a.answers, done: false }));
    expect(a4.bothDone).toBe(false);

    // Until both are done again, neither side's words are in the search index (the other partner could find them).
    expect((await v.core.search.query({ text: 'rushed' })).total).toBe(0);
    expect((await v.core.search.query({ text: 'agreed six' })).total).toBe(0);
    await r.saveSide({ id: created.id, partner: 'a', expectedVersion: 5, side: a2.sides.a.answers, done: true });
    expect((await v.core.search.query({ text: 'rushed' })).total).toBe(1);
    expect((await v.core.search.query({ text: 'agreed six' })).total).toBe(1);
    const renamed = await r.update({ type: 'aftermath', id: created.id, expectedVersion: 1, title: 'After the car park' });
    expect(renamed).toMatchObject({ title: 'After the car park', version: 2 });
    await expectCode(r.saveSide({ id: (await r.create(conflict())).id, partner: 'a', expectedVersion: 1, side: {} }), 'VALIDATION');
  });

  it('keeps each side’s draft apart and discards both with the reflection', async () => {
    const v = await vault();
    const created = await v.r.create({ type: 'aftermath', title: 'Late again' });
    for (const p of ['a', 'b']) await v.core.drafts.save({ key: `reflection:${created.id}-${p}`, content: `{"p":"${p}"}`, baseVersion: 1 });
    await v.core.vaults.lock();
    await unlock(v);
    expect((await v.core.drafts.list()).map((d) => d.key).sort()).toEqual([`reflection:${created.id}-a`, `reflection:${created.id}-b`]);
    await v.r.remove({ id: created.id });
    expect(await v.core.drafts.list()).toEqual([]);
  });
});

describe('forgiveness reflections', () => {
  it('adds dated check-backs over weeks and remembers when it is hard to move past', async () => {
    const v = await vault();
    const { r } = v;
    const hard = await v.core.timeline.create(event({ title: 'The forgotten birthday' }));
    const created = asForgiveness(
      await r.create({
        type: 'forgiveness',
        title: 'My birthday',
        author: 'b',
        eventId: hard.id,
        answers: {
          hurt: 'The day passed and nobody said a word.',
          otherSideImagined: 'Overwhelmed by the move, and ashamed afterwards.',
          forgivingDoesNotMean: 'Pretending it did not matter.',
          decision: 'not_yet',
        },
      }),
    );
    expect(created).toMatchObject({ author: 'b', checkBacks: [], event: { title: 'The forgotten birthday' }, answers: { decision: 'not_yet', hardToMovePast: false, holdOn: '' } });

    v.clock.advance(7 * DAY_MS);
    const week1 = asForgiveness(await r.addCheckBack({ id: created.id, decision: 'working_on_it', note: 'We talked on Sunday.' }));
    expect(week1.checkBacks).toEqual([{ date: '2026-12-03', decision: 'working_on_it', note: 'We talked on Sunday.', savedAt: '2026-12-03T10:00:00.000Z' }]);
    expect(week1).toMatchObject({ version: 2, answers: { decision: 'working_on_it', hurt: 'The day passed and nobody said a word.' } });

    // The form was opened before the check-back: its save is stale.
    await expectCode(r.update({ type: 'forgiveness', id: created.id, expectedVersion: 1, title: 'My birthday', author: 'b', answers: {} }), 'CONFLICT');
    const hardToMovePast = asForgiveness(
      await r.update({ type: 'forgiveness', id: created.id, expectedVersion: 2, title: 'My birthday', author: 'b', answers: { ...week1.answers, hardToMovePast: true } }),
    );
    expect(hardToMovePast.answers.hardToMovePast).toBe(true);

    v.clock.advance(14 * DAY_MS);
    await r.addCheckBack({ id: created.id, decision: 'forgiven', note: 'It feels lighter.' });
    await r.addCheckBack({ id: created.id, decision: 'released', date: '2026-12-18', note: 'Written down late.' });
    await v.core.vaults.lock();
    await unlock(v);
    const later = asForgiveness(await r.get({ id: created.id }));
    expect(later.checkBacks.map((c) => [c.date, c.decision])).toEqual([
      ['2026-12-03', 'working_on_it'],
      ['2026-12-17', 'forgiven'],
      ['2026-12-18', 'released'],
    ]);
    expect(later.answers).toMatchObject({ decision: 'released', hardToMovePast: true, otherSideImagined: 'Overwhelmed by the move, and ashamed afterwards.' });
    expect((await r.list({})).items[0]).toMatchObject({ decision: 'released', sidesDone: null });
    expect((await v.core.search.query({ text: 'lighter' })).total).toBe(1);
    expect((await v.core.timeline.get({ id: hard.id })).reflections).toMatchObject([{ type: 'forgiveness', title: 'My birthday', link: 'moment' }]);

    await expectCode(r.addCheckBack({ id: (await r.create(conflict())).id, decision: 'forgiven' }), 'VALIDATION');
    expect(await r.resolve({ id: created.id })).toMatchObject({ status: 'resolved', repairEventId: null, completedAt: '2026-12-17T10:00:00.000Z' });
  });
});

describe('the story I told myself, checked as a thought record', () => {
  it('keeps how strongly it was believed before and after, what fits, what does not and a kinder version; unrated stays null', async () => {
    const v = await vault();
    const created = await v.r.create(conflict());
    expect(created).toMatchObject({ answers: { storyBelief: null, storyBeliefAfter: null, storyFor: '', storyAgainst: '', storyKinder: '' } });
    const answers = conflictAnswers({
      storyBelief: 85,
      storyFor: 'You kept scrolling while I talked.',
      storyAgainst: 'You asked about the interview again the next morning.',
      storyKinder: 'You were worried about your sister’s message, and my day still mattered to you.',
      storyBeliefAfter: 30,
    });
    await v.r.update({ type: 'conflict', id: created.id, expectedVersion: 1, title: 'The phone at dinner', author: 'a', answers });
    await v.core.vaults.lock();
    await unlock(v);
    const read = await v.r.get({ id: created.id });
    expect(read).toMatchObject({ version: 2, answers: { storyBelief: 85, storyBeliefAfter: 30, storyKinder: answers.storyKinder } });
    // The evidence is searchable like every other answer; the numbers are not words.
    expect((await v.core.search.query({ text: 'sister' })).total).toBe(1);
    expect((await v.core.search.query({ text: '85' })).total).toBe(0);
  });
});

describe('forgiveness with every step of REACH, of someone else or of myself', () => {
  it('keeps a time I was forgiven and a dated commitment; forgiving myself keeps what I can do to make it right', async () => {
    const v = await vault();
    const other = asForgiveness(await v.r.create({ type: 'forgiveness', title: 'The birthday', author: 'b', answers: { hurt: 'Nobody remembered.' } }));
    expect(other.answers).toMatchObject({ toward: 'someone', forgivenTime: '', commitment: '', commitmentOn: null, amends: '' });

    const answers = {
      toward: 'myself' as const,
      hurt: 'I shouted at you in the car park.',
      otherSideImagined: 'I was frightened about the money and had not slept.',
      amends: 'Say sorry properly, and tell you when I am at the end of my rope.',
      forgivenTime: 'My brother forgave me for breaking his bicycle, and we laughed about it later.',
      commitment: 'I forgive myself for the car park. I will carry what I learned, not the blame.',
      commitmentOn: '2026-11-29',
    };
    const self = asForgiveness(await v.r.create({ type: 'forgiveness', title: 'The car park', author: 'a', answers }));
    expect(self.answers).toMatchObject(answers);
    await v.core.vaults.lock();
    await unlock(v);
    expect(asForgiveness(await v.r.get({ id: self.id })).answers).toMatchObject(answers);
    // A check-back moves the decision and keeps every other answer.
    const later = asForgiveness(await v.r.addCheckBack({ id: self.id, decision: 'working_on_it', date: '2026-12-01' }));
    expect(later.answers).toMatchObject({ ...answers, decision: 'working_on_it' });
    expect((await v.core.search.query({ text: 'bicycle' })).total).toBe(1);
    expect((await v.core.search.query({ text: 'myself' })).total).toBe(1); // the commitment's words, not the choice
    expect((await v.core.search.query({ text: 'someone' })).total).toBe(0);
  });
});

describe('refusing malformed input', () => {
  it('answers VALIDATION and writes nothing', async () => {
    const v = await vault();
    const cases: [string, unknown][] = [
      ['wrong type', { ...conflict(), type: 'rant' }],
      ['no type', { title: 'x', author: 'a' }],
      ['no author', { type: 'conflict', title: 'x' }],
      ['empty title', conflict({ title: '  ' })],
      ['huge title', conflict({ title: 'x'.repeat(201) })],
      ['huge answer', conflict({ answers: conflictAnswers({ observation: 'x'.repeat(200_001) }) })],
      ['huge needsOther', conflict({ answers: conflictAnswers({ needsOther: 'x'.repeat(501) }) })],
      ['feeling not in the list', conflict({ answers: { feelings: [{ feeling: 'betrayed', intensity: 3 }] } as never })],
      ['intensity 9', conflict({ answers: { feelings: [{ feeling: 'hurt', intensity: 9 }] } })],
      ['intensity 0', conflict({ answers: { feelings: [{ feeling: 'hurt', intensity: 0 }] } })],
      ['same feeling twice', conflict({ answers: { feelings: [{ feeling: 'hurt' }, { feeling: 'hurt' }] } })],
      ['unknown horseman', conflict({ answers: { horsemen: ['sarcasm'] } as never })],
      ['unknown barrier', conflict({ answers: { barriers: ['money'] } as never })],
      ['need that is a strategy', conflict({ answers: { needs: ['an apology'] } as never })],
      ['unknown answer field', conflict({ answers: { verdict: 'your fault' } as never })],
      ['answers on an aftermath', { type: 'aftermath', title: 'x', answers: {} }],
      ['forgiveness decision', { type: 'forgiveness', title: 'x', author: 'b', answers: { decision: 'never' } }],
      ['hard to move past not a flag', { type: 'forgiveness', title: 'x', author: 'b', answers: { hardToMovePast: 'yes' } }],
      ['broken text', conflict({ answers: conflictAnswers({ story: 'a\uD800b' }) })],
      ['belief over 100', conflict({ answers: conflictAnswers({ storyBelief: 101 }) })],
      ['belief below 0', conflict({ answers: conflictAnswers({ storyBeliefAfter: -5 }) })],
      ['belief not whole', conflict({ answers: conflictAnswers({ storyBelief: 42.5 }) })],
      ['belief as words', conflict({ answers: { storyBelief: 'very' } as never })],
      ['huge kinder story', conflict({ answers: conflictAnswers({ storyKinder: 'x'.repeat(200_001) }) })],
      ['forgiving nobody', { type: 'forgiveness', title: 'x', author: 'b', answers: { toward: 'them' } }],
      ['commitment on no real day', { type: 'forgiveness', title: 'x', author: 'b', answers: { commitment: 'I forgive.', commitmentOn: '2026-02-30' } }],
      ['commitment on a time', { type: 'forgiveness', title: 'x', author: 'b', answers: { commitmentOn: '2026-12-06T10:00:00Z' } }],
      ['event id not an id', conflict({ eventId: 'abc' })],
    ];
    for (const [name, input] of cases) {
      const result = await v.d.dispatch('hearth:reflections.create', [input]);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect((await v.r.list({})).items).toEqual([]);

    const kept = await v.r.create(conflict());
    const updates: [string, unknown][] = [
      ['intensity 9', { type: 'conflict', id: kept.id, expectedVersion: 1, title: 'x', author: 'a', answers: { feelings: [{ feeling: 'hurt', intensity: 9 }] } }],
      ['no version', { type: 'conflict', id: kept.id, title: 'x', author: 'a', answers: {} }],
      ['huge side', { id: kept.id, partner: 'a', expectedVersion: 1, side: { myReality: 'x'.repeat(200_001) } }],
      ['third partner', { id: kept.id, partner: 'c', expectedVersion: 1, side: {} }],
      ['acceptance', { id: kept.id, partner: 'a', expectedVersion: 1, side: { acceptance: 'maybe' } }],
    ];
    for (const [name, input] of updates) {
      const channel = 'partner' in (input as object) ? 'hearth:reflections.saveSide' : 'hearth:reflections.update';
      expect(await v.d.dispatch(channel, [input]), name).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await v.d.dispatch('hearth:reflections.addCheckBack', [{ id: kept.id, decision: 'forgiven', date: '2026-02-30' }])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await v.r.get({ id: kept.id })).toEqual(kept);
    expect((await v.r.list({})).items).toHaveLength(1);
  });
});

describe('privacy', () => {
  it('keeps a canary sentence written in reflections out of every file in the vault folder and the temp folder', async () => {
    const v = await vault();
    // Made at run time, so the only copies are the ones Hearth writes (the test's own source holds no copy).
    const canary = `Lighthouse ${randomBytes(8).toString('hex')} kept its lamp lit all night`;
    const c = await v.r.create(conflict({ answers: conflictAnswers({ story: canary }) }));
    const after = await v.r.create({ type: 'aftermath', title: 'Aftermath' });
    // Both sides finished, so the canary is in the search index too.
    await v.r.saveSide({ id: after.id, partner: 'a', expectedVersion: 1, side: {}, done: true });
    await v.r.saveSide({ id: after.id, partner: 'b', expectedVersion: 1, side: { myReality: canary }, done: true });
    const f = await v.r.create({ type: 'forgiveness', title: 'Forgiveness', author: 'a' });
    await v.r.addCheckBack({ id: f.id, decision: 'working_on_it', note: canary });
    await v.core.drafts.save({ key: `reflection:${c.id}`, content: canary, baseVersion: 1 });
    expect((await v.core.search.query({ text: canary.split(' ')[1]! })).total).toBe(3);
    const places = [v.dir, v.dataDir, tmpdir()];
    expect(filesContaining(places, canary)).toEqual([]);
    await v.core.vaults.lock();
    expect(filesContaining(places, canary)).toEqual([]);
  });
});
