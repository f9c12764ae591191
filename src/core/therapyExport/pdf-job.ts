import { HearthError } from '../../shared/errors';
import type { ExportPreviewPage } from '../../shared/therapyExport';
import { turn } from '../time-slice';
import { writeFileAtomic } from '../vaults/atomic-file';
import { Fonts } from './fonts';
import type { ExportDocument } from './model';
import { renderPdf } from './pdf';
import { protectPdf } from './protect';

/**
 * The therapy PDF as a vault-worker job (worker/protocol.ts): the document model, already read from the vault on
 * the main thread, is plain data, so laying it out, encrypting it and writing it never touch SQLite and never
 * hold up the main process's event loop.
 */
export interface PdfJob {
  kind: 'pdf';
  document: ExportDocument;
  /** The folder holding fonts/ (the app's resources). */
  resourcesDir: string;
  /** Where to write the PDF; null for the preview, which sends back the pages as laid out instead. */
  target: string | null;
  /** Encrypts the PDF (AES-256, revision 6: protect.ts) before it is written. Already checked for strength by the core. */
  password?: string;
  includeNames: boolean;
}

export interface PdfJobResult {
  pages: number;
  /** The document's items (its overview page included). */
  items: number;
  /** The pages as laid out, for a preview (no target). */
  preview?: ExportPreviewPage[];
}

/** Progress as the export reports it: the phase, and while laying out, how many items are done of how many. */
export type PdfProgress = (phase: string, done?: number, total?: number) => void;

export const CANCELLED_MESSAGE = 'The export was cancelled; nothing was written.';

function cancelled(): HearthError {
  return new HearthError('CANCELLED', CANCELLED_MESSAGE);
}

/**
 * Lay out, render and write the PDF. Between items it lets its thread's event loop turn, so a cancel message is
 * read, and stops (writing nothing) once `isCancelled` says so.
 */
export async function writePdf(job: PdfJob, progress: PdfProgress, isCancelled: () => boolean): Promise<PdfJobResult> {
  if (isCancelled()) throw cancelled();
  const total = job.document.items.length;
  progress('laying-out', 0, total);
  const result = await renderPdf(job.document, new Fonts(job.resourcesDir), {
    includeNames: job.includeNames,
    afterItem: async (done) => {
      progress('laying-out', done, total);
      await turn();
      if (isCancelled()) throw cancelled();
    },
  });
  await turn();
  if (isCancelled()) throw cancelled();
  if (job.target === null) return { pages: result.pages.length, items: total, preview: result.pages };
  progress('writing');
  // The plain PDF exists only in this thread's memory: encrypted here, and only the encrypted bytes are written
  // (beside the target, then renamed). protectPdf overwrites the plain bytes once it has read them.
  const bytes = job.password ? await protectPdf(result.bytes, job.password) : result.bytes;
  if (isCancelled()) throw cancelled();
  writeExportFile(job.target, bytes);
  return { pages: result.pages.length, items: total };
}

/** Written beside the target and renamed: a failure leaves no partial file. */
export function writeExportFile(path: string, bytes: string | Uint8Array): void {
  try {
    writeFileAtomic(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HearthError('IO', 'That folder is not there any more. Choose another place to save the export.');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new HearthError('IO', 'Hearth cannot write in that folder. Choose another place to save the export.');
    throw error;
  }
}
