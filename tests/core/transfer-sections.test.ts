import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/core/transfer/sections';
import { scoreLoveLanguageQuiz, type QuizChoice } from '../../src/shared/loveLanguages';
import { expectCode, newCore, newVault, tempDir, type TestClock } from './helpers';

type Vault = Awaited<ReturnType<typeof newVault>>;

const NEW_SECTIONS = ['reflections', 'appreciations', 'checkins', 'journalPrompts', 'journalEntries', 'loveLanguages', 'loveLanguageActions'];
const MINUTE = 60_000;

async function exportTo(v: Vault): Promise<string> {
  const path = join(tempDir('hearth-export-'), 'export.json');
  v.platform.nextSavePath = path;
  expect(await v.core.transfer.exportAll({})).toEqual({ saved: true, path });
  return path;
}

const normalised = (path: string) => readFileSync(path, 'utf8').replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');

/** An empty vault whose clock reads the same as the source's, so what depends on "now" reads the same. */
const emptyVault = (clock: TestClock) => newVault(newCore({ clock }));

/**
 * A vault with one of every kind, written through the public API: reflections of each type linked to timeline
 * events (with both aftermath sides and a forgiveness check-back), a check-in both answered and one only partner
 * a answered (hidden), appreciation sessions, journal entries with a couple-added prompt, love languages.
 */
async function fullVault() {
  const v = await newVault();
  const { timeline, reflections, checkins, appreciations, journal, loveLanguages } = v.core;
  const tick = () => v.clock.advance(MINUTE);
  await checkins.setCadence({ every: 'weekly', weekday: 4, time: '19:00', timeZone: 'Europe/London', openWithAppreciations: true });

  const hard = await timeline.create({ kind: 'hard_moment', title: 'The argument about the holidays', startDate: '2026-10-01', author: 'both', valence: -2 });
  const repair = await timeline.create({ kind: 'repair', title: 'Talking it through on the walk', startDate: '2026-10-03', author: 'both', valence: 1 });

  tick();
  const conflict = await reflections.create({
    type: 'conflict',
    title: 'Holiday plans',
    author: 'a',
    answers: {
      observation: 'You booked the zeppelinflight without asking me.',
      feelings: [{ feeling: 'hurt', intensity: 4 }],
      needs: ['respect', 'partnership'],
      story: 'I told myself my plans never count.',
      storyBelief: 90,
      storyAgainst: 'You asked about my dates twice.',
      storyKinder: 'You wanted to surprise me with a walrusweekend.',
      storyBeliefAfter: 35,
      request: 'Ask me before booking.',
      requestToCheckIn: true,
    },
    eventId: hard.id,
    forTherapy: true,
  });
  tick();
  await reflections.resolve({ id: conflict.id, repairEventId: repair.id });

  tick();
  const aftermath = await reflections.create({ type: 'aftermath', title: 'After the holiday argument', eventId: hard.id });
  tick();
  await reflections.saveSide({ id: aftermath.id, partner: 'a', side: { myReality: 'I felt marmaladesky and unseen.', feelings: [{ feeling: 'lonely', intensity: 3 }], iCanDo: 'Say it sooner.' }, done: true, expectedVersion: 1 });
  tick();
  await reflections.saveSide({ id: aftermath.id, partner: 'b', side: { myReality: 'I was trying to surprise you.', acceptance: 'accept' }, done: true, expectedVersion: 1 });
  tick();
  await reflections.complete({ id: aftermath.id });

  tick();
  const forgiveness = await reflections.create({ type: 'forgiveness', title: 'The forgotten birthday', author: 'b', answers: { hurt: 'Nobody remembered.', decision: 'not_yet', forgivenTime: 'My sister forgave the lost quiltbook.', commitment: 'I choose to forgive the birthday.', commitmentOn: '2026-11-20' } });
  tick();
  const selfForgiveness = await reflections.create({ type: 'forgiveness', title: 'What I said in the car', author: 'a', answers: { toward: 'myself', hurt: 'I snapped.', amends: 'Say sorry, slowly.' } });
  tick();
  await reflections.addCheckBack({ id: forgiveness.id, decision: 'working_on_it', note: 'Quokkamornings help.', date: '2026-11-26' });

  // A check-in both answered (opened with appreciations), and one only partner a answered, hidden.
  tick();
  const both = await checkins.start({ withAppreciations: true, firstTurn: 'b' });
  await appreciations.add({ sessionId: both.appreciationSessionId!, from: 'b', text: 'I appreciate you because you made soup when I was ill.' });
  await appreciations.add({ sessionId: both.appreciationSessionId!, from: 'a', text: 'You listened to me all evening yesterday.' });
  // It brings up the request and Sam's "next time", and the couple answers one; a reflection is begun from it.
  expect(both.followUps.map((f) => [f.reflectionId, f.partner, f.plan])).toEqual([
    [conflict.id, 'a', 'Ask me before booking.'],
    [aftermath.id, 'a', 'Say it sooner.'],
  ]);
  await checkins.followUp({ id: both.id, reflectionId: conflict.id, partner: 'a', outcome: 'went_well', note: 'Asked twice, gladly.' });
  const fromCheckIn = await reflections.create({ type: 'aftermath', title: 'The thing about the car', checkinId: both.id });
  await checkins.answer({ id: both.id, partner: 'a', answers: { connection: 'Lighthousewarm lately.', closer: '', highlight: 'The walk.', distance: '' }, rating: 8, hidden: true });
  await checkins.submit({ id: both.id, partner: 'a' });
  tick();
  await checkins.answer({ id: both.id, partner: 'b', answers: { connection: 'Close.', closer: 'More walks.', highlight: '', distance: '' }, rating: 7, hidden: false });
  await checkins.submit({ id: both.id, partner: 'b' });
  tick();
  const open = await checkins.start({ withAppreciations: false });
  await checkins.answer({ id: open.id, partner: 'a', answers: { connection: 'Secretpelican feelings.', closer: '', highlight: '', distance: '' }, rating: 4, hidden: true });
  await checkins.submit({ id: open.id, partner: 'a' });

  tick();
  const session = await appreciations.startSession({ firstTurn: 'a' });
  await appreciations.add({ sessionId: session.id, from: 'a', text: 'You always leave the porch light on for me.' });
  await appreciations.add({ sessionId: session.id, from: 'b', text: 'You made the kitchen smell of bread on Sunday.' });
  await appreciations.finish({ sessionId: session.id });

  tick();
  const prompt = await journal.addPrompt({ text: 'What made you laugh this week?', by: 'both' });
  const own = await journal.write({ author: 'a', promptId: prompt.id, body: 'The ocelotdance video.', date: '2026-11-20' });
  const builtIn = await journal.write({ author: 'b', promptId: 'shared-dream', body: 'A small house by the sea.', date: '2026-11-21' });
  const daily = await journal.write({ author: 'both', body: 'Quiet day.', date: '2026-11-22' });
  tick();
  await journal.update({ id: daily.id, expectedVersion: 1, author: 'both', body: 'Quiet day, long nap.', date: '2026-11-22' });

  const quiz = scoreLoveLanguageQuiz(Array.from({ length: 10 }, (_, i): QuizChoice => (i % 3 === 0 ? 'second' : 'first')));
  await loveLanguages.set({ partner: 'a', primary: quiz.primary, secondary: quiz.secondary });
  await loveLanguages.set({ partner: 'b', primary: 'time', secondary: null, givesPrimary: 'acts', givesSecondary: 'words' });
  await loveLanguages.logAction({ by: 'a', for: 'b', language: 'time', note: 'Phone-free dinner.', date: '2026-11-23' });
  await loveLanguages.logAction({ by: 'b', for: 'a', language: quiz.primary, note: '', date: '2026-11-24' });

  const ids = {
    hard: hard.id,
    repair: repair.id,
    conflict: conflict.id,
    aftermath: aftermath.id,
    forgiveness: forgiveness.id,
    selfForgiveness: selfForgiveness.id,
    fromCheckIn: fromCheckIn.id,
    both: both.id,
    open: open.id,
    session: session.id,
    openingSession: both.appreciationSessionId!,
    prompt: prompt.id,
    own: own.id,
    builtIn: builtIn.id,
    daily: daily.id,
  };
  return { ...v, ids };
}

type Full = Awaited<ReturnType<typeof fullVault>>;

/** Everything the couple can read back of the new kinds, through the public API. */
async function readBack(v: Vault, ids: Full['ids']) {
  const c = v.core;
  return {
    reflections: await Promise.all([ids.conflict, ids.aftermath, ids.forgiveness, ids.selfForgiveness, ids.fromCheckIn].map((id) => c.reflections.get({ id }))),
    reflectionList: await c.reflections.list({}),
    linked: (await c.timeline.get({ id: ids.hard })).reflections,
    checkins: await Promise.all([ids.both, ids.open].map((id) => c.checkins.get({ id }))),
    current: await c.checkins.current(),
    history: await c.checkins.list({}),
    schedule: await c.checkins.schedule(),
    sessions: await Promise.all([ids.session, ids.openingSession].map((sessionId) => c.appreciations.session({ sessionId }))),
    sessionList: await c.appreciations.sessions({}),
    received: await Promise.all((['a', 'b'] as const).map((partner) => c.appreciations.received({ partner }))),
    prompts: await c.journal.prompts(),
    journal: await c.journal.list({}),
    entries: await Promise.all([ids.own, ids.builtIn, ids.daily].map((id) => c.journal.get({ id }))),
    loveLanguages: await c.loveLanguages.get(),
    actions: await c.loveLanguages.actions({}),
    summary: await c.loveLanguages.summary({}),
    insights: await c.insights.all({ from: '2026-01-01', to: '2026-12-31' }),
  };
}

const SEARCHABLE = ['walrusweekend', 'quiltbook', 'zeppelinflight', 'marmaladesky', 'quokkamornings', 'lighthousewarm', 'ocelotdance', 'laugh', 'nap', 'Holiday'];

describe('full export and import of reflections, check-ins and exercises', () => {
  it('round-trips every kind byte for byte, reads back the same, and searches the same', async () => {
    const source = await fullVault();
    const first = await exportTo(source);
    const doc = JSON.parse(readFileSync(first, 'utf8'));
    expect(Object.keys(doc.sections)).toEqual(SECTIONS.map((s) => s.name));
    expect(Object.keys(doc.sections)).toEqual(expect.arrayContaining(NEW_SECTIONS));
    // Each item already is what its schema makes of it: parsing it again changes nothing.
    for (const section of SECTIONS) {
      for (const item of doc.sections[section.name]) expect(JSON.stringify(section.item.parse(item)), section.name).toBe(JSON.stringify(item));
    }
    // The hidden answer is in the couple's own backup.
    const open = doc.sections.checkins.find((c: { id: string }) => c.id === source.ids.open);
    expect(open).toMatchObject({ status: 'open', sides: [{ partner: 'a', hidden: true, rating: 4, answers: { connection: 'Secretpelican feelings.' } }] });

    const target = await emptyVault(source.clock);
    const report = await target.core.transfer.importFile({ path: first });
    const added = (n: number) => ({ added: n, updated: 0, skipped: 0 });
    expect(report.counts).toMatchObject({
      settings: added(1),
      timeline: added(2),
      reflections: added(5),
      appreciations: added(2),
      checkins: added(2),
      checkinFollowUps: added(2),
      journalPrompts: added(1),
      journalEntries: added(3),
      loveLanguages: added(2),
      loveLanguageActions: added(2),
    });
    expect(report.unknownSections).toEqual([]);

    const second = await exportTo(target);
    expect(normalised(second)).toBe(normalised(first));

    const original = await readBack(source, source.ids);
    const imported = await readBack(target, source.ids);
    expect(imported).toEqual(original);
    // Spot checks, so an empty read on both sides could not pass.
    expect(imported.reflections[0]).toMatchObject({ eventId: source.ids.hard, repairEventId: source.ids.repair, status: 'resolved', forTherapy: true });
    expect(imported.reflections[1]).toMatchObject({ type: 'aftermath', bothDone: true, sides: { a: { done: true }, b: { answers: { acceptance: 'accept' } } } });
    expect(imported.reflections[0]).toMatchObject({ answers: { storyBelief: 90, storyBeliefAfter: 35, storyKinder: 'You wanted to surprise me with a walrusweekend.' } });
    expect(imported.reflections[2]).toMatchObject({
      checkBacks: [{ decision: 'working_on_it', note: 'Quokkamornings help.' }],
      answers: { toward: 'someone', commitment: 'I choose to forgive the birthday.', commitmentOn: '2026-11-20' },
    });
    expect(imported.reflections[3]).toMatchObject({ answers: { toward: 'myself', amends: 'Say sorry, slowly.' } });
    expect(imported.reflections[4]).toMatchObject({ type: 'aftermath', checkinId: source.ids.both });
    expect(imported.checkins[0]!.begun).toEqual([{ id: source.ids.fromCheckIn, type: 'aftermath', title: 'The thing about the car', status: 'draft' }]);
    expect(imported.checkins[0]!.followUps).toMatchObject([
      { reflectionId: source.ids.conflict, partner: 'a', plan: 'Ask me before booking.', outcome: 'went_well', note: 'Asked twice, gladly.' },
      { reflectionId: source.ids.aftermath, partner: 'a', plan: 'Say it sooner.', outcome: null, note: '' },
    ]);
    expect(imported.linked.map((l) => l.id).sort()).toEqual([source.ids.conflict, source.ids.aftermath].sort());
    expect(imported.current?.id).toBe(source.ids.open);
    expect(imported.current?.sides[0]).toMatchObject({ hidden: true, submitted: true, answers: null, rating: null });
    expect(imported.history.items.map((c) => c.id)).toEqual([source.ids.both]);
    expect(imported.prompts.find((p) => p.id === source.ids.prompt)).toMatchObject({ builtIn: false, answeredCount: 1 });
    expect(imported.sessions[1]!.checkInId).toBe(source.ids.both);
    expect(imported.actions).toHaveLength(2);

    for (const text of SEARCHABLE) {
      const found = await target.core.search.query({ text });
      expect(found.total, text).toBeGreaterThan(0);
      expect(found, text).toEqual(await source.core.search.query({ text }));
    }
    expect((await target.core.search.query({ text: 'Secretpelican' })).total).toBe(0);
    expect((await source.core.search.query({ text: 'Secretpelican' })).total).toBe(0);
  });

  it('imports twice without duplicating anything: the second time every item is skipped', async () => {
    const source = await fullVault();
    const path = await exportTo(source);
    const target = await emptyVault(source.clock);
    await target.core.transfer.importFile({ path });
    const again = await target.core.transfer.importFile({ path });
    const skipped = (n: number) => ({ added: 0, updated: 0, skipped: n });
    expect(again.counts).toMatchObject({
      reflections: skipped(5),
      checkinFollowUps: skipped(2),
      appreciations: skipped(2),
      checkins: skipped(2),
      journalPrompts: skipped(1),
      journalEntries: skipped(3),
      loveLanguages: skipped(2),
      loveLanguageActions: skipped(2),
    });
    expect(await readBack(target, source.ids)).toEqual(await readBack(source, source.ids));
    expect(normalised(await exportTo(target))).toBe(normalised(path));
    expect((await target.core.search.query({ text: 'zeppelinflight' })).total).toBe(1);
  });

  it('merges into a vault holding an older copy: newer items update, the vault’s own newer edits stay', async () => {
    const source = await fullVault();
    const target = await emptyVault(source.clock);
    await target.core.transfer.importFile({ path: await exportTo(source) });
    const { ids } = source;
    const s = source.core;
    source.clock.advance(MINUTE);

    // The source moves on…
    await s.reflections.update({ type: 'conflict', id: ids.conflict, expectedVersion: 1, title: 'Holiday plans', author: 'a', answers: { observation: 'You booked the zeppelinflight; we talked.' } });
    await s.reflections.saveSide({ id: ids.aftermath, partner: 'b', side: { myReality: 'I was trying to surprise you, gently.', acceptance: 'accept' }, done: true, expectedVersion: 2 });
    await s.reflections.addCheckBack({ id: ids.forgiveness, decision: 'forgiven', note: 'Wombatpeace at last.', date: '2026-11-28' });
    await s.checkins.answer({ id: ids.open, partner: 'b', answers: { connection: 'Good.', closer: '', highlight: '', distance: '' }, rating: 9, hidden: false });
    await s.checkins.submit({ id: ids.open, partner: 'b' });
    await s.journal.update({ id: ids.builtIn, expectedVersion: 1, author: 'b', promptId: 'shared-dream', body: 'A small house by the sea, with a dog.', date: '2026-11-21' });
    await s.journal.addPrompt({ text: 'Where shall we go next spring?', by: 'a' });
    await s.loveLanguages.set({ partner: 'b', primary: 'touch', secondary: 'time' });
    await s.loveLanguages.logAction({ by: 'a', for: 'b', language: 'touch', note: 'A long hug.', date: '2026-11-27' });
    const fresh = await s.appreciations.startSession({ firstTurn: 'b' });
    await s.appreciations.add({ sessionId: fresh.id, from: 'b', text: 'You called my mum when I could not.' });

    // …while the target edits its own copy of a journal entry twice, so its version is higher.
    const mine = await target.core.journal.get({ id: ids.own });
    await target.core.journal.update({ id: mine.id, expectedVersion: 1, author: 'a', promptId: ids.prompt, body: 'Target edit one.', date: mine.date });
    await target.core.journal.update({ id: mine.id, expectedVersion: 2, author: 'a', promptId: ids.prompt, body: 'Target edit two.', date: mine.date });
    await s.journal.update({ id: ids.own, expectedVersion: 1, author: 'a', promptId: ids.prompt, body: 'Source edit.', date: '2026-11-20' });

    const merged = await target.core.transfer.importFile({ path: await exportTo(source) });
    expect(merged.counts).toMatchObject({
      reflections: { added: 0, updated: 3, skipped: 2 },
      appreciations: { added: 1, updated: 0, skipped: 2 },
      checkins: { added: 0, updated: 1, skipped: 1 },
      journalPrompts: { added: 1, updated: 0, skipped: 1 },
      journalEntries: { added: 0, updated: 1, skipped: 2 },
      loveLanguages: { added: 0, updated: 1, skipped: 1 },
      loveLanguageActions: { added: 1, updated: 0, skipped: 2 },
    });

    const t = target.core;
    expect((await t.reflections.get({ id: ids.conflict })).version).toBe(2);
    expect(await t.reflections.get({ id: ids.aftermath })).toEqual(await s.reflections.get({ id: ids.aftermath }));
    expect(await t.reflections.get({ id: ids.forgiveness })).toEqual(await s.reflections.get({ id: ids.forgiveness }));
    expect(await t.checkins.get({ id: ids.open })).toEqual(await s.checkins.get({ id: ids.open }));
    expect((await t.checkins.get({ id: ids.open })).status).toBe('complete');
    expect((await t.journal.get({ id: ids.own })).body).toBe('Target edit two.');
    expect((await t.journal.get({ id: ids.builtIn })).body).toBe('A small house by the sea, with a dog.');
    expect((await t.loveLanguages.get()).find((p) => p.partner === 'b')).toMatchObject({ primary: 'touch', secondary: 'time' });
    expect(await t.appreciations.sessions({})).toEqual(await s.appreciations.sessions({}));
    expect(await t.loveLanguages.actions({})).toEqual(await s.loveLanguages.actions({}));
    expect((await t.reflections.list({})).items).toHaveLength(5);
    expect((await t.journal.list({})).items).toHaveLength(3);

    // The search index follows what was merged: the revealed check-in is found now, the replaced words are not.
    expect((await t.search.query({ text: 'Secretpelican' })).total).toBe(1);
    expect((await t.search.query({ text: 'wombatpeace' })).total).toBe(1);
    expect((await t.search.query({ text: 'dog' })).total).toBe(1);
    expect((await t.search.query({ text: 'we talked' })).total).toBe(1);
    expect((await t.search.query({ text: 'Target edit two' })).total).toBe(1);
    expect((await t.search.query({ text: 'Source edit' })).total).toBe(0);
  });

  it('completes an open check-in when each copy holds the other partner’s submitted side', async () => {
    const source = await newVault();
    const checkIn = await source.core.checkins.start({ withAppreciations: false });
    const target = await emptyVault(source.clock);
    await target.core.transfer.importFile({ path: await exportTo(source) });
    // Partner a finishes on one computer, partner b on the other, both hidden.
    await target.core.checkins.answer({ id: checkIn.id, partner: 'a', answers: { connection: 'Albatrosscalm.', closer: '', highlight: '', distance: '' }, rating: 6, hidden: true });
    await target.core.checkins.submit({ id: checkIn.id, partner: 'a' });
    source.clock.advance(MINUTE);
    await source.core.checkins.answer({ id: checkIn.id, partner: 'b', answers: { connection: 'Bumblebeebusy.', closer: '', highlight: '', distance: '' }, rating: 7, hidden: true });
    await source.core.checkins.submit({ id: checkIn.id, partner: 'b' });
    expect((await target.core.search.query({ text: 'Albatrosscalm' })).total).toBe(0);

    const report = await target.core.transfer.importFile({ path: await exportTo(source) });
    expect(report.counts.checkins).toEqual({ added: 0, updated: 1, skipped: 0 });
    const merged = await target.core.checkins.get({ id: checkIn.id });
    expect(merged).toMatchObject({ status: 'complete', completedAt: source.clock.now().toISOString(), completedOn: source.clock.now().toISOString().slice(0, 10) });
    expect(merged.sides.map((s) => s.answers?.connection)).toEqual(['Albatrosscalm.', 'Bumblebeebusy.']);
    expect(await target.core.checkins.current()).toBeNull();
    expect((await target.core.search.query({ text: 'Albatrosscalm' })).total).toBe(1);
    expect((await target.core.search.query({ text: 'Bumblebeebusy' })).total).toBe(1);
  });

  it('keeps a reflection whose linked events are not in the file, without the links', async () => {
    const source = await fullVault();
    const doc = JSON.parse(readFileSync(await exportTo(source), 'utf8'));
    delete doc.sections.timeline;
    delete doc.sections.timelineLinks;
    // Nor the check-ins: the reflection begun from one comes without its link, and their follow-ups are left out.
    delete doc.sections.checkins;
    const path = join(tempDir(), 'no-timeline.json');
    writeFileSync(path, JSON.stringify(doc));
    const target = await emptyVault(source.clock);
    const report = await target.core.transfer.importFile({ path });
    expect(report.counts.reflections).toEqual({ added: 5, updated: 0, skipped: 0 });
    expect(report.counts.checkinFollowUps).toEqual({ added: 0, updated: 0, skipped: 2 });
    const conflict = await target.core.reflections.get({ id: source.ids.conflict });
    expect(conflict).toMatchObject({ eventId: null, repairEventId: null, event: null, repairEvent: null, status: 'resolved' });
    expect(await target.core.reflections.get({ id: source.ids.fromCheckIn })).toMatchObject({ checkinId: null });
    // Importing the whole file later does not relink (the vault's copy is as new as the file's), and adds no copy.
    const again = await target.core.transfer.importFile({ path: await exportTo(source) });
    expect(again.counts.reflections).toEqual({ added: 0, updated: 0, skipped: 5 });
  });

  it('refuses a file with one malformed item in any of these sections, and writes nothing', async () => {
    const source = await fullVault();
    const good = JSON.parse(readFileSync(await exportTo(source), 'utf8'));
    const target = await emptyVault(source.clock);
    const dir = tempDir();
    type Doc = { sections: Record<string, Record<string, unknown>[]> };
    const breakers: [string, (doc: Doc) => void][] = [
      ['reflections', (d) => void (d.sections.reflections![0]!.status = 'maybe')],
      ['checkinFollowUps', (d) => void (d.sections.checkinFollowUps![0]!.outcome = 'brilliantly')],
      ['reflections', (d) => void ((d.sections.reflections!.find((r) => r.type === 'aftermath')!.sides as Record<string, unknown>).b = undefined)],
      ['reflections', (d) => void ((d.sections.reflections!.find((r) => r.type === 'forgiveness' && (r.checkBacks as unknown[]).length > 0)!.checkBacks as Record<string, unknown>[])[0]!.date = '2026-02-30')],
      ['appreciations', (d) => void ((d.sections.appreciations![0]!.appreciations as Record<string, unknown>[])[0]!.text = '   ')],
      ['checkins', (d) => void ((d.sections.checkins!.find((c) => c.status === 'open')!.sides as Record<string, unknown>[])[0]!.rating = 11)],
      ['checkins', (d) => void (d.sections.checkins!.find((c) => c.status === 'open')!.status = 'complete')],
      ['journalPrompts', (d) => void (d.sections.journalPrompts![0]!.id = 'shared-dream')],
      ['journalEntries', (d) => void (d.sections.journalEntries![0]!.body = '  ')],
      ['loveLanguages', (d) => void (d.sections.loveLanguages![0]!.primary = 'dance')],
      ['loveLanguageActions', (d) => void (d.sections.loveLanguageActions![0]!.for = d.sections.loveLanguageActions![0]!.by)],
    ];
    for (const [i, [section, breakIt]] of breakers.entries()) {
      const doc = structuredClone(good) as Doc;
      breakIt(doc);
      const path = join(dir, `bad-${i}.json`);
      writeFileSync(path, JSON.stringify(doc));
      const e = await expectCode(target.core.transfer.importFile({ path }), 'VALIDATION');
      expect(e.message, section).toMatch(new RegExp(`\\(${section} \\(item`));
    }
    // Nothing of any section was written, the sections before the bad one included.
    const t = target.core;
    expect((await t.timeline.list({})).items).toEqual([]);
    expect((await t.reflections.list({})).items).toEqual([]);
    expect(await t.checkins.current()).toBeNull();
    expect((await t.checkins.list({})).items).toEqual([]);
    expect((await t.appreciations.sessions({})).items).toEqual([]);
    expect((await t.journal.list({})).items).toEqual([]);
    expect((await t.journal.prompts()).filter((p) => !p.builtIn)).toEqual([]);
    expect((await t.loveLanguages.get()).map((p) => p.primary)).toEqual([null, null]);
    expect(await t.loveLanguages.actions({})).toEqual([]);
    expect((await t.checkins.schedule()).cadence).toBeNull();
    expect((await t.search.query({ text: 'zeppelinflight' })).total).toBe(0);
  });
});
