import sharp from 'sharp';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { filesContaining, newVault, PASSPHRASE } from './helpers';

/**
 * Issue 7's promise in one test: a canary sentence written through every feature appears in no file
 * under the app's data folder, the vault folder or the temp folder, while unlocked and after lock.
 */
describe('nothing on disk in the clear', () => {
  it('keeps a canary written through every feature out of every file', async () => {
    const v = await newVault();
    // Made at run time, so no source or transform cache holds a copy.
    const canary = `Canary ${randomBytes(8).toString('hex')} hummed in the kitchen at dawn`;
    const word = canary.split(' ')[1]!;

    const event = await v.core.timeline.create({ kind: 'memory', title: canary, body: canary, startDate: '2024-02-03', author: 'both', tags: [word] });
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c87' } }).jpeg().toBuffer();
    await v.core.timeline.addPhoto({ eventId: event.id, bytes: new Uint8Array(jpeg), caption: canary });
    await v.core.timeline.update({ id: event.id, expectedVersion: 1, kind: 'memory', title: canary, body: `${canary} (edited)`, startDate: '2024-02-03', author: 'both' });
    await v.core.drafts.save({ key: 'timeline:new', content: JSON.stringify({ title: canary }) });
    const conflict = await v.core.reflections.create({ type: 'conflict', title: canary, author: 'a', answers: { observation: canary, storyKinder: canary, storyAgainst: canary, request: canary, requestToCheckIn: true } });
    await v.core.reflections.create({ type: 'forgiveness', title: canary, author: 'b', answers: { toward: 'myself', hurt: canary, forgivenTime: canary, amends: canary, commitment: canary, commitmentOn: '2026-11-20' } });
    // A check-in done together, its notes open and finished (so searchable), before one done apart with hidden answers.
    const shared = await v.core.checkins.start({ withAppreciations: false, mode: 'together', firstTurn: 'b' });
    await v.core.checkins.answer({ id: shared.id, partner: 'b', answers: { connection: '', closer: canary, highlight: '', distance: '' }, rating: 8 });
    // It follows up the request with a note, and a reflection is begun from it.
    await v.core.checkins.followUp({ id: shared.id, reflectionId: conflict.id, partner: 'a', outcome: 'partly', note: canary });
    await v.core.reflections.create({ type: 'aftermath', title: canary, checkinId: shared.id });
    await v.core.checkins.finish({ id: shared.id });
    const checkIn = await v.core.checkins.start({ withAppreciations: false });
    await v.core.checkins.answer({ id: checkIn.id, partner: 'a', answers: { connection: canary, closer: '', highlight: '', distance: '' }, rating: 7, hidden: true });
    await v.core.checkins.submit({ id: checkIn.id, partner: 'a' });
    await v.core.journal.write({ author: 'both', body: canary, date: '2026-11-20' });
    const session = await v.core.appreciations.startSession({ firstTurn: 'a' });
    await v.core.appreciations.add({ sessionId: session.id, from: 'a', text: canary });
    await v.core.loveLanguages.logAction({ by: 'a', for: 'b', language: 'time', note: canary, date: '2026-11-02' });
    expect((await v.core.search.query({ text: word })).total).toBeGreaterThan(3);

    const places = [v.dataDir, v.dir, tmpdir()];
    expect(filesContaining(places, canary)).toEqual([]);
    expect(filesContaining(places, word)).toEqual([]);
    await v.core.vaults.lock();
    expect(filesContaining(places, canary)).toEqual([]);
    expect(filesContaining(places, word)).toEqual([]);

    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    expect((await v.core.timeline.get({ id: event.id })).photos[0]!.caption).toBe(canary);
  });
});
