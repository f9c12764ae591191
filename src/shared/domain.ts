import { z } from 'zod';
import { LIMITS, folderPath, isoDateTime, line, passphrase, requiredLine } from './text';

export const PartnerId = z.enum(['a', 'b']);
export type PartnerId = z.infer<typeof PartnerId>;

export const Partner = z.object({ id: PartnerId, name: z.string() });
export type Partner = z.infer<typeof Partner>;

export const VaultId = z.uuid();

/** What the start screen may show of a vault without unlocking it: its name and place, nothing decrypted. */
export const VaultSummary = z.object({
  id: VaultId,
  name: z.string(),
  path: z.string(),
  lastOpenedAt: isoDateTime.nullable(),
  available: z.boolean(),
});
export type VaultSummary = z.infer<typeof VaultSummary>;

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

export const Session = z.object({
  vault: VaultSummary,
  partners: z.array(Partner),
  unlockedWith: z.enum(['passphrase', 'recovery']),
  /** True when no passphrase slot survives (e.g. both key-slot files were lost): ask for a new passphrase. */
  needsPassphrase: z.boolean(),
  /** A re-key finished without its new recovery code being shown (a lock or a crash): the code on paper opens nothing. */
  recoveryCodeUnseen: z.boolean(),
});
export type Session = z.infer<typeof Session>;

export const AppStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('locked') }),
  z.object({ state: z.literal('unlocked'), session: Session }),
]);
export type AppStatus = z.infer<typeof AppStatus>;

export const CreateVaultInput = z
  .object({
    name: requiredLine(LIMITS.name),
    partnerA: requiredLine(LIMITS.name),
    partnerB: requiredLine(LIMITS.name),
    passphrase,
    /** A folder to create the vault in; omitted means the app's own data folder. */
    folder: folderPath.optional(),
  })
  .strict();
export type CreateVaultInput = z.input<typeof CreateVaultInput>;

export const CreatedVault = z.object({ session: Session, recoveryCode: z.string() });
export type CreatedVault = z.infer<typeof CreatedVault>;

export const UnlockInput = z.object({ vaultId: VaultId, secret: Secret }).strict();
export const VaultRef = z.object({ vaultId: VaultId }).strict();
export const FolderInput = z.object({ folder: folderPath }).strict();
export const ChosenFolder = z.object({ folder: z.string().nullable() });

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
