import { join } from 'node:path';
import type { BackupKind, BackupSummary } from '../../shared/backups';
import type { Db } from '../db/database';
import { BackupFolder, fileBackup, freshBackupName } from './backup-files';
import { copyDatabase, type IsCancelled } from './copy';

/** The copies made on the connection that is about to change the vault, as the first step of that change. */
export type SafetyCopyKind = Extract<BackupKind, 'pre-migration' | 'pre-import'>;

/** Where a safety copy goes (the vault's folder), and when it is made by the app's clock (a worker has none of its own). */
export interface SafetyCopyTarget {
  vaultDir: string;
  at: string;
}

/**
 * A verified copy of the open vault in its backups folder, noted in the manifest: the way back from a migration or
 * an import, made before anything changes. It throws when the copy cannot be made or does not pass its check (or,
 * with `isCancelled`, when asked to stop), and then the change must not go ahead.
 */
export function copyBefore(kind: SafetyCopyKind, db: Db, dataKey: Uint8Array, target: SafetyCopyTarget, isCancelled?: IsCancelled): BackupSummary {
  const started = performance.now();
  const folder = new BackupFolder(target.vaultDir);
  folder.ensure();
  const id = freshBackupName(folder.dir, new Date(target.at), kind);
  const { sizeBytes } = copyDatabase(db, dataKey, join(folder.dir, id), undefined, isCancelled);
  const entry = fileBackup({ vaultDir: target.vaultDir, id, kind, createdAt: target.at, thin: false }, performance.now() - started);
  return { id, ...entry, sizeBytes };
}
