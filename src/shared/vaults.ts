import { z } from 'zod';
import { Partner } from './basics';
import { Secret } from './keys';
import { LIMITS, folderPath, isoDateTime, passphrase, requiredLine } from './text';

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
