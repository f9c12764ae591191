import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCode, newVault, PASSPHRASE } from './helpers';

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

  it('changes a passphrase by rewrapping its slot, without rewriting the database', async () => {
    const v = await newVault();
    const [slot] = await v.core.keys.list();
    await v.core.vaults.lock();
    const before = digest(join(v.dir, 'hearth.db'));
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) });
    const changed = await v.core.keys.changePassphrase({ slotId: slot!.id, current: pass(PASSPHRASE), next: 'a fresh new passphrase' });
    expect(changed.id).toBe(slot!.id);
    await v.core.vaults.lock();
    expect(digest(join(v.dir, 'hearth.db'))).toBe(before);
    await expectCode(v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass(PASSPHRASE) }), 'WRONG_PASSPHRASE');
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: pass('a fresh new passphrase') });
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

  it('saves the recovery kit as a PDF only where the person chose, and only for this vault', async () => {
    const v = await newVault();
    expect(await v.core.keys.saveRecoveryKit({ recoveryCode: v.recoveryCode })).toEqual({ saved: false });
    const other = await newVault();
    await expectCode(v.core.keys.saveRecoveryKit({ recoveryCode: other.recoveryCode }), 'VALIDATION');
    const target = join(v.dataDir, 'kit.pdf');
    v.platform.nextSavePath = target;
    expect(await v.core.keys.saveRecoveryKit({ recoveryCode: v.recoveryCode })).toEqual({ saved: true });
    const pdf = readFileSync(target);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
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
