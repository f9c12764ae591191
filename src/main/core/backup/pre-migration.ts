import { join } from 'node:path';
import type { BackupSummary } from '../../../shared/backups';
import type { Db } from '../db/database';
import { LATEST_VERSION, migrate } from '../db/migrations';
import { BackupFolder, fileBackup, freshBackupName } from './backup-files';
import { copyDatabase } from './copy';

/**
 * A verified copy of the open vault in its backups folder, noted in the manifest: the way back from a migration,
 * made on the thread that is about to migrate, before anything changes.
 */
export function copyBeforeMigrating(db: Db, dataKey: Uint8Array, vaultDir: string, at: Date): BackupSummary {
  const started = performance.now();
  const folder = new BackupFolder(vaultDir);
  folder.ensure();
  const id = freshBackupName(folder.dir, at, 'pre-migration');
  const { sizeBytes } = copyDatabase(db, dataKey, join(folder.dir, id));
  const entry = fileBackup({ vaultDir, id, kind: 'pre-migration', createdAt: at.toISOString(), thin: false }, performance.now() - started);
  return { id, ...entry, sizeBytes };
}

/**
 * Pending migrations as a vault-worker job, so the seconds a large vault takes (the copy, then rewriting tables) keep
 * off the main thread's event loop: the pre-migration copy first, and no migration at all if it fails.
 */
export interface MigrateJob {
  kind: 'migrate';
  /**
   * Where the pre-migration copy goes, and when it is made by the app's clock. Null for a file that is itself a copy:
   * a restore's staged file, whose backup stays in the folder as it was.
   */
  copyTo: { vaultDir: string; at: string } | null;
}

export interface MigrateResult {
  from: number;
  to: number;
  /** The pre-migration copy's name, when there was anything to migrate and a copy was asked for. */
  backup: string | null;
}

export function migrateWithCopy(db: Db, dataKey: Uint8Array, job: MigrateJob): MigrateResult {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from >= LATEST_VERSION) return { from, to: from, backup: null };
  const backup = job.copyTo ? copyBeforeMigrating(db, dataKey, job.copyTo.vaultDir, new Date(job.copyTo.at)) : null;
  return { from, to: migrate(db), backup: backup?.id ?? null };
}
