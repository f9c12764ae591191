import { z } from 'zod';
import { PartnerId } from './basics';
import { LIMITS, isoDateTime, line, passphrase } from './text';

/** Something that opens a vault: a passphrase of any slot, or the recovery code. */
export const Secret = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), passphrase: z.string().min(1).max(LIMITS.passphraseMax) }).strict(),
  z.object({ kind: z.literal('recovery'), code: z.string().min(1).max(LIMITS.recoveryCode) }).strict(),
]);
export type Secret = z.infer<typeof Secret>;

export const KeySlotSummary = z.object({
  id: z.string(),
  label: z.string(),
  partner: PartnerId,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type KeySlotSummary = z.infer<typeof KeySlotSummary>;

export const AddPassphraseInput = z
  .object({
    partner: PartnerId,
    label: line(LIMITS.label).optional(),
    passphrase,
    /** Proof that the person at the keyboard holds the vault; omitted only when no passphrase slot exists. */
    confirm: Secret.optional(),
  })
  .strict();

export const ChangePassphraseInput = z
  .object({
    slotId: z.string().max(64),
    current: Secret,
    next: passphrase,
    /** Also re-key the vault, so a copy of the old slot file with the old passphrase opens nothing (on unless asked). */
    lockOutOldCopies: z.boolean().default(true),
  })
  .strict();
export const RemoveSlotInput = z.object({ slotId: z.string().max(64), confirm: Secret }).strict();
export const ConfirmInput = z.object({ confirm: Secret }).strict();
/**
 * After a re-key (a new recovery code, a passphrase removed, or changed with "lock out old copies"): the new recovery
 * code, shown once, and the names of the vault's backups that could not follow the new key (they still open with the
 * old passphrases and the old code).
 */
export const Rekeyed = z.object({ recoveryCode: z.string(), backupsNotRekeyed: z.array(z.string()) });
export type Rekeyed = z.infer<typeof Rekeyed>;
export const PassphraseChanged = z.object({ slot: KeySlotSummary, rekeyed: Rekeyed.nullable() });
