import { HearthError } from '../../shared/errors';
import type { Db } from '../db/database';
import { openVaultFile } from '../db/vault-file';
import type { Clock } from '../platform';
import { writeVaultMeta, type VaultMeta } from '../vaults/folder';
import { keyCheck, keyCheckMatches, openSlot, unsealDataKey, writeKeySlots, type KeySlotsFile } from './keyslots';
import { decodeRecoveryCode } from './recovery-code';
import { markRecoveryCodeUnseen } from './recovery-state';
import { sortSlots } from './slot-trust';

/**
 * The key work of an unlock (vaults/vault-service.ts `unlock`): the data keys a passphrase or the recovery code gives,
 * the one of them the database opens with, and the slot files settled once it is open.
 */

/** What a passphrase or recovery code that opens nothing is told: at an unlock, or when checked before a change to the keys. */
export function wrongSecret(): HearthError {
  return new HearthError('WRONG_PASSPHRASE', 'That passphrase or recovery code does not open this vault.');
}

/**
 * The data keys the first slot `passphrase` opens holds: its key, and the next one a re-key under way sealed to it.
 * None when it opens no slot.
 */
export async function keysFromPassphrase(file: KeySlotsFile | null, meta: VaultMeta, passphrase: string): Promise<Buffer[]> {
  if (!file || file.slots.length === 0) {
    throw new HearthError('CORRUPT', "This vault's passphrase files are missing or damaged. Open it with the recovery code; Hearth will then ask for a new passphrase.", {
      reason: 'keyslots',
    });
  }
  for (const slot of file.slots) {
    const privateKey = await openSlot(slot, meta.id, passphrase);
    if (!privateKey) continue;
    try {
      return (['dataKey', 'nextDataKey'] as const).map((which) => unsealDataKey(slot, meta.id, privateKey, which)).filter((k): k is Buffer => k !== null);
    } finally {
      privateKey.fill(0);
    }
  }
  return [];
}

/** The data key the recovery code is, when a key check of this vault knows it (today's, or the one a re-key is giving it); none otherwise. */
export function keysFromRecovery(file: KeySlotsFile | null, meta: VaultMeta, code: string): Buffer[] {
  const key = decodeRecoveryCode(code);
  const checks = [file?.keyCheck, file?.nextKeyCheck, meta.keyCheck].filter((c): c is string => Boolean(c));
  if (checks.some((c) => keyCheckMatches(c, key, meta.id))) return [key];
  key.fill(0);
  return [];
}

/**
 * Open the database with the first of `keys` it takes. When none does, every key is wiped and the refusal is named:
 * WRONG_PASSPHRASE for a key that is not the vault's any more, CORRUPT for a damaged file.
 */
export function openWithFirstWorkingKey(path: string, keys: Buffer[], meta: VaultMeta, file: KeySlotsFile | null): { db: Db; userVersion: number; dataKey: Buffer } {
  let lastError: unknown;
  for (const dataKey of keys) {
    try {
      return { ...openVaultFile(path, dataKey), dataKey };
    } catch (error) {
      lastError = error;
      if ((error as { code?: string }).code !== 'SQLITE_NOTADB') break;
    }
  }
  // A key from before the vault's last re-key (a slot file copy put back, a passphrase since removed or changed,
  // or the recovery code before it): vault.json names the key of today, or the slot file the key a re-key under way
  // was giving the database, and this is neither.
  const matches = (check: string | undefined) => check !== undefined && keys.some((k) => keyCheckMatches(check, k, meta.id));
  const stale = !matches(meta.keyCheck) || (file?.nextKeyCheck !== undefined && !matches(file.nextKeyCheck));
  for (const k of keys) k.fill(0);
  if ((lastError as { code?: string }).code === 'SQLITE_NOTADB' && stale) throw wrongSecret();
  // The key was proven right (by its slot or its fingerprint), so a refusal means a damaged file.
  if ((lastError as { code?: string }).code === 'SQLITE_NOTADB') {
    throw new HearthError('CORRUPT', 'The vault file is damaged: it no longer opens with its own key. Restore a backup; nothing was changed.', { reason: 'database' });
  }
  throw lastError;
}

/**
 * After an unlock: finish a re-key a crash interrupted (the slots keep the key the database opened with), and drop
 * any slot this vault did not make (slot-trust.ts), so it is never given a key.
 */
export function settleKeySlots(dir: string, file: KeySlotsFile | null, meta: VaultMeta, dataKey: Buffer, db: Db, clock: Clock): void {
  const check = keyCheck(dataKey, meta.id);
  // A re-key that the database finished but Hearth did not (a lock or a crash before its last steps): the new
  // recovery code was never shown, so the one on paper opens nothing. Say so until a new one is made.
  if (file?.nextKeyCheck === check) markRecoveryCodeUnseen(db, clock.now());
  if (meta.keyCheck !== check) writeVaultMeta(dir, { ...meta, keyCheck: check });
  const { trusted, refused } = sortSlots(db, file?.slots ?? [], clock.now());
  if (file && file.keyCheck === check && !file.nextKeyCheck && refused.length === 0) return;
  const slots = trusted.flatMap((slot) => {
    const { nextDataKey, ...rest } = slot;
    if (file?.keyCheck === check) return [rest];
    return nextDataKey && file?.nextKeyCheck === check ? [{ ...rest, dataKey: nextDataKey }] : [];
  });
  writeKeySlots(dir, { format: 'hearth-keyslots', version: 1, vaultId: meta.id, keyCheck: check, slots });
}
