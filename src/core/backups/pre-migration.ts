import type { Db } from '../db/database';
import { LATEST_VERSION, migrate } from '../db/migrations';
import { copyBefore, type SafetyCopyTarget } from './safety-copy';

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
  copyTo: SafetyCopyTarget | null;
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
  const backup = job.copyTo ? copyBefore('pre-migration', db, dataKey, job.copyTo) : null;
  return { from, to: migrate(db), backup: backup?.id ?? null };
}
