import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isoWeek } from '../../src/core/journal/journal-service';
import { JOURNAL_PROMPTS } from '../../src/shared/journal';
import { LOVE_LANGUAGE_IDS, LOVE_LANGUAGE_QUIZ, LOVE_LANGUAGES, scoreLoveLanguageQuiz, type QuizChoice } from '../../src/shared/loveLanguages';
import { specificityHint } from '../../src/shared/appreciations';
import { dispatcherFor, expectCode, filesContaining, newVault, PASSPHRASE } from './helpers';

type Vault = Awaited<ReturnType<typeof newVault>>;

function setTime(v: Vault, iso: string): void {
  v.clock.advance(Date.parse(iso) - v.clock.now().getTime());
}

describe('"I appreciate you because…"', () => {
  it('nudges gently toward the specific, and never rejects', () => {
    for (const vague of ["you're nice", 'You are so great!', 'being you', 'the best', 'kind']) {
      expect(specificityHint(vague), vague).toMatchObject({ specific: false, nudge: expect.stringMatching(/moment|time/) });
    }
    expect(specificityHint('you cook well')).toMatchObject({ specific: false });
    expect(specificityHint('you always know how to make me laugh when I am having a bad day')).toEqual({ specific: true, nudge: null });
    expect(specificityHint('I appreciate you because you stayed up with me before my exam')).toEqual({ specific: true, nudge: null });
    expect(specificityHint('   ')).toEqual({ specific: false, nudge: null });
  });

  it('takes turns in a session, says when each has shared three, and finishes either way', async () => {
    const v = await newVault();
    const s = await v.core.appreciations.startSession({ firstTurn: 'a' });
    expect(s).toMatchObject({ finishedAt: null, appreciations: [], readyToFinish: false, checkInId: null, firstTurn: 'a', nextTurn: 'a' });
    // A turn order and "three each, together", never a tally of one partner beside the other.
    expect(Object.keys(s).sort()).toEqual(['appreciations', 'checkInId', 'finishedAt', 'firstTurn', 'id', 'nextTurn', 'readyToFinish', 'startedAt']);
    expect((await v.core.appreciations.add({ sessionId: s.id, from: 'a', text: 'you listened' })).nextTurn).toBe('b');
    await v.core.appreciations.remove({ id: (await v.core.appreciations.session({ sessionId: s.id })).appreciations[0]!.id });
    const lines = {
      a: ['you made soup when I had a cold last week', 'you listened to the whole story about my boss', 'you are nice'],
      b: ['you planned the trip to the coast for my birthday', 'you text me when you land'],
    };
    let latest = s;
    for (let i = 0; i < 3; i++) {
      for (const from of ['a', 'b'] as const) {
        const text = lines[from][i];
        if (text) latest = await v.core.appreciations.add({ sessionId: s.id, from, text });
      }
    }
    // Sam has shared three, Alex two: Alex's turn, and not yet three each.
    expect(latest.nextTurn).toBe('b');
    expect(latest.readyToFinish).toBe(false);
    expect(latest.appreciations.map((x) => x.from)).toEqual(['a', 'b', 'a', 'b', 'a']);
    expect(latest.appreciations.find((x) => x.text === 'you are nice')?.hint.specific).toBe(false);
    latest = await v.core.appreciations.add({ sessionId: s.id, from: 'b', text: 'you held my hand at the hospital in March' });
    expect(latest.readyToFinish).toBe(true);
    const finished = await v.core.appreciations.finish({ sessionId: s.id });
    expect(finished.finishedAt).toBe('2026-11-26T10:00:00.000Z');
    await expectCode(v.core.appreciations.add({ sessionId: s.id, from: 'a', text: 'one more' }), 'CONFLICT');

    // A short session can be finished too: three is encouragement, not a gate.
    const short = await v.core.appreciations.startSession({ firstTurn: 'a' });
    await v.core.appreciations.add({ sessionId: short.id, from: 'a', text: 'you fixed the bike on Saturday' });
    expect((await v.core.appreciations.finish({ sessionId: short.id })).finishedAt).not.toBeNull();
    const removed = await v.core.appreciations.remove({ id: finished.appreciations[2]!.id });
    // Sam now has two to Alex's three: Sam's turn, and no longer three each.
    expect(removed).toMatchObject({ nextTurn: 'a', readyToFinish: false });
    const page = await v.core.appreciations.sessions({ limit: 1 });
    expect(page.items).toHaveLength(1);
    const rest = await v.core.appreciations.sessions({ after: page.next, limit: 5 });
    // Past rounds say how many the two of you shared together, not who shared how many.
    expect([...page.items, ...rest.items].map((x) => x.shared)).toEqual(expect.arrayContaining([5, 1]));
    for (const item of [...page.items, ...rest.items]) expect(Object.keys(item).sort()).toEqual(['finishedAt', 'id', 'shared', 'startedAt']);
    expect(rest.next).toBeNull();
  });

  it('keeps a running collection of what each partner received, newest first', async () => {
    const v = await newVault();
    const s = await v.core.appreciations.startSession({ firstTurn: 'a' });
    await v.core.appreciations.add({ sessionId: s.id, from: 'a', text: 'you walked the dog in the rain so I could rest' });
    v.clock.advance(60_000);
    await v.core.appreciations.add({ sessionId: s.id, from: 'b', text: 'you remembered my sister’s birthday' });
    v.clock.advance(60_000);
    const later = await v.core.appreciations.startSession({ firstTurn: 'a' });
    await v.core.appreciations.add({ sessionId: later.id, from: 'a', text: 'you sang in the car on the way home' });
    expect((await v.core.appreciations.received({ partner: 'b' })).map((x) => x.text)).toEqual([
      'you sang in the car on the way home',
      'you walked the dog in the rain so I could rest',
    ]);
    expect((await v.core.appreciations.received({ partner: 'a' })).map((x) => [x.from, x.text])).toEqual([['b', 'you remembered my sister’s birthday']]);
  });

  it('refuses malformed appreciations with VALIDATION and writes nothing', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    const s = await v.core.appreciations.startSession({ firstTurn: 'a' });
    for (const bad of [{ text: '' }, { text: '   ' }, { text: 'line\nbreak' }, { text: 'x'.repeat(1001) }, { from: 'both' }, { sessionId: 'nope' }]) {
      const result = await d.dispatch('hearth:appreciations.add', [{ sessionId: s.id, from: 'a', text: 'fine', ...bad }]);
      expect(result, JSON.stringify(bad).slice(0, 40)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect((await v.core.appreciations.session({ sessionId: s.id })).appreciations).toEqual([]);
    await expectCode(v.core.appreciations.add({ sessionId: crypto.randomUUID(), from: 'a', text: 'fine' }), 'NOT_FOUND');
  });
});

describe('shared journal', () => {
  it('has two dozen prompts of its own with stable ids, and the couple can add theirs', async () => {
    expect(JOURNAL_PROMPTS.length).toBe(24);
    expect(new Set(JOURNAL_PROMPTS.map((p) => p.id)).size).toBe(24);
    const v = await newVault();
    const own = await v.core.journal.addPrompt({ text: 'What song is ours this year?', by: 'b' });
    const prompts = await v.core.journal.prompts();
    expect(prompts).toHaveLength(25);
    expect(prompts[0]).toEqual({ id: 'fear-together', text: JOURNAL_PROMPTS[0]!.text, builtIn: true, addedBy: null, answeredCount: 0 });
    expect(prompts.at(-1)).toEqual({ ...own, builtIn: false, addedBy: 'b', answeredCount: 0 });
  });

  it('knows ISO weeks, including the 53rd and one that starts in December', () => {
    expect(isoWeek('2026-11-26')).toMatchObject({ label: '2026-W48', monday: '2026-11-23', sunday: '2026-11-29' });
    expect(isoWeek('2027-01-01')).toMatchObject({ label: '2026-W53', monday: '2026-12-28' });
    expect(isoWeek('2024-12-30')).toMatchObject({ label: '2025-W01' });
    expect(isoWeek('2023-01-01')).toMatchObject({ label: '2022-W52' });
  });

  it('picks the same prompt all week, steps past ones answered before, and keeps it once answered this week', async () => {
    const v = await newVault();
    // 2026-W48: (2026 × 53 + 48) mod 24 = 2, the third prompt.
    for (const today of ['2026-11-23', '2026-11-26', '2026-11-29']) {
      expect(await v.core.journal.promptOfTheWeek({ today })).toMatchObject({ week: '2026-W48', prompt: { id: 'first-noticed' }, answeredThisWeek: false });
    }
    expect((await v.core.journal.promptOfTheWeek({ today: '2026-11-30' })).prompt.id).toBe('felt-safe');
    await v.core.journal.write({ author: 'a', promptId: 'first-noticed', body: 'Your laugh, across the room.', date: '2026-11-10' });
    expect((await v.core.journal.promptOfTheWeek({ today: '2026-11-26' })).prompt.id).toBe('felt-safe');
    await v.core.journal.write({ author: 'both', promptId: 'felt-safe', body: 'On the ferry home.', date: '2026-11-24' });
    expect(await v.core.journal.promptOfTheWeek({ today: '2026-11-26' })).toMatchObject({ prompt: { id: 'felt-safe', answeredCount: 1 }, answeredThisWeek: true });
  });

  it('writes, edits with a version check, lists by date in pages, searches and removes entries', async () => {
    const v = await newVault();
    const word = `lanternlight${randomBytes(4).toString('hex')}`;
    const e1 = await v.core.journal.write({ author: 'a', promptId: 'shared-dream', body: `A small house with ${word} in the garden.`, date: '2026-11-20' });
    expect(e1).toMatchObject({ version: 1, promptText: JOURNAL_PROMPTS[1]!.text, author: 'a' });
    const e2 = await v.core.journal.write({ author: 'b', body: 'Saw the first frost today.', date: '2026-11-22' });
    expect(e2.promptId).toBeNull();
    const e3 = await v.core.journal.write({ author: 'both', body: 'Made pancakes together.', date: '2026-11-22' });

    const edited = await v.core.journal.update({ id: e1.id, expectedVersion: 1, author: 'a', promptId: 'shared-dream', body: `A house by the sea, ${word} on the porch.`, date: '2026-11-20' });
    expect(edited.version).toBe(2);
    await expectCode(v.core.journal.update({ id: e1.id, expectedVersion: 1, author: 'a', body: 'Stale', date: '2026-11-20' }), 'CONFLICT');
    expect((await v.core.journal.get({ id: e1.id })).body).toContain('porch');

    const page = await v.core.journal.list({ limit: 2 });
    const ids22 = [e2.id, e3.id].sort().reverse();
    expect(page.items.map((e) => e.id)).toEqual(ids22);
    const rest = await v.core.journal.list({ after: page.next, limit: 2 });
    expect(rest.items.map((e) => e.id)).toEqual([e1.id]);
    expect(rest.next).toBeNull();
    expect((await v.core.journal.list({ from: '2026-11-21', to: '2026-11-21' })).items).toEqual([]);

    const hits = await v.core.search.query({ text: word });
    expect(hits.groups).toEqual([{ kind: 'journal', hits: [expect.objectContaining({ id: e1.id, date: '2026-11-20' })] }]);
    expect((await v.core.search.query({ text: 'garden' })).total).toBe(0);
    await v.core.journal.remove({ id: e1.id });
    expect((await v.core.search.query({ text: word })).total).toBe(0);
    await expectCode(v.core.journal.get({ id: e1.id }), 'NOT_FOUND');
  });

  it('refuses malformed entries with VALIDATION, an unknown prompt with NOT_FOUND, and writes nothing', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    const good = { author: 'a', body: 'Fine words', date: '2026-11-20' };
    for (const bad of [{ body: '' }, { body: '  \n ' }, { date: '2026-02-30' }, { author: 'c' }, { promptId: 'x'.repeat(65) }, { mood: 'happy' }]) {
      const result = await d.dispatch('hearth:journal.write', [{ ...good, ...bad }]);
      expect(result, JSON.stringify(bad).slice(0, 40)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    await expectCode(v.core.journal.write({ author: 'a', body: 'Fine', date: '2026-11-20', promptId: 'no-such-prompt' }), 'NOT_FOUND');
    expect((await v.core.journal.list()).items).toEqual([]);
    expect(await d.dispatch('hearth:journal.addPrompt', [{ text: '', by: 'a' }])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await v.core.journal.prompts()).toHaveLength(24);
  });
});

describe('love languages', () => {
  it('offers each language four times in ten pairs, with ideas for a partner, a friend and family', () => {
    expect(LOVE_LANGUAGE_QUIZ).toHaveLength(10);
    for (const id of LOVE_LANGUAGE_IDS) {
      expect(LOVE_LANGUAGE_QUIZ.filter((p) => p.first.language === id || p.second.language === id), id).toHaveLength(4);
    }
    expect(new Set(LOVE_LANGUAGE_QUIZ.map((p) => [p.first.language, p.second.language].sort().join('+'))).size).toBe(10);
    expect(LOVE_LANGUAGES.map((l) => l.id)).toEqual([...LOVE_LANGUAGE_IDS]);
  });

  it('scores the quiz by hand-counted points, with ties kept stable and flagged', () => {
    const all = (c: QuizChoice) => Array<QuizChoice>(10).fill(c);
    // All first: words in pairs 1–4, acts 5–7, gifts 8–9, time 10.
    expect(scoreLoveLanguageQuiz(all('first'))).toEqual({
      scores: { words: 4, acts: 3, gifts: 2, time: 1, touch: 0 },
      ranked: ['words', 'acts', 'gifts', 'time', 'touch'],
      primary: 'words',
      secondary: 'acts',
      tied: false,
    });
    // All second: acts 1, gifts 2 and 5, time 3, 6 and 8, touch 4, 7, 9 and 10.
    expect(scoreLoveLanguageQuiz(all('second'))).toMatchObject({ scores: { words: 0, acts: 1, gifts: 2, time: 3, touch: 4 }, primary: 'touch', secondary: 'time' });
    const even: QuizChoice[] = ['first', 'first', 'second', 'second', 'first', 'first', 'second', 'first', 'first', 'first'];
    expect(scoreLoveLanguageQuiz(even)).toMatchObject({ scores: { words: 2, acts: 2, gifts: 2, time: 2, touch: 2 }, primary: 'words', secondary: 'acts', tied: true });
    expect(() => scoreLoveLanguageQuiz(['first'])).toThrow(/10 pairs/);
  });

  it('records languages, logs actions, and shows whether each is loved in the language they hear', async () => {
    const v = await newVault();
    expect(await v.core.loveLanguages.get()).toEqual([
      { partner: 'a', primary: null, secondary: null, givesPrimary: null, givesSecondary: null, updatedAt: null },
      { partner: 'b', primary: null, secondary: null, givesPrimary: null, givesSecondary: null, updatedAt: null },
    ]);
    await v.core.loveLanguages.set({ partner: 'a', primary: 'acts', secondary: 'touch' });
    const profiles = await v.core.loveLanguages.set({ partner: 'b', primary: 'time' });
    expect(profiles.map((p) => [p.partner, p.primary, p.secondary])).toEqual([
      ['a', 'acts', 'touch'],
      ['b', 'time', null],
    ]);
    const d = dispatcherFor(v);
    expect(await d.dispatch('hearth:loveLanguages.set', [{ partner: 'a', primary: 'acts', secondary: 'acts' }])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await d.dispatch('hearth:loveLanguages.set', [{ partner: 'a', primary: 'hugs' }])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await d.dispatch('hearth:loveLanguages.logAction', [{ by: 'a', for: 'a', language: 'time', date: '2026-11-20' }])).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect((await v.core.loveLanguages.get())[0]!.secondary).toBe('touch');

    await v.core.loveLanguages.logAction({ by: 'a', for: 'b', language: 'time', note: 'Phone-free dinner', date: '2026-11-02' });
    await v.core.loveLanguages.logAction({ by: 'a', for: 'b', language: 'time', date: '2026-11-09' });
    const words = await v.core.loveLanguages.logAction({ by: 'a', for: 'b', language: 'words', date: '2026-11-10' });
    await v.core.loveLanguages.logAction({ by: 'b', for: 'a', language: 'acts', note: 'Took the car in', date: '2026-11-12' });
    await v.core.loveLanguages.logAction({ by: 'b', for: 'a', language: 'touch', date: '2026-11-20' });
    expect((await v.core.loveLanguages.actions({ from: '2026-11-09', to: '2026-11-12' })).map((x) => x.date)).toEqual(['2026-11-12', '2026-11-10', '2026-11-09']);

    const summary = await v.core.loveLanguages.summary();
    expect(summary).toEqual([
      {
        partner: 'a',
        primary: 'acts',
        secondary: 'touch',
        received: { words: 0, acts: 1, gifts: 0, time: 0, touch: 1 },
        total: 2,
        inTheirLanguages: 2,
        reading: 'Both things done for Sam were in the languages Sam hears (acts of service or physical touch).',
      },
      {
        partner: 'b',
        primary: 'time',
        secondary: null,
        received: { words: 1, acts: 0, gifts: 0, time: 2, touch: 0 },
        total: 3,
        inTheirLanguages: 2,
        reading: '2 of the 3 things done for Alex were in quality time, the language Alex hears.',
      },
    ]);
    await v.core.loveLanguages.removeAction({ id: words.id });
    expect((await v.core.loveLanguages.summary({ from: '2026-11-09' }))[1]).toMatchObject({
      received: { time: 1, words: 0 },
      total: 1,
      inTheirLanguages: 1,
      reading: 'The one thing done for Alex was in quality time, the language Alex hears.',
    });
    expect((await v.core.loveLanguages.summary({ to: '2026-11-01' }))[1]!.reading).toBe('Nothing logged for Alex yet. One small idea in quality time is a lovely place to start.');
    await expectCode(v.core.loveLanguages.removeAction({ id: words.id }), 'NOT_FOUND');
  });
});

describe('privacy', () => {
  it('leaves no copy of a check-in answer, a journal entry or an appreciation in any file beside the vault, before or after lock', async () => {
    const v = await newVault();
    // Made at run time, so the only copies could be ones Hearth wrote.
    const canary = (where: string) => `Canary ${where} ${randomBytes(8).toString('hex')} sang by the window`;
    const [inCheckIn, inJournal, inAppreciation] = [canary('checkin'), canary('journal'), canary('appreciation')];
    const c = await v.core.checkins.start({ withAppreciations: false });
    await v.core.checkins.answer({ id: c.id, partner: 'a', answers: { connection: inCheckIn, closer: '', highlight: '', distance: '' }, rating: 7, hidden: true });
    await v.core.checkins.submit({ id: c.id, partner: 'a' });
    await v.core.checkins.answer({ id: c.id, partner: 'b', answers: { connection: 'Good', closer: '', highlight: '', distance: '' }, rating: 8 });
    await v.core.checkins.submit({ id: c.id, partner: 'b' });
    await v.core.journal.write({ author: 'both', body: inJournal, date: '2026-11-26' });
    const s = await v.core.appreciations.startSession({ firstTurn: 'a' });
    await v.core.appreciations.add({ sessionId: s.id, from: 'b', text: inAppreciation });
    const places = [v.dir, tmpdir()];
    for (const text of [inCheckIn, inJournal, inAppreciation]) expect(filesContaining(places, text)).toEqual([]);
    await v.core.vaults.lock();
    for (const text of [inCheckIn, inJournal, inAppreciation]) expect(filesContaining(places, text)).toEqual([]);
    // And they come back after unlocking.
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect((await v.core.checkins.get({ id: c.id })).sides[0]!.answers?.connection).toBe(inCheckIn);
    expect((await v.core.appreciations.received({ partner: 'a' }))[0]!.text).toBe(inAppreciation);
    setTime(v, '2026-11-27T10:00:00Z');
    expect((await v.core.journal.list()).items[0]!.body).toBe(inJournal);
  });
});
