import { z } from 'zod';
import { folderPath, isoDateTime } from './text';

/**
 * Why a backup was made: the daily one on unlock, the safety copies before a migration, a restore or an import,
 * or "Back up now".
 */
export const BACKUP_KINDS = ['daily', 'pre-migration', 'pre-restore', 'pre-import', 'manual'] as const;
export const BackupKind = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof BackupKind>;

/** A backup's file name, as Hearth writes it: `hearth-<UTC time>[-<kind>][-<n>].db`. Never a path. */
export const BACKUP_NAME = /^hearth-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-(manual|pre-migration|pre-restore|pre-import))?(?:-(\d{1,3}))?\.db$/;
export const BackupId = z.string().max(80).regex(BACKUP_NAME, 'That is not one of this vault’s backups.');

export const BackupSummary = z.object({
  /** The file name inside the vault's backups folder. */
  id: z.string(),
  kind: BackupKind,
  createdAt: isoDateTime,
  sizeBytes: z.number(),
  /** When it last opened with the vault's key and passed the integrity check; null if never checked. */
  verifiedAt: isoDateTime.nullable(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

/** Back up into the vault's own backups folder, or make a complete vault copy inside a chosen folder (a USB stick). */
export const BackupNowInput = z.union([z.literal('vault'), z.object({ folder: folderPath }).strict()]);
export type BackupNowInput = z.input<typeof BackupNowInput>;

export const BackupMade = z.object({
  /** The new backup file, or the new vault folder when backing up to a chosen folder. */
  path: z.string(),
  createdAt: isoDateTime,
  sizeBytes: z.number(),
  /** The entry in `backups.list()`; null for a copy made elsewhere. */
  backup: BackupSummary.nullable(),
});
export type BackupMade = z.infer<typeof BackupMade>;

export const BackupRef = z.object({ id: BackupId }).strict();

export const Restored = z.object({
  restored: BackupSummary,
  /** The copy of the vault as it was just before the restore. */
  safetyCopy: BackupSummary,
});
export type Restored = z.infer<typeof Restored>;
