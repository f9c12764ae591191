import Database from 'better-sqlite3-multiple-ciphers';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPlaintextHeader } from '../../src/core/db/database';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import { expectCode, filesContaining, newCore, newVault, PASSPHRASE, tempDir } from './helpers';

const pass = (passphrase: string) => ({ kind: 'passphrase' as const, passphrase });
const recovery = (code: string) => ({ kind: 'recovery' as const, code });

describe('creating a vault', () => {
  it('makes a private folder of encrypted files and lists the vault by name only', async () => {
    const v = await newVault();
    expect(v.session.partners).toEqual([
      { id: 'a', name: 'Sam' },
      { id: 'b', name: 'Alex' },
    ]);
    expect(v.session.needsPassphrase).toBe(false);
    for (const name of ['hearth.db', 'keyslots.json', 'keyslots.backup.json', 'vault.json']) {
      const file = join(v.dir, name);
      expect(existsSync(file), name).toBe(true);
      if (process.platform !== 'win32') expect(statSync(file).mode & 0o777, name).toBe(0o600);
    }
    if (process.platform !== 'win32') expect(statSync(v.dir).mode & 0o777).toBe(0o700);
    expect(hasPlaintextHeader(readFileSync(join(v.dir, 'hearth.db')))).toBe(false);
    const listed = await v.core.vaults.list();
    expect(listed).toEqual([expect.objectContaining({ id: v.vaultId, name: 'Our place', available: true })]);
    expect(JSON.stringify(listed)).not.toContain('Sam');
  });

  it('creates the vault inside a folder the person chose', async () => {
    const t = newCore();
    const usb = tempDir('hearth-usb-');
    const created = await t.core.vaults.create({ name: 'Stick', partnerA: 'Sam', partnerB: 'Alex', passphrase: PASSPHRASE, folder: usb });
    expect(created.session.vault.path).toBe(join(usb, 'Hearth vault'));
    const second = await t.core.vaults.create({ name: 'Stick 2', partnerA: 'Sam', partnerB: 'Alex', passphrase: PASSPHRASE, folder: usb });
    expect(second.session.vault.path).toBe(join(usb, 'Hearth vault 2'));
  });

  it('opens with nothing but a SQLCipher 4 key pragma given the data key from the recovery code', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    const key = decodeRecoveryCode(v.recoveryCode).toString('hex');
    const db = new Database(join(v.dir, 'hearth.db'), { readonly: true });
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${key}'"`);
    expect(db.prepare('SELECT name FROM partners ORDER BY id').all()).toEqual([{ name: 'Sam' }, { name: 'Alex' }]);
    db.close();
  });

  it('uses calibrated Argon2id of at least 64 MiB and three passes by default', async () => {
    const t = newCore({ kdf: 'calibrate' });
    const created = await t.core.vaults.create({ name: 'Real', partnerA: 'Sam', partnerB: 'Alex', passphrase: PASSPHRASE });
    const slots = JSON.parse(readFileSync(join(created.session.vault.path, 'keyslots.json'), 'utf8'));
    expect(slots.slots[0].kdf).toMatchObject({ alg: 'argon2id', m: expect.any(Number), t: expect.any(Number) });
    expect(slots.slots[0].kdf.m).toBeGreaterThanOrEqual(64 * 1024);
    expect(slots.slots[0].kdf.t).toBeGreaterThanOrEqual(3);
  });
});

describe('unlocking and locking', () => {
  it('unlocks with the passphrase and with the recovery code, and locks again', async () => {
    const v = await newVault();
    const locks: number[] = [];
    v.core.onLock(() => locks.push(1));
    await v.core.vaults.lock();
    expect(locks).toHaveLength(1);
    expect(await v.core.app.status()).toEqual({ state: 'locked' });
    await expectCode(v.core.keys.list(), 'VAULT_LOCKED');

    const s1 = await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) });
    expect(s1.unlockedWith).toBe('passphrase');
    await v.core.vaults.lock();
    const s2 = await v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(v.recoveryCode) });
    expect(s2.unlockedWith).toBe('recovery');
    expect(s2.partners.map((p) => p.name)).toEqual(['Sam', 'Alex']);
  });

  it('answers a wrong passphrase with WRONG_PASSPHRASE, then a growing delay that survives a restart', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    const wrong = () => v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('not the passphrase') });
    const e = await expectCode(wrong(), 'WRONG_PASSPHRASE');
    expect(e.message).not.toMatch(/slot|argon|key/i);
    await expectCode(wrong(), 'WRONG_PASSPHRASE');
    await expectCode(wrong(), 'WRONG_PASSPHRASE');
    const limited = await expectCode(wrong(), 'RATE_LIMITED');
    expect((limited as unknown as { details: { retryAfterMs: number } }).details.retryAfterMs).toBe(1000);

    // A fresh core on the same data folder (an app restart) still makes them wait, even with the right passphrase.
    const restarted = newCore({ dataDir: v.dataDir, clock: v.clock });
    await expectCode(restarted.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) }), 'RATE_LIMITED');
    v.clock.advance(1001);
    await expectCode(restarted.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('still wrong') }), 'WRONG_PASSPHRASE');
    const longer = await expectCode(restarted.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) }), 'RATE_LIMITED');
    expect((longer as unknown as { details: { retryAfterMs: number } }).details.retryAfterMs).toBe(2000);
    v.clock.advance(2001);
    await restarted.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) });
    await restarted.core.vaults.lock();
    await expectCode(restarted.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('wrong again') }), 'WRONG_PASSPHRASE');
  });

  it('counts a wrong recovery code as a failed attempt, and names a mistyped group without trying it', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    const other = await newVault(newCore());
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(other.recoveryCode) }), 'WRONG_PASSPHRASE');
    const typo = v.recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const e = await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(typo) }), 'VALIDATION');
    expect(e.message).toContain('Group 1');
  });

  it('keeps a canary sentence out of every file in the vault folder and the temp folder, before and after lock', async () => {
    const canary = `Canary ${Math.random().toString(36).slice(2)} walked along the quiet shore`;
    const v = await newVault(newCore(), { partnerA: canary, partnerB: 'Alex' });
    const places = [v.dir, v.dataDir, tmpdir()];
    expect(filesContaining(places, canary)).toEqual([]);
    await v.core.vaults.lock();
    expect(filesContaining(places, canary)).toEqual([]);
    // The scan can find it: the same sentence in a plain file is caught.
    const control = join(tempDir(), 'plain.txt');
    writeFileSync(control, canary);
    expect(filesContaining([tmpdir()], canary)).toContain(control);
  });
});

describe('when files are lost or damaged', () => {
  it('opens with the other key-slot copy when one is damaged', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    writeFileSync(join(v.dir, 'keyslots.json'), '{ this is not json');
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) });
  });

  it('opens with the recovery code when both key-slot files are gone, then takes a new passphrase', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    rmSync(join(v.dir, 'keyslots.json'));
    writeFileSync(join(v.dir, 'keyslots.backup.json'), 'garbage');
    const e = await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) }), 'CORRUPT');
    expect(e.message).toContain('recovery code');
    expect((e as unknown as { details?: { reason?: string } }).details?.reason).toBe('keyslots');
    const session = await v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(v.recoveryCode) });
    expect(session.needsPassphrase).toBe(true);
    expect(existsSync(join(v.dir, 'keyslots.json'))).toBe(true);
    await v.core.keys.addPassphrase({ partner: 'a', passphrase: 'a brand new passphrase' });
    await v.core.vaults.lock();
    const again = await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('a brand new passphrase') });
    expect(again.needsPassphrase).toBe(false);
  });

  it('can be opened from its folder on another computer (a new data folder)', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    const elsewhere = newCore();
    expect(await elsewhere.core.vaults.list()).toEqual([]);
    const added = await elsewhere.core.vaults.addFromFolder({ folder: v.dir });
    expect(added).toMatchObject({ id: v.vaultId, name: 'Our place' });
    await elsewhere.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) });
    await expectCode(elsewhere.core.vaults.addFromFolder({ folder: tempDir() }), 'NOT_A_VAULT');
  });

  it('forgets a vault on this computer without touching its files', async () => {
    const v = await newVault();
    await expectCode(v.core.vaults.forget({ vaultId: v.vaultId }), 'CONFLICT');
    await v.core.vaults.lock();
    await v.core.vaults.forget({ vaultId: v.vaultId });
    expect(await v.core.vaults.list()).toEqual([]);
    expect(existsSync(join(v.dir, 'hearth.db'))).toBe(true);
  });
});

describe('a copy of a listed vault', () => {
  it('is not silently swapped in for the listed one', async () => {
    const v = await newVault();
    await v.core.vaults.lock();
    const copy = join(tempDir('hearth-copy-'), 'vault');
    cpSync(v.dir, copy, { recursive: true });
    const e = await expectCode(v.core.vaults.addFromFolder({ folder: copy }), 'CONFLICT');
    expect(e.message).toContain('Our place');
    expect((await v.core.vaults.list())[0]!.path).toBe(v.dir);
    // Once the listed one is forgotten, the copy can be opened.
    await v.core.vaults.forget({ vaultId: v.vaultId });
    expect((await v.core.vaults.addFromFolder({ folder: copy })).path).toBe(copy);
    // And moving a vault (the old folder gone) simply follows it.
    await v.core.vaults.forget({ vaultId: v.vaultId });
    await v.core.vaults.addFromFolder({ folder: v.dir });
    const moved = join(tempDir('hearth-moved-'), 'vault');
    renameSync(v.dir, moved);
    expect((await v.core.vaults.addFromFolder({ folder: moved })).path).toBe(moved);
  });
});
