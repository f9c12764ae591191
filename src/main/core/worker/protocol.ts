import type { ErrorCode, ErrorDetails } from '../../../shared/errors';
import type { ImportReport } from '../../../shared/transfer';
import type { TableCounts } from '../backup/copy';
import type { PdfJob, PdfJobResult } from '../export/pdf-job';
import type { KdfParams } from '../vault/kdf';

/**
 * The heavy vault jobs that run on a worker thread, each on a connection of its own to the vault file (opened
 * with the same raw data key), so the main process's event loop keeps turning while they work.
 */
export type VaultJob =
  /** `VACUUM INTO` an encrypted copy beside `target`, verify it, flush it and rename it into place. */
  | { kind: 'copy'; target: string }
  /** Open a copy read-only with the key and run the integrity check (a backup before it is restored). */
  | { kind: 'verify'; path: string }
  /** Every section of the vault as the export document, sealed when a passphrase is given, written atomically. */
  | { kind: 'export'; target: string; exportedAt: string; seal: { passphrase: string; kdf: KdfParams } | null }
  /** Read, check and merge an import file in one transaction on the worker's connection. */
  | { kind: 'import'; path: string; passphrase: string | undefined }
  /** Securely delete index rows no entry points at any more (search/search-index.ts `deferPurges`). */
  | { kind: 'purge'; rows: number[] }
  /** Find such rows left by a crash (read only). */
  | { kind: 'orphans' }
  /** Lay out and write the therapy PDF from its document model (export/pdf-job.ts); never opens the vault. Cancellable. */
  | PdfJob;

export interface JobResults {
  copy: { sizeBytes: number; counts: TableCounts; exact: boolean };
  verify: TableCounts;
  export: { bytes: number };
  import: ImportReport;
  purge: { purged: number };
  orphans: number[];
  pdf: PdfJobResult;
}

/**
 * What the worker receives. The key arrives as its own buffer (transferred, not shared) and is wiped after use; a job
 * that never opens the vault ('pdf') gets an empty key and no database.
 */
export interface JobInput {
  job: VaultJob;
  database: string;
  key: Uint8Array;
  nativeBinding?: string;
}

export interface WorkerError {
  name: string;
  message: string;
  /** A HearthError's code, or a Node/SQLite error's code (ENOENT, SQLITE_BUSY, …). */
  code?: string;
  hearth?: { code: ErrorCode; details?: ErrorDetails };
}

/** To the worker: a job to run, or a request to stop one (only a job that checks for it between steps stops: 'pdf'). */
export type ToWorker = { id: number; input: JobInput } | { id: number; cancel: true };

export type WorkerMessage =
  /** `done`: how many items of the phase are finished, where the job counts them. */
  | { type: 'progress'; phase: string; done?: number }
  | { type: 'done'; value: unknown }
  | { type: 'error'; error: WorkerError };
