import { statSync } from 'node:fs';
import { HearthError } from '../../../shared/errors';
import { copyDatabase, verifyCopy } from '../backup/copy';
import { configureDatabase, openDatabase } from '../db/database';
import { exportDocument, sealDocument } from '../transfer/document';
import { applyDocument } from '../transfer/document';
import { orphanRows, purgeRows } from '../search/search-index';
import { readImport, readImportFile } from '../transfer/read-import';
import { writeFileAtomic } from '../vault/atomic-file';
import { writePdf, type PdfProgress } from '../export/pdf-job';
import type { JobInput, JobResults, VaultJob } from './protocol';

/**
 * Run one job on a fresh connection of its own; runs inside the worker thread (vault-worker.ts). `isCancelled` is
 * asked between steps by the jobs that can stop part way ('pdf').
 */
export async function runJob(input: JobInput, progress: PdfProgress, isCancelled: () => boolean = () => false): Promise<JobResults[VaultJob['kind']]> {
  const { job, key, nativeBinding } = input;
  if (job.kind === 'pdf') return writePdf(job, progress, isCancelled);
  if (job.kind === 'verify') {
    progress('verifying');
    return verifyCopy(job.path, key, { nativeBinding });
  }
  if (job.kind === 'purge') {
    return withVault(input, (db) => {
      const purged = purgeRows(db, job.rows);
      // The purge's page rewrites are copied back here, off the main thread, not by the next save's commit.
      db.pragma('wal_checkpoint(PASSIVE)');
      return { purged };
    });
  }
  if (job.kind === 'orphans') return withVault(input, (db) => orphanRows(db));
  if (job.kind === 'import') {
    progress('reading');
    const { format, doc } = await readImport(readImportFile(job.path), job.passphrase);
    return withVault(input, (db) => {
      progress('merging');
      return { format, counts: applyDocument(db, doc), unknownSections: doc.unknownSections };
    });
  }
  if (job.kind === 'export') {
    progress('reading');
    const text = withVault(input, (db) => exportDocument(db, new Date(job.exportedAt)));
    if (job.seal) progress('encrypting');
    const file = job.seal ? await sealDocument(text, job.seal.passphrase, job.seal.kdf) : text;
    progress('writing');
    try {
      writeFileAtomic(job.target, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new HearthError('IO', 'That folder is not there any more. Choose another place to save the export.');
      throw error;
    }
    return { bytes: statSync(job.target).size };
  }
  return withVault(input, (db) => copyDatabase(db, key, job.target, nativeBinding, progress));
}

function withVault<T>(input: JobInput, work: (db: ReturnType<typeof openDatabase>['db']) => T): T {
  const { db } = openDatabase(input.database, input.key, { nativeBinding: input.nativeBinding });
  try {
    configureDatabase(db, input.database);
    return work(db);
  } finally {
    db.close();
  }
}
