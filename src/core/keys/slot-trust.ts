import { createHash } from 'node:crypto';
import type { Db } from '../db/database';
import type { KeySlot } from './keyslots';

/**
 * Which key slots this vault made, kept inside the encrypted database (so under the data key, where nobody at the
 * disk can change it). keyslots.json itself is plain JSON beside the database: a slot someone adds there by hand
 * (with a passphrase of their own) would otherwise be sealed the next data key at the next re-key. A slot that is
 * not on this list is refused at unlock, dropped from the file, and never given a key.
 */
export const TRUSTED_SLOTS_SETTING = 'keyslots.trusted';
const SETTING = TRUSTED_SLOTS_SETTING;

/** A slot is its id and its public key: a new passphrase makes a new key pair, so it is a new fingerprint. */
function fingerprint(slot: Pick<KeySlot, 'id' | 'publicKey'>): string {
  return createHash('sha256').update(`hearth-slot-fingerprint-v1|${slot.id}|${slot.publicKey}`).digest('base64');
}

function recorded(db: Db): Set<string> | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(SETTING) as { value: string } | undefined;
  return row ? new Set(JSON.parse(row.value) as string[]) : null;
}

/** Make `slots` the vault's whole list of its own slots. */
export function recordSlots(db: Db, slots: readonly KeySlot[], now: Date): void {
  db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at').run(
    SETTING,
    JSON.stringify(slots.map(fingerprint)),
    now.toISOString(),
  );
}

/**
 * The slots of the file that this vault made, and the ones it did not. A vault from before this list existed has
 * its slots recorded as they are, once, at the first unlock that finds no list.
 */
export function sortSlots(db: Db, slots: readonly KeySlot[], now: Date): { trusted: KeySlot[]; refused: KeySlot[] } {
  const known = recorded(db);
  if (!known) {
    recordSlots(db, slots, now);
    return { trusted: [...slots], refused: [] };
  }
  return { trusted: slots.filter((s) => known.has(fingerprint(s))), refused: slots.filter((s) => !known.has(fingerprint(s))) };
}

/** Both lists are trusted while the file changes from one to the other, so a crash in between locks nobody out. */
export function recordDuringChange(db: Db, before: readonly KeySlot[], after: readonly KeySlot[], now: Date): void {
  const seen = new Set(after.map((s) => s.id + s.publicKey));
  recordSlots(db, [...after, ...before.filter((s) => !seen.has(s.id + s.publicKey))], now);
}
