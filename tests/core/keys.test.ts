import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYSLOT_FILES } from '../../src/core/keys/keyslots';
import { expectCode, newVault, PASSPHRASE, tempDir } from './helpers';

const pass = (passphrase: string) => ({ kind: 'passphrase' as const, passphrase });
const recovery = (code: string) => ({ kind: 'recovery' as const, code });
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('managing keys', () => {
  it("adds the second partner's own passphrase, which then opens the vault", async () => {
    const v = await newVault();
    await expectCode(v.core.keys.addPassphrase({ partner: 'b', passphrase: 'alex has a passphrase too' }), 'VALIDATION');
    await expectCode(v.core.keys.addPassphrase({ partner: 'b', passphrase: 'alex has a passphrase too', confirm: pass('wrong one!') }), 'WRONG_PASSPHRASE');
    const slot = await v.core.keys.addPassphrase({ partner: 'b', passphrase: 'alex has a passphrase too', confirm: pass(PASSPHRASE) });
    expect(slot).toMatchObject({ partner: 'b', label: "Alex's passphrase" });
    expect((await v.core.keys.list()).map((s) => s.label)).toEqual(["Sam's passphrase", "Alex's passphrase"]);
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('alex has a passphrase too') });
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) });
  });

  it('changes a passphrase by rewrapping its slot, without a re-key, when asked not to lock out old copies', async () => {
    const v = await newVault();
    const [slot] = await v.core.keys.list();
    const changed = await v.core.keys.changePassphrase({ slotId: slot!.id, current: pass(PASSPHRASE), next: 'a fresh new passphrase', lockOutOldCopies: false });
    expect(changed.slot.id).toBe(slot!.id);
    expect(changed.rekeyed).toBeNull();
    await v.core.vaults.lock();
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) }), 'WRONG_PASSPHRASE');
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('a fresh new passphrase') });
    await v.core.vaults.lock();
    // The data key, and so the recovery code, is the same.
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(v.recoveryCode) });
  });

  it('changes a forgotten passphrase when confirmed with the recovery code', async () => {
    const v = await newVault();
    const [slot] = await v.core.keys.list();
    await v.core.keys.changePassphrase({ slotId: slot!.id, current: recovery(v.recoveryCode), next: 'remembered this time' });
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('remembered this time') });
  });

  it('removes a slot but never the last one', async () => {
    const v = await newVault();
    const [first] = await v.core.keys.list();
    await expectCode(v.core.keys.remove({ slotId: first!.id, confirm: pass(PASSPHRASE) }), 'LAST_SLOT');
    const second = await v.core.keys.addPassphrase({ partner: 'b', passphrase: 'second passphrase', confirm: pass(PASSPHRASE) });
    await v.core.keys.remove({ slotId: second.id, confirm: pass(PASSPHRASE) });
    expect((await v.core.keys.list()).map((s) => s.id)).toEqual([first!.id]);
    await v.core.vaults.lock();
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('second passphrase') }), 'WRONG_PASSPHRASE');
  });

  it('regenerates the recovery code by re-keying: the old code stops working, passphrases keep working', async () => {
    const v = await newVault();
    await v.core.keys.addPassphrase({ partner: 'b', passphrase: 'alex has a passphrase too', confirm: pass(PASSPHRASE) });
    await v.core.vaults.lock();
    const before = digest(join(v.dir, 'hearth.db'));
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) });
    const { recoveryCode } = await v.core.keys.regenerateRecoveryCode({ confirm: pass(PASSPHRASE) });
    expect(recoveryCode).not.toBe(v.recoveryCode);
    await v.core.vaults.lock();
    expect(digest(join(v.dir, 'hearth.db'))).not.toBe(before);
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(v.recoveryCode) }), 'WRONG_PASSPHRASE');
    const s = await v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(recoveryCode) });
    expect(s.partners.map((p) => p.name)).toEqual(['Sam', 'Alex']);
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) });
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('alex has a passphrase too') });
  });
});

describe('backups and a new recovery code', () => {
  it('re-keys the vault’s own backups, so they can still be restored', async () => {
    const v = await newVault();
    const kept = await v.core.timeline.create({ kind: 'memory', title: 'Before the new code', startDate: '2024-01-01', author: 'both' });
    const { backup } = await v.core.backups.backupNow('vault');
    await v.core.timeline.remove({ id: kept.id });
    await v.core.keys.regenerateRecoveryCode({ confirm: pass(PASSPHRASE) });
    await v.core.backups.restore({ id: backup!.id });
    expect((await v.core.timeline.get({ id: kept.id })).deletedAt).toBeNull();
  });
});

/** The two slot files as they are now: what an OS backup, a folder backup or a housemate's copy would hold. */
function keepSlotFiles(dir: string): () => void {
  const kept = KEYSLOT_FILES.map((name) => [name, readFileSync(join(dir, name))] as const);
  return () => kept.forEach(([name, bytes]) => writeFileSync(join(dir, name), bytes));
}

describe('access that can be taken back', () => {
  it('removing a passphrase re-keys: with the old slot files put back, neither the removed passphrase nor the old code opens the vault', async () => {
    const v = await newVault();
    const second = await v.core.keys.addPassphrase({ partner: 'b', passphrase: 'alex has a passphrase too', confirm: pass(PASSPHRASE) });
    const putBack = keepSlotFiles(v.dir);
    const { recoveryCode, backupsNotRekeyed } = await v.core.keys.remove({ slotId: second.id, confirm: pass(PASSPHRASE) });
    expect(recoveryCode).not.toBe(v.recoveryCode);
    expect(backupsNotRekeyed).toEqual([]);
    await v.core.vaults.lock();

    putBack();
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('alex has a passphrase too') }), 'WRONG_PASSPHRASE');
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(v.recoveryCode) }), 'WRONG_PASSPHRASE');
    // The old files hold old keys only: the new code opens the vault, which then asks for a new passphrase.
    expect((await v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(recoveryCode) })).needsPassphrase).toBe(true);
  });

  it('changing a passphrase locks out old copies by default: the old passphrase with the old slot files opens nothing', async () => {
    const v = await newVault();
    const [slot] = await v.core.keys.list();
    const putBack = keepSlotFiles(v.dir);
    const changed = await v.core.keys.changePassphrase({ slotId: slot!.id, current: pass(PASSPHRASE), next: 'a fresh new passphrase' });
    expect(changed.rekeyed?.recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){12}$/);
    await v.core.vaults.lock();
    putBack();
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) }), 'WRONG_PASSPHRASE');
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(v.recoveryCode) }), 'WRONG_PASSPHRASE');
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(changed.rekeyed!.recoveryCode) });
  });

  it('names the backups that could not follow the new key', async () => {
    const v = await newVault();
    await v.core.backups.backupNow('vault');
    const folder = join(v.dir, 'backups');
    writeFileSync(join(folder, 'hearth-2026-11-20T09-00-00Z-daily.db'), Buffer.alloc(4096, 7)); // damaged: opens with no key
    const { backupsNotRekeyed } = await v.core.keys.regenerateRecoveryCode({ confirm: pass(PASSPHRASE) });
    expect(backupsNotRekeyed).toEqual(['hearth-2026-11-20T09-00-00Z-daily.db']);
  });

  it('refuses a slot added to keyslots.json by hand: it opens nothing, is dropped, and never receives a later key', async () => {
    const intruder = await newVault(); // a slot made elsewhere, with a passphrase someone else knows
    const v = await newVault();
    const file = (dir: string) => JSON.parse(readFileSync(join(dir, 'keyslots.json'), 'utf8')) as { slots: { id: string }[] };
    const [intruderSlot] = await intruder.core.keys.list();
    const PASSPHRASE_OF_INTRUDER = 'the intruder knows this one';
    await intruder.core.keys.changePassphrase({ slotId: intruderSlot!.id, current: pass(PASSPHRASE), next: PASSPHRASE_OF_INTRUDER, lockOutOldCopies: false });
    const planted = { ...file(intruder.dir).slots[0]!, id: 'planted-slot' };
    for (const name of KEYSLOT_FILES) writeFileSync(join(v.dir, name), JSON.stringify({ ...file(v.dir), slots: [...file(v.dir).slots, planted] }));

    await v.core.vaults.lock();
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE + ' ') }), 'WRONG_PASSPHRASE');
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE_OF_INTRUDER) }), 'WRONG_PASSPHRASE');
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) });
    for (const name of KEYSLOT_FILES) expect(file(v.dir).slots.map((s) => s.id), name).not.toContain('planted-slot');
    expect((await v.core.keys.list()).map((s) => s.id)).not.toContain('planted-slot');

    // Planted again while the vault is open: its passphrase confirms nothing, and a re-key seals the new key to the
    // vault's own slots only.
    for (const name of KEYSLOT_FILES) writeFileSync(join(v.dir, name), JSON.stringify({ ...file(v.dir), slots: [...file(v.dir).slots, planted] }));
    await expectCode(v.core.keys.addPassphrase({ partner: 'b', passphrase: 'a passphrase of my own', confirm: pass(PASSPHRASE_OF_INTRUDER) }), 'WRONG_PASSPHRASE');
    for (const name of KEYSLOT_FILES) writeFileSync(join(v.dir, name), JSON.stringify({ ...file(v.dir), slots: [...file(v.dir).slots, planted] }));
    await v.core.keys.regenerateRecoveryCode({ confirm: pass(PASSPHRASE) });
    expect(file(v.dir).slots.map((s) => s.id)).not.toContain('planted-slot');
  });

  it("never carries one vault's list of slots into another through a full export and import", async () => {
    const source = await newVault();
    const target = await newVault();
    const path = join(tempDir(), 'everything.hearth');
    source.platform.nextSavePath = path;
    await source.core.transfer.exportAll({});
    await target.core.transfer.importFile({ path });
    await target.core.vaults.lock();
    await target.core.vaults.unlock({ vaultId: target.vaultId, secret: pass(PASSPHRASE) });
    expect(await target.core.keys.list()).toHaveLength(1);
    await target.core.keys.regenerateRecoveryCode({ confirm: pass(PASSPHRASE) });
    await target.core.vaults.lock();
    await target.core.vaults.unlock({ vaultId: target.vaultId, secret: pass(PASSPHRASE) });
  });

  it('a lock while the database gets its new key: the next unlock opens it and says the recovery code was not seen', async () => {
    const v = await newVault();
    const second = await v.core.keys.addPassphrase({ partner: 'b', passphrase: 'alex has a passphrase too', confirm: pass(PASSPHRASE) });
    const stop = v.raw.onJobProgress((p) => {
      if (p.kind === 'rekey' && p.phase === 'encrypting') void v.core.vaults.lock();
    });
    await expectCode(v.core.keys.remove({ slotId: second.id, confirm: pass(PASSPHRASE) }), 'VAULT_LOCKED');
    stop();
    // The database has its new key; the passphrase that stayed opens it, and the old code does not.
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(v.recoveryCode) }), 'WRONG_PASSPHRASE');
    const session = await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) });
    expect(session.recoveryCodeUnseen).toBe(true);
    expect((await v.core.keys.list()).map((s) => s.id)).not.toContain(second.id);
    const { recoveryCode } = await v.core.keys.regenerateRecoveryCode({ confirm: pass(PASSPHRASE) });
    await v.core.keys.recoveryCodeSeen();
    await v.core.vaults.lock();
    expect((await v.core.vaults.unlock({ vaultId: v.vaultId, secret: recovery(recoveryCode) })).recoveryCodeUnseen).toBe(false);
  });

  it('a restore of a backup made before a passphrase was added keeps that passphrase', async () => {
    const v = await newVault();
    const { backup } = await v.core.backups.backupNow('vault');
    v.clock.advance(60_000);
    await v.core.keys.addPassphrase({ partner: 'b', passphrase: 'alex has a passphrase too', confirm: pass(PASSPHRASE) });
    await v.core.backups.restore({ id: backup!.id });
    expect(await v.core.keys.list()).toHaveLength(2);
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('alex has a passphrase too') });
  });
});
