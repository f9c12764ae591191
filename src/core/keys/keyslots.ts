import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PartnerId } from '../../shared/basics';
import { writeFileAtomic } from '../vaults/atomic-file';
import { deriveKey, kdfParamsAreSane, type KdfParams } from './kdf';
import { decrypt, encrypt, generateSlotKeyPair, seal, unseal } from './sealing';

const b64 = z.string().max(4096).regex(/^[A-Za-z0-9+/=]*$/);
const Box = z.object({ iv: b64, ct: b64, tag: b64 });
const SealedBox = Box.extend({ epk: b64 });

const KeySlot = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  kind: z.literal('passphrase'),
  partner: z.enum(['a', 'b']),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  kdf: z.object({ alg: z.literal('argon2id'), m: z.number(), t: z.number(), p: z.number(), salt: b64 }),
  publicKey: b64,
  privateKey: Box,
  dataKey: SealedBox,
  /** Present only while a re-key is under way: the next data key, so a crash mid-way locks nobody out. */
  nextDataKey: SealedBox.optional(),
});
export type KeySlot = z.infer<typeof KeySlot>;

const KeySlotsFile = z.object({
  format: z.literal('hearth-keyslots'),
  version: z.literal(1),
  vaultId: z.string(),
  keyCheck: b64,
  nextKeyCheck: b64.optional(),
  slots: z.array(KeySlot).max(16),
});
export type KeySlotsFile = z.infer<typeof KeySlotsFile>;

export const KEYSLOT_FILES = ['keyslots.json', 'keyslots.backup.json'] as const;

function aad(vaultId: string, slotId: string, part: 'private' | 'data'): string {
  return `hearth-slot-v1|${vaultId}|${slotId}|${part}`;
}

/** A public fingerprint of the data key: lets a recovery code be checked without touching the database. */
export function keyCheck(dataKey: Uint8Array, vaultId: string): string {
  return createHmac('sha256', dataKey).update(`hearth-key-check-v1|${vaultId}`).digest('base64');
}

export function keyCheckMatches(expected: string, dataKey: Uint8Array, vaultId: string): boolean {
  const a = Buffer.from(expected, 'base64');
  const b = Buffer.from(keyCheck(dataKey, vaultId), 'base64');
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface NewSlot {
  vaultId: string;
  dataKey: Uint8Array;
  passphrase: string;
  kdf: KdfParams;
  partner: PartnerId;
  now: Date;
  /** Keep an existing slot's id (and creation date) when its passphrase changes. */
  replaces?: KeySlot;
}

export async function makeSlot(input: NewSlot): Promise<KeySlot> {
  const id = input.replaces?.id ?? randomUUID();
  const salt = randomBytes(16);
  const kek = await deriveKey(input.passphrase, salt, input.kdf);
  const pair = generateSlotKeyPair();
  try {
    return {
      id,
      kind: 'passphrase',
      partner: input.partner,
      createdAt: input.replaces?.createdAt ?? input.now.toISOString(),
      updatedAt: input.now.toISOString(),
      kdf: { alg: 'argon2id', ...input.kdf, salt: salt.toString('base64') },
      publicKey: pair.publicKey,
      privateKey: encrypt(kek, pair.privateKeyDer, aad(input.vaultId, id, 'private')),
      dataKey: seal(pair.publicKey, input.dataKey, aad(input.vaultId, id, 'data')),
    };
  } finally {
    kek.fill(0);
    pair.privateKeyDer.fill(0);
  }
}

/** The slot's private key if the passphrase is right, else null. */
export async function openSlot(slot: KeySlot, vaultId: string, passphrase: string): Promise<Buffer | null> {
  const params = { m: slot.kdf.m, t: slot.kdf.t, p: slot.kdf.p };
  if (!kdfParamsAreSane(params)) return null;
  const kek = await deriveKey(passphrase, Buffer.from(slot.kdf.salt, 'base64'), params);
  try {
    return decrypt(kek, slot.privateKey, aad(vaultId, slot.id, 'private'));
  } finally {
    kek.fill(0);
  }
}

export function unsealDataKey(slot: KeySlot, vaultId: string, privateKey: Buffer, which: 'dataKey' | 'nextDataKey'): Buffer | null {
  const box = slot[which];
  return box ? unseal(privateKey, slot.publicKey, box, aad(vaultId, slot.id, 'data')) : null;
}

/** Seal a new data key to a slot without its passphrase (its public key is enough). */
export function sealToSlot(slot: KeySlot, vaultId: string, dataKey: Uint8Array): KeySlot['dataKey'] {
  return seal(slot.publicKey, dataKey, aad(vaultId, slot.id, 'data'));
}

/** Read the first copy that parses and belongs to this vault; null when both are missing or damaged. */
export function readKeySlots(dir: string, vaultId: string): KeySlotsFile | null {
  for (const name of KEYSLOT_FILES) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    try {
      const parsed = KeySlotsFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (parsed.success && parsed.data.vaultId === vaultId) return parsed.data;
    } catch {
      // A damaged copy is what the second copy is for.
    }
  }
  return null;
}

/** Both copies, one after the other, each atomically: at every moment at least one is whole. */
export function writeKeySlots(dir: string, file: KeySlotsFile): void {
  const text = `${JSON.stringify(KeySlotsFile.parse(file), null, 2)}\n`;
  for (const name of KEYSLOT_FILES) writeFileAtomic(join(dir, name), text);
}
