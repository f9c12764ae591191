import Database from 'better-sqlite3-multiple-ciphers';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import { newCore, tempDir, type TestCore } from './helpers';

/**
 * Vaults made by earlier Hearths (tests/fixtures/vaults/, made by make-vault.ts there) must open with the
 * driver of today, with every secret they were made with, and show everything that was written into them.
 * Keep every fixture here through every driver or cipher change.
 */
const FIXTURES = ['v0.1.0-driver12', 'schema9-0e35714', 'schema10-f3232f9'];

interface Contents {
  madeBy: { driver: string };
  vaultId: string;
  passphrases: { a: string; b: string };
  recoveryCode: string;
  dataKeyHex: string;
  ids: Record<'event' | 'photo' | 'hardMoment' | 'conflict' | 'forgiveness' | 'aftermath' | 'checkIn' | 'journal' | 'appreciationSession' | 'loveAction', string>;
}

function fixture(name: string): { dir: string; contents: Contents } {
  const source = join(import.meta.dirname, '..', 'fixtures', 'vaults', name);
  const dir = join(tempDir(), name);
  cpSync(source, dir, { recursive: true });
  return { dir, contents: JSON.parse(readFileSync(join(dir, 'contents.json'), 'utf8')) as Contents };
}

async function readsEverything(t: TestCore, { ids }: Contents): Promise<void> {
  const c = t.core;
  const event = await c.timeline.get({ id: ids.event });
  expect(event).toMatchObject({ title: 'The day we met', startDate: '2019-04-12', tags: ['first'] });
  expect(event.photos).toEqual([expect.objectContaining({ id: ids.photo, caption: 'The umbrella', width: 48, height: 32 })]);
  expect((await c.timeline.photo({ id: ids.photo })).dataUrl).toMatch(/^data:image\/\w+;base64,.{100}/);
  expect((await c.timeline.list({})).items.map((e) => e.id).sort()).toEqual([ids.event, ids.hardMoment].sort());
  expect(await c.drafts.get({ key: 'timeline:new' })).toMatchObject({ content: JSON.stringify({ title: 'A draft never finished' }) });

  // Answers written before the thought record and the rest of REACH read with those steps empty: nothing is guessed.
  expect(await c.reflections.get({ id: ids.conflict })).toMatchObject({
    type: 'conflict',
    title: 'Dishes again',
    eventId: ids.hardMoment,
    answers: { storyBelief: null, storyFor: '', storyAgainst: '', storyKinder: '', storyBeliefAfter: null },
  });
  expect(await c.reflections.get({ id: ids.forgiveness })).toMatchObject({
    type: 'forgiveness',
    answers: { hurt: 'You forgot, and I felt unimportant.', toward: 'someone', forgivenTime: '', amends: '', commitment: '', commitmentOn: null },
  });
  expect(await c.reflections.get({ id: ids.aftermath })).toMatchObject({ type: 'aftermath', sides: { a: { done: true, answers: { myReality: 'I felt rushed and watched.' } } } });

  expect((await c.checkins.get({ id: ids.checkIn })).sides[0]).toMatchObject({ partner: 'a', submitted: true, rating: 8, answers: { highlight: 'Cooking together.' } });
  expect(await c.journal.get({ id: ids.journal })).toMatchObject({ body: 'We tried the prompt about our first home.' });
  expect((await c.appreciations.session({ sessionId: ids.appreciationSession })).appreciations.map((i) => i.text)).toEqual([
    'I appreciate you because you made tea when I was tired.',
  ]);
  expect(await c.loveLanguages.get()).toEqual(expect.arrayContaining([expect.objectContaining({ partner: 'a', primary: 'time', secondary: 'words' })]));
  expect((await c.loveLanguages.actions({ from: '2026-11-01', to: '2026-11-30' })).map((a) => a.id)).toEqual([ids.loveAction]);
  expect((await c.search.query({ text: 'umbrella' })).total).toBeGreaterThan(0);
}

describe.each(FIXTURES)('the vault fixture %s', (name) => {
  it('opens with each passphrase and with the recovery code, and shows everything written into it', async () => {
    const { dir, contents } = fixture(name);
    const t = newCore();
    const listed = await t.core.vaults.addFromFolder({ folder: dir });
    expect(listed).toMatchObject({ id: contents.vaultId, name: 'Fixture vault' });

    for (const secret of [
      { kind: 'passphrase' as const, passphrase: contents.passphrases.a },
      { kind: 'passphrase' as const, passphrase: contents.passphrases.b },
      { kind: 'recovery' as const, code: contents.recoveryCode },
    ]) {
      const session = await t.core.vaults.unlock({ vaultId: contents.vaultId, secret });
      expect(session.partners.map((p) => p.name)).toEqual(['Sam', 'Alex ✨']);
      await readsEverything(t, contents);
      await t.core.vaults.lock();
    }
  });

  it('is a plain SQLCipher 4 file: it opens with the SQLCipher 4 defaults and the raw key alone', () => {
    const { dir, contents } = fixture(name);
    const path = join(dir, 'hearth.db');
    expect(readFileSync(path).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      // Only the scheme (SQLCipher, version 4 defaults) and the key: no page size, KDF or HMAC settings of Hearth's own.
      db.pragma(`cipher = 'sqlcipher'`);
      db.pragma('legacy = 4');
      expect(decodeRecoveryCode(contents.recoveryCode).toString('hex')).toBe(contents.dataKeyHex);
      db.pragma(`key = "x'${contents.dataKeyHex}'"`);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT title FROM timeline_events WHERE id = ?').get(contents.ids.event)).toEqual({ title: 'The day we met' });
    } finally {
      db.close();
    }
  });
});
