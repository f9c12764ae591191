import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { KeySlotSummary, PartnerId, Secret } from '../../../shared/domain';
import { HearthError } from '../../../shared/errors';
import { openDatabase, rawKey, rekeyDatabase } from '../db/database';
import { FILE_MODE, syncDirectory } from './atomic-file';
import { readVaultMeta, vaultPaths, writeVaultMeta } from './folder';
import { keyCheck, makeSlot, readKeySlots, sealToSlot, writeKeySlots, type KeySlot, type KeySlotsFile } from './keyslots';
import { decodeRecoveryCode, encodeRecoveryCode } from './recovery-code';
import { renderRecoveryKit } from './recovery-kit';
import type { VaultService } from './vault-service';

const MAX_SLOTS = 8;


/** Passphrase slots and the recovery code of the unlocked vault. */
export class KeyService {
  readonly #vaults: VaultService;

  constructor(vaults: VaultService) {
    this.#vaults = vaults;
  }

  #file(): KeySlotsFile {
    const vault = this.#vaults.requireUnlocked();
    return (
      readKeySlots(vault.dir, vault.meta.id) ?? {
        format: 'hearth-keyslots',
        version: 1,
        vaultId: vault.meta.id,
        keyCheck: keyCheck(vault.dataKey, vault.meta.id),
        slots: [],
      }
    );
  }

  list(): KeySlotSummary[] {
    return this.#file().slots.map((slot) => this.#summary(slot));
  }

  /** A slot's name is kept in the encrypted database; without one it is named after its partner. */
  #summary(slot: KeySlot): KeySlotSummary {
    const vault = this.#vaults.requireUnlocked();
    const row = vault.db.prepare('SELECT label FROM key_slot_labels WHERE slot_id = ?').get(slot.id) as { label: string } | undefined;
    const partnerName = vault.partners().find((p) => p.id === slot.partner)?.name ?? 'Partner';
    return { id: slot.id, label: row?.label ?? `${partnerName}'s passphrase`, partner: slot.partner, createdAt: slot.createdAt, updatedAt: slot.updatedAt };
  }

  async addPassphrase(input: { partner: PartnerId; label?: string | undefined; passphrase: string; confirm?: Secret | undefined }): Promise<KeySlotSummary> {
    const vault = this.#vaults.requireUnlocked();
    const file = this.#file();
    if (file.slots.length > 0) {
      if (!input.confirm) throw new HearthError('VALIDATION', 'Confirm with a current passphrase or the recovery code first.', { field: 'confirm' });
      await this.#vaults.verifySecret(input.confirm);
    }
    if (file.slots.length >= MAX_SLOTS) throw new HearthError('VALIDATION', `A vault keeps at most ${MAX_SLOTS} passphrases. Remove one first.`);
    const slot = await makeSlot({
      vaultId: vault.meta.id,
      dataKey: vault.dataKey,
      passphrase: input.passphrase,
      kdf: await this.#vaults.kdfParams(),
      partner: input.partner,
      now: this.#vaults.clock.now(),
    });
    if (input.label) vault.db.prepare('INSERT OR REPLACE INTO key_slot_labels (slot_id, label) VALUES (?, ?)').run(slot.id, input.label);
    writeKeySlots(vault.dir, { ...file, slots: [...file.slots, slot] });
    return this.#summary(slot);
  }

  async changePassphrase(input: { slotId: string; current: Secret; next: string }): Promise<KeySlotSummary> {
    const vault = this.#vaults.requireUnlocked();
    const file = this.#file();
    const old = file.slots.find((s) => s.id === input.slotId);
    if (!old) throw new HearthError('NOT_FOUND', 'That passphrase is no longer in this vault.');
    await this.#vaults.verifySecret(input.current);
    const slot = await makeSlot({
      vaultId: vault.meta.id,
      dataKey: vault.dataKey,
      passphrase: input.next,
      kdf: await this.#vaults.kdfParams(),
      partner: old.partner,
      now: this.#vaults.clock.now(),
      replaces: old,
    });
    writeKeySlots(vault.dir, { ...file, slots: file.slots.map((s) => (s.id === old.id ? slot : s)) });
    return this.#summary(slot);
  }

  async remove(input: { slotId: string; confirm: Secret }): Promise<void> {
    const vault = this.#vaults.requireUnlocked();
    const file = this.#file();
    if (!file.slots.some((s) => s.id === input.slotId)) throw new HearthError('NOT_FOUND', 'That passphrase is no longer in this vault.');
    if (file.slots.length === 1) throw new HearthError('LAST_SLOT', 'This is the last passphrase of the vault; add another before removing it.');
    await this.#vaults.verifySecret(input.confirm);
    writeKeySlots(vault.dir, { ...file, slots: file.slots.filter((s) => s.id !== input.slotId) });
    vault.db.prepare('DELETE FROM key_slot_labels WHERE slot_id = ?').run(input.slotId);
  }

  /**
   * A new recovery code is a new data key: the database is re-keyed and every slot resealed. The
   * next key is written into the slot files first, so a crash at any step still leaves a way in.
   */
  async regenerateRecoveryCode(confirm: Secret): Promise<{ recoveryCode: string }> {
    await this.#vaults.verifySecret(confirm);
    const vault = this.#vaults.requireUnlocked();
    const file = this.#file();
    const id = vault.meta.id;
    const next = randomBytes(32);
    const nextCheck = keyCheck(next, id);
    writeKeySlots(vault.dir, { ...file, nextKeyCheck: nextCheck, slots: file.slots.map((s) => ({ ...s, nextDataKey: sealToSlot(s, id, next) })) });
    rekeyDatabase(vault.db, next);
    writeKeySlots(vault.dir, { ...file, keyCheck: nextCheck, slots: file.slots.map((s) => ({ ...s, dataKey: sealToSlot(s, id, next) })) });
    writeVaultMeta(vault.dir, { ...readVaultMeta(vault.dir), keyCheck: nextCheck });
    this.#rekeyBackups(vault.dir, vault.dataKey, next);
    vault.replaceDataKey(next);
    return { recoveryCode: encodeRecoveryCode(next) };
  }

  /**
   * The vault's own backups follow the new key, so they can still be restored (the old key, and
   * with it the old recovery code, opens nothing any more). A copy that does not open is left as it is.
   */
  #rekeyBackups(dir: string, previous: Uint8Array, next: Uint8Array): void {
    const folder = vaultPaths(dir).backups;
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.db'))) {
      try {
        const { db } = openDatabase(join(folder, name), previous);
        try {
          db.pragma('journal_mode = DELETE');
          db.pragma(`rekey=${rawKey(next)}`);
        } finally {
          db.close();
        }
      } catch {
        // A backup that no longer opens with the old key cannot be helped by the new one.
      }
    }
  }

  /** Write the printable kit where the person chooses; only the unlocked vault's own code is accepted. */
  async saveRecoveryKit(code: string): Promise<{ saved: boolean }> {
    const vault = this.#vaults.requireUnlocked();
    const key = decodeRecoveryCode(code);
    const matches = key.equals(vault.dataKey);
    key.fill(0);
    if (!matches) throw new HearthError('VALIDATION', 'That is not the recovery code of this vault.', { field: 'recoveryCode' });
    const path = await this.#vaults.platform.chooseSavePath({
      title: 'Save your recovery kit',
      defaultName: 'Hearth recovery kit.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (!path) return { saved: false };
    const pdf = await renderRecoveryKit({ vaultName: vault.meta.name, createdAt: this.#vaults.clock.now(), code });
    // Written beside its destination and renamed, so a failure leaves no half-written kit.
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`);
    try {
      writeFileSync(temp, pdf, { mode: FILE_MODE, flag: 'wx' });
      renameSync(temp, path);
      syncDirectory(dirname(path));
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return { saved: true };
  }
}
