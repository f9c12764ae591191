import { statSync } from 'node:fs';
import { HearthError } from '../../shared/errors';
import { BackupFolder, fileBackup } from '../backups/backup-files';
import { copyDatabase, verifyCopy } from '../backups/copy';
import { migrateWithCopy } from '../backups/pre-migration';
import { copyBefore } from '../backups/safety-copy';
import { configureDatabase, type Db } from '../db/database';
import { openVaultFile } from '../db/vault-file';
import { rekeyBackups, rekeyVaultFile } from '../keys/rekey-files';
import { applyDocument, exportDocument, sealDocument } from '../transfer/document';
import { owedUpkeep, purgeRows, upkeepStep } from '../search/search-index';
import { readDocument, releaseReads, runRead } from './reads';
import { readImport, readImportFile } from '../transfer/read-import';
import { writeFileAtomic } from '../vaults/atomic-file';
import { removeGradually } from '../vaults/paced-disk';
import { writePdf } from '../therapyExport/pdf-job';
import { jobCancelled } from '../../shared/jobs';
import type { JobInput, JobResults, VaultJob } from './protocol';

/** The phase, and where the job counts its items, how many of how many are done. */
export type JobProgressReport = (phase: string, done?: number, total?: number) => void;

/**
 * Run one job, on a fresh connection of its own when it reads the vault; runs inside the worker thread
 * (vault-worker.ts). `isCancelled` is asked between steps by the jobs that can stop part way; they then fail with
 * CANCELLED, leaving nothing behind: a copy removes its temp file, an export has written nothing yet, an import's
 * transaction rolls back.
 */
export async function runJob(input: JobInput, progress: JobProgressReport, isCancelled: () => boolean = () => false): Promise<JobResults[VaultJob['kind']]> {
  const { job, key } = input;
  const step = () => {
    if (isCancelled()) throw jobCancelled();
  };
  if (job.kind === 'pdf') return writePdf('read' in job ? { ...job, document: await readDocument(input, job.read) } : job, progress, isCancelled);
  if (job.kind === 'remove') return { steps: job.paths.reduce((steps, path) => steps + removeGradually(path), 0) };
  if (job.kind === 'rekey' || job.kind === 'rekey-backups') {
    // The next key came as a copy of its own: wiped here, like the job's key after every job.
    try {
      if (job.kind === 'rekey-backups') return { failed: rekeyBackups(job.folder, key, job.next, (done, total) => progress('writing', done, total)) };
      progress('encrypting');
      rekeyVaultFile(input.database, key, job.next);
      return { rekeyed: true };
    } finally {
      job.next.fill(0);
    }
  }
  if (job.kind === 'verify') {
    step();
    progress('checking');
    return verifyCopy(job.path, key);
  }
  if (job.kind === 'index-upkeep') {
    return withVault(input, (db) => {
      // The save's pages (and the last upkeep's) are copied back here, off the main thread, not by a later save's
      // commit. Checkpointing first means this job's own writes start the WAL over: the header write and its sync
      // that a restart costs happen here, not in the couple's next save, which then only appends to the WAL.
      db.pragma('wal_checkpoint(PASSIVE)');
      const purged = purgeRows(db, job.rows);
      const { sweepPending } = upkeepStep(db);
      return { purged, sweepPending };
    });
  }
  if (job.kind === 'owed-upkeep') return withVault(input, (db) => owedUpkeep(db));
  if (job.kind === 'read') return runRead(input, job.context, job.query);
  if (job.kind === 'read-release') return { released: releaseReads() };
  if (job.kind === 'migrate') return withVault(input, (db) => migrateWithCopy(db, key, job));
  if (job.kind === 'import') {
    step();
    progress('reading');
    const { format, doc } = await readImport(readImportFile(job.path), job.passphrase, step);
    step();
    return withVault(input, (db) => {
      progress('safety-copy');
      const safetyCopy = copyBefore('pre-import', db, key, job.copyTo, isCancelled);
      try {
        // Inside the one transaction: a cancel seen after any section throws, and nothing of the file is kept.
        const counts = applyDocument(db, doc, (done, total) => {
          step();
          progress('merging', done, total);
        });
        return { format, counts, unknownSections: doc.unknownSections };
      } catch (error) {
        // Nothing was merged, so the vault is still what the copy holds.
        new BackupFolder(job.copyTo.vaultDir).remove([safetyCopy.id]);
        throw error;
      }
    });
  }
  if (job.kind === 'exportAll') {
    step();
    const text = withVault(input, (db) =>
      exportDocument(db, new Date(job.exportedAt), (done, total) => {
        step();
        progress('reading', done, total);
      }),
    );
    step();
    if (job.seal) progress('encrypting');
    const file = job.seal ? await sealDocument(text, job.seal.passphrase, job.seal.kdf) : text;
    // The last moment to stop: the file is written beside the target and renamed, so a failure leaves no part of it.
    step();
    progress('writing');
    try {
      writeFileAtomic(job.target, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new HearthError('IO', 'That folder is not there any more. Choose another place to save the export.');
      throw error;
    }
    return { bytes: statSync(job.target).size };
  }
  step();
  const started = performance.now();
  return withVault(input, (db) => {
    const copied = copyDatabase(db, key, job.target, progress, isCancelled);
    return { ...copied, verifiedAt: job.file ? fileBackup(job.file, performance.now() - started).verifiedAt : null };
  });
}

function withVault<T>(input: JobInput, work: (db: Db) => T): T {
  const { db } = openVaultFile(input.database, input.key);
  try {
    configureDatabase(db, input.database);
    return work(db);
  } finally {
    db.close();
  }
}
