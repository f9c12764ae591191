import { randomBytes } from 'node:crypto';
import type { KeySlotSummary, Secret } from '../../shared/keys';
import type { PartnerId } from '../../shared/basics';
import { HearthError } from '../../shared/errors';
import { readVaultMeta, vaultPaths, writeVaultMeta } from '../vaults/folder';
import { keyCheck, makeSlot, readKeySlots, sealToSlot, writeKeySlots, type KeySlot, type KeySlotsFile } from './keyslots';
import { encodeRecoveryCode } from './recovery-code';
import { clearRecoveryCodeUnseen, markRecoveryCodeUnseen } from './recovery-state';
import { recordDuringChange, recordSlots, sortSlots } from './slot-trust';
import type { VaultService } from '../vaults/vault-service';
import type { TrackedJob } from '../jobs/job-tracker';
import type { VaultJobs } from '../worker/run-job';

const MAX_SLOTS = 8;

/** What a re-key leaves: the new recovery code, and the vault's backups that could not follow the new key. */
export interface Rekeyed {
  recoveryCode: string;
  backupsNotRekeyed: string[];
}

/** Passphrase slots and the recovery code of the unlocked vault. */
export class KeyService {
  readonly #vaults: VaultService;
  readonly #jobs: VaultJobs;
  readonly #othersDone: () => Promise<void>;

  /**
   * `jobs`: the vault worker, where a re-key re-encrypts the database and the backups. `othersDone`: resolves once no
   * other connection to the database is open (the search index's worker), which SQLCipher needs to re-key a file.
   */
  constructor(vaults: VaultService, options: { jobs: VaultJobs; othersDone: () => Promise<void> }) {
    this.#vaults = vaults;
    this.#jobs = options.jobs;
    this.#othersDone = options.othersDone;
  }

  /** The slot file as this vault made it: a slot added by hand beside it is left out (slot-trust.ts). */
  #file(): KeySlotsFile {
    const vault = this.#vaults.requireUnlocked();
    const file = readKeySlots(vault.dir, vault.meta.id) ?? {
      format: 'hearth-keyslots',
      version: 1,
      vaultId: vault.meta.id,
      keyCheck: keyCheck(vault.dataKey, vault.meta.id),
      slots: [],
    };
    return { ...file, slots: sortSlots(vault.db, file.slots, this.#vaults.clock.now()).trusted };
  }

  /** The couple typed the new recovery code back: it is on paper. */
  recoveryCodeSeen(): void {
    clearRecoveryCodeUnseen(this.#vaults.requireUnlocked().db);
  }

  /** Write the slot file, trusting the old and the new list while it changes (slot-trust.ts). */
  #save(before: KeySlotsFile, after: KeySlotsFile): void {
    const vault = this.#vaults.requireUnlocked();
    const now = this.#vaults.clock.now();
    recordDuringChange(vault.db, before.slots, after.slots, now);
    writeKeySlots(vault.dir, after);
    recordSlots(vault.db, after.slots, now);
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
    this.#save(file, { ...file, slots: [...file.slots, slot] });
    return this.#summary(slot);
  }

  /**
   * A new passphrase for a slot. With `lockOutOldCopies` (the default) the vault is also re-keyed, so a copy of the
   * old slot file kept anywhere, with the old passphrase, opens nothing any more (see #rekey).
   */
  async changePassphrase(
    input: { slotId: string; current: Secret; next: string; lockOutOldCopies: boolean },
    job?: TrackedJob,
  ): Promise<{ slot: KeySlotSummary; rekeyed: Rekeyed | null }> {
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
    const slots = file.slots.map((s) => (s.id === old.id ? slot : s));
    if (!input.lockOutOldCopies) {
      this.#save(file, { ...file, slots });
      return { slot: this.#summary(slot), rekeyed: null };
    }
    const rekeyed = await this.#rekey(file, slots, job);
    return { slot: this.#summary(slot), rekeyed };
  }

  /**
   * Removing a passphrase takes its access back: the slot goes, and the vault is re-keyed, so the removed passphrase
   * opens nothing even with a copy of the old slot file, and neither does the old recovery code (#rekey).
   */
  async remove(input: { slotId: string; confirm: Secret }, job?: TrackedJob): Promise<Rekeyed> {
    const file = this.#file();
    if (!file.slots.some((s) => s.id === input.slotId)) throw new HearthError('NOT_FOUND', 'That passphrase is no longer in this vault.');
    if (file.slots.length === 1) throw new HearthError('LAST_SLOT', 'This is the last passphrase of the vault; add another before removing it.');
    await this.#vaults.verifySecret(input.confirm);
    const rekeyed = await this.#rekey(file, file.slots.filter((s) => s.id !== input.slotId), job);
    // The vault was opened again with its new key: its connection is a new one.
    this.#vaults.requireUnlocked().db.prepare('DELETE FROM key_slot_labels WHERE slot_id = ?').run(input.slotId);
    return rekeyed;
  }

  /** A new recovery code: the vault is re-keyed with every slot kept (#rekey). */
  async regenerateRecoveryCode(confirm: Secret, job?: TrackedJob): Promise<Rekeyed> {
    await this.#vaults.verifySecret(confirm);
    const file = this.#file();
    return this.#rekey(file, file.slots, job);
  }

  /**
   * A new data key, and with it a new recovery code (the code is the key written down): `slots` (the ones that keep
   * access) are sealed the next key beside the current one, and any other slot is gone from the file first; the
   * database is re-encrypted on the vault worker while its connection is closed; then the slots keep the new key
   * only, and the vault's backups follow it. A crash at any step leaves a way in: the slot files hold whichever key
   * the database has (VaultService settles them at the next unlock).
   */
  async #rekey(file: KeySlotsFile, slots: KeySlot[], job?: TrackedJob): Promise<Rekeyed> {
    const vault = this.#vaults.requireUnlocked();
    const { dir } = vault;
    const id = vault.meta.id;
    const next = randomBytes(32);
    const nextCheck = keyCheck(next, id);
    const { nextKeyCheck: _pending, ...settled } = file;
    // A slot being removed stays, with the current key only, until the database has the next one: if this stops
    // before, the removal did not happen (and says so); after, the next unlock drops it (it has no next key).
    const leaving = file.slots.filter((s) => !slots.some((k) => k.id === s.id));
    this.#save(file, { ...settled, nextKeyCheck: nextCheck, slots: [...slots.map((s) => ({ ...s, nextDataKey: sealToSlot(s, id, next) })), ...leaving] });
    // Until the couple has typed the new code back (keys.recoveryCodeSeen), the vault says its code may be unseen:
    // a lock or a crash from here on would otherwise leave them with a paper code that opens nothing, unawares.
    markRecoveryCodeUnseen(vault.db, this.#vaults.clock.now());
    const previous = Buffer.from(vault.dataKey);
    try {
      await this.#vaults.rekeyFile(async (database, key) => {
        job?.phase('encrypting');
        await this.#othersDone(); // nothing new starts while the file is closed
        await this.#jobs.run({ kind: 'rekey', next }, { database, key });
      }, next);
      writeKeySlots(dir, { ...settled, keyCheck: nextCheck, slots: slots.map(({ nextDataKey: _next, ...s }) => ({ ...s, dataKey: sealToSlot(s, id, next) })) });
      recordSlots(this.#vaults.requireUnlocked().db, slots, this.#vaults.clock.now());
      writeVaultMeta(dir, { ...readVaultMeta(dir), keyCheck: nextCheck });
      const { failed } = await this.#jobs.run(
        { kind: 'rekey-backups', folder: vaultPaths(dir).backups, next },
        { key: previous, onProgress: (_phase, done, total) => job?.phase('writing', done, total) },
      );
      return { recoveryCode: encodeRecoveryCode(next), backupsNotRekeyed: failed };
    } finally {
      previous.fill(0);
      next.fill(0);
    }
  }
}
