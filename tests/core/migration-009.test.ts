import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/core/db/migrations';
import { dispatcherFor, newCore, newVault, openVaultFile, tempDir } from './helpers';

const FIXTURE = 'v0.1.0-driver12';
const PROFILES = 'SELECT partner, primary_language, secondary_language, gives_primary, gives_secondary FROM love_language_profiles ORDER BY partner';

describe('migration 009: the languages each partner gives love in', () => {
  it('adds them, empty, to a vault made by Hearth 0.1.0, keeping the languages heard', async () => {
    // Made by Hearth 0.1.0 (schema 8) with tests/fixtures/vaults/make-vault.ts: partner a hears quality time and words.
    const dir = join(tempDir(), FIXTURE);
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'vaults', FIXTURE), dir, { recursive: true });
    const contents = JSON.parse(readFileSync(join(dir, 'contents.json'), 'utf8')) as { vaultId: string; recoveryCode: string; passphrases: { a: string } };
    const db = openVaultFile(dir, contents.recoveryCode);
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(migrate(db, MIGRATIONS.slice(0, 9))).toBe(9);
    expect(db.prepare(PROFILES).all()).toEqual([{ partner: 'a', primary_language: 'time', secondary_language: 'words', gives_primary: null, gives_secondary: null }]);
    // The table refuses what the contract refuses: a second way without a first, or the same one twice.
    expect(() => db.prepare("UPDATE love_language_profiles SET gives_secondary = 'acts'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE love_language_profiles SET gives_primary = 'acts', gives_secondary = 'acts'").run()).toThrow(/CHECK/);
    db.close();

    const t = newCore();
    await t.core.vaults.addFromFolder({ folder: dir });
    await t.core.vaults.unlock({ vaultId: contents.vaultId, secret: { kind: 'passphrase', passphrase: contents.passphrases.a } });
    expect((await t.core.loveLanguages.get())[0]).toMatchObject({ partner: 'a', primary: 'time', secondary: 'words', givesPrimary: null, givesSecondary: null });
    const after = await t.core.loveLanguages.set({ partner: 'a', primary: 'time', secondary: 'words', givesPrimary: 'acts', givesSecondary: 'gifts' });
    expect(after[0]).toMatchObject({ primary: 'time', givesPrimary: 'acts', givesSecondary: 'gifts' });
  });
});

describe('love languages given and received', () => {
  it('keeps the languages given when only those heard are set (the quiz), clears them on null, and refuses odd pairs', async () => {
    const v = await newVault();
    await v.core.loveLanguages.set({ partner: 'b', primary: 'touch', secondary: null, givesPrimary: 'acts', givesSecondary: null });
    // The quiz sets only the languages heard.
    const quiz = await v.core.loveLanguages.set({ partner: 'b', primary: 'words', secondary: 'time' });
    expect(quiz[1]).toMatchObject({ primary: 'words', secondary: 'time', givesPrimary: 'acts', givesSecondary: null });
    expect((await v.core.loveLanguages.set({ partner: 'b', primary: 'words', givesPrimary: null }))[1]).toMatchObject({ givesPrimary: null, givesSecondary: null });

    const d = dispatcherFor(v);
    for (const odd of [
      { partner: 'a', primary: 'words', givesSecondary: 'acts' },
      { partner: 'a', primary: 'words', givesPrimary: 'acts', givesSecondary: 'acts' },
      { partner: 'a', primary: 'words', givesPrimary: 'hugs' },
      { partner: 'a', primary: 'words', givesPrimary: 'acts', extra: true },
    ]) {
      expect(await d.dispatch('hearth:loveLanguages.set', [odd]), JSON.stringify(odd)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect((await v.core.loveLanguages.get())[0]).toMatchObject({ primary: null, givesPrimary: null });
  });
});
