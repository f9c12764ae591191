import type { ErrorCode, ErrorDetails } from '../../shared/errors';
import type { ImportReport } from '../../shared/transfer';
import type { BackupFiling } from '../backups/backup-files';
import type { MigrateJob, MigrateResult } from '../backups/pre-migration';
import type { SafetyCopyTarget } from '../backups/safety-copy';
import type { TableCounts } from '../backups/copy';
import type { PdfJob, PdfJobResult } from '../therapyExport/pdf-job';
import type { KdfParams } from '../keys/kdf';
import type { DocumentRead, ReadContext, ReadQuery, ReadResults } from './reads';

/**
 * The heavy vault jobs that run on a worker thread, each on a connection of its own to the vault file (opened
 * with the same raw data key), so the main process's event loop keeps turning while they work.
 */
export type VaultJob =
  /**
   * `VACUUM INTO` an encrypted copy beside `target`, verify it, flush it and rename it into place; with `file`, then
   * file it in the backups folder: noted in the manifest, old copies thinned out, an interrupted copy's leftovers
   * cleared (backup/backup-files.ts `fileBackup`). Cancellable until it is in place.
   */
  | { kind: 'copy'; target: string; file?: BackupFiling }
  /** Open a copy read-only with the key and run the integrity check (a backup before it is restored). Cancellable before it starts. */
  | { kind: 'verify'; path: string }
  /** Every section of the vault as the export document, sealed when a passphrase is given, written atomically. Cancellable until it writes. */
  | { kind: 'exportAll'; target: string; exportedAt: string; seal: { passphrase: string; kdf: KdfParams } | null }
  /**
   * Read and check an import file (its photos re-encoded), make the checked `pre-import` copy of the vault into
   * `copyTo` (backup/safety-copy.ts; no copy, no merge), then merge in one transaction on the worker's connection.
   * Cancellable until it commits (a rollback; the copy made for it is removed).
   */
  | { kind: 'import'; path: string; passphrase: string | undefined; copyTo: SafetyCopyTarget }
  /** Delete index rows no entry points at any more, then one step of upkeep (search/search-index.ts `deferUpkeep`). */
  | { kind: 'index-upkeep'; rows: number[] }
  /** What upkeep a crash or a quit left owed: orphaned rows, an unfinished sweep (read only). */
  | { kind: 'owed-upkeep' }
  /** A long read (a search, the insights page, the therapy export's checklist or document) on the thread's kept, read-only connection (worker/reads.ts). */
  | { kind: 'read'; context: ReadContext; query: ReadQuery }
  /** Close the connection the reads keep (at a lock, before a re-key or a restore, when idle); never opens the vault. */
  | { kind: 'read-release' }
  /** A copy of the vault into its backups folder, then its pending migrations (backup/pre-migration.ts). */
  | MigrateJob
  /**
   * Lay out and write the therapy PDF from its document model (export/pdf-job.ts), given, or read first on the
   * thread's kept connection (`read`: worker/reads.ts), so the document never crosses to the main thread. Cancellable.
   */
  | PdfJob
  | (Omit<PdfJob, 'document'> & { read: DocumentRead })
  /** Remove files a few megabytes at a time (vault/paced-disk.ts), such as the database a restore set aside; never opens the vault. */
  | { kind: 'remove'; paths: string[] }
  /** Give the vault's database the next key while the main connection is closed (vault/rekey-files.ts); not cancellable. */
  | { kind: 'rekey'; next: Uint8Array }
  /** Give the vault's backups the next key (opened with the job's key, the old one); names those that could not follow. */
  | { kind: 'rekey-backups'; folder: string; next: Uint8Array };

export interface JobResults {
  copy: { sizeBytes: number; counts: TableCounts; exact: boolean; verifiedAt: string | null };
  verify: TableCounts;
  exportAll: { bytes: number };
  import: ImportReport;
  'index-upkeep': { purged: number; sweepPending: boolean };
  'owed-upkeep': { rows: number[]; sweepPending: boolean };
  /** `opened`: whether this read had to open the connection (for tests). */
  read: { value: ReadResults[ReadQuery['what']]; opened: boolean };
  'read-release': { released: boolean };
  migrate: MigrateResult;
  pdf: PdfJobResult;
  /** How many shrinking steps the removals took. */
  remove: { steps: number };
  rekey: { rekeyed: true };
  'rekey-backups': { failed: string[] };
}

/**
 * What the worker receives. The key arrives as its own buffer (transferred, not shared) and is wiped after use; a job
 * that never opens the vault ('pdf', 'remove') gets an empty key and no database.
 */
export interface JobInput {
  job: VaultJob;
  database: string;
  key: Uint8Array;
}

export interface WorkerError {
  name: string;
  message: string;
  /** A HearthError's code, or a Node/SQLite error's code (ENOENT, SQLITE_BUSY, …). */
  code?: string;
  hearth?: { code: ErrorCode; details?: ErrorDetails };
}

/**
 * To the worker: a job to run, with its cancel flag: one Int32 on a SharedArrayBuffer that the caller sets to 1 to
 * ask the job to stop. Shared memory, not a message, so a job reads it between its steps even while it keeps its
 * thread busy (a merge inside one transaction, a copy, a check): no turn of the worker's event loop is needed.
 */
export type ToWorker = { id: number; input: JobInput; cancel: Int32Array };

export type WorkerMessage =
  /** `done` of `total`: how many items of the phase are finished, where the job counts them. */
  | { type: 'progress'; phase: string; done?: number; total?: number }
  | { type: 'done'; value: unknown }
  | { type: 'error'; error: WorkerError };
