import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { HearthError } from '../../shared/errors';
import type { ExportCandidate, ExportPreview, ExportPreviewInput, ExportProgress, SaveExportInput } from '../../shared/therapyExport';
import { homeZone } from '../checkins/cadence';
import { localDate } from '../checkins/schedule';
import { wordsIn, type Words } from '../i18n/words';
import type { VaultService } from '../vaults/vault-service';
import { turn } from '../time-slice';
import { VaultJobs, type JobOptions } from '../worker/run-job';
import { VaultReader } from '../worker/vault-reader';
import type { Selection } from './model';
import { writeExportFile, type PdfJobResult } from './pdf-job';

type Save = z.output<typeof SaveExportInput>;
type Preview = z.output<typeof ExportPreviewInput>;

/** The repository's resources/ folder, for tests and development; the Electron shell passes the built app's own. */
export function defaultResourcesDir(): string {
  // src/core/therapyExport → the repository root.
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'resources');
}

/**
 * The name the save dialog suggests: it says nothing about what the file holds, since a file name shows in folder
 * listings, recent-file lists and an email's attachment line without the file being opened.
 */
export function exportFileName(day: string, extension: 'pdf' | 'md', words: Words = wordsIn('en')): string {
  return `${words.t('exportDocument.fileName', { day })}.${extension}`;
}

/**
 * A protected PDF's password is held to the same rule as a passphrase (src/shared/strength.ts), here in the core and
 * not only on the screen, before anything is asked or written. The rule's dictionaries are loaded on first use.
 */
async function refuseWeakPassword(password: string, partnerNames: readonly string[], vaultName: string): Promise<void> {
  const { assess, relatedWords, MIN_LENGTH } = await import('../../shared/strength');
  const { weakness } = assess(password, relatedWords(partnerNames, vaultName));
  if (weakness === 'too-short')
    throw new HearthError('VALIDATION', `The PDF’s password needs at least ${MIN_LENGTH} characters. A few unrelated words work well.`, { field: 'password' });
  if (weakness === 'too-weak')
    throw new HearthError('VALIDATION', 'That password would be easy for someone to guess. Add another word or two that only you would put together.', {
      field: 'password',
    });
}

const IDLE: ExportProgress = { running: false, phase: 'idle', done: 0, total: 0 };

/**
 * The therapy export, on a worker of its own: the checklist and the document model are read there (worker/reads.ts,
 * on the connection that thread keeps), and the PDF, and the preview's pages, are laid out (and encrypted and written)
 * there too (a 'pdf' job, export/pdf-job.ts), so the event loop stays free. Progress comes back from the worker item
 * by item; cancel is a message the job reads between items.
 */
export class ExportService {
  readonly #vaults: VaultService;
  readonly #words: () => Words;
  readonly #resourcesDir: string;
  readonly #jobs: VaultJobs;
  readonly #reader: VaultReader;
  #progress: ExportProgress = IDLE;
  #cancelRequested = false;
  #abort: AbortController | null = null;

  constructor(
    vaults: VaultService,
    /** The language Hearth speaks now, which the document is written in (English when not given). */
    words: (() => Words) | undefined,
    resourcesDir: string,
    /** The worker the export is read and made on; its own by default (idle, it stops by itself after a minute). */
    jobs: VaultJobs = new VaultJobs(),
  ) {
    this.#vaults = vaults;
    this.#words = words ?? (() => wordsIn('en'));
    this.#resourcesDir = resourcesDir;
    this.#jobs = jobs;
    this.#reader = new VaultReader(vaults, this.#words, jobs);
  }

  candidates(selection: Selection): Promise<ExportCandidate[]> {
    return this.#reader.read({ what: 'export-candidates', selection });
  }

  /**
   * Make the PDF (or, with no target, the preview's pages) on the export's worker from the document it reads there:
   * the document never crosses to this thread.
   */
  #pdf(selection: Selection, options: { includeNames: boolean; target: string | null; password?: string | undefined }, job: JobOptions = {}): Promise<PdfJobResult> {
    const partners = this.#vaults.requireUnlocked().partners();
    const { includeNames, target, password } = options;
    return this.#reader.reading((context, file) =>
      this.#jobs.run(
        { kind: 'pdf', read: { context, selection, partners, includeNames }, resourcesDir: this.#resourcesDir, target, includeNames, ...(password ? { password } : {}) },
        { ...file, ...job },
      ),
    );
  }

  /** Close the connection the export's worker keeps (at a lock, before a re-key or a restore). */
  release(): Promise<void> {
    return this.#reader.release();
  }

  /**
   * The pages exactly as the PDF lays them out, before anything is written. Laid out on the worker too: a thousand
   * entries take seconds (measured 3.5–3.9 s on the 50,000-entry benchmark vault), which here would freeze the window.
   */
  async preview({ selection, includeNames }: Preview): Promise<ExportPreview> {
    const { preview, items } = await this.#pdf(selection, { includeNames, target: null });
    return { pages: preview ?? [], items };
  }

  progress(): ExportProgress {
    return { ...this.#progress };
  }

  /** Stop any export being made and let the PDF worker go (for the core's close; nothing calls it yet). */
  async close(): Promise<void> {
    this.#abort?.abort();
    await this.#reader.close();
  }

  /** Stops an export being made; nothing is written. */
  cancel(): void {
    if (!this.#progress.running) return;
    this.#cancelRequested = true;
    this.#abort?.abort();
  }

  async save(input: Save): Promise<{ saved: boolean; path?: string; pages?: number }> {
    const vault = this.#vaults.requireUnlocked();
    const excluded = new Set(input.selection.exclude);
    const included = (await this.candidates(input.selection)).filter((c) => !excluded.has(c.id)).length;
    if (included === 0) throw new HearthError('VALIDATION', 'Choose at least one entry to include, then save again.');
    if (input.password !== undefined) await refuseWeakPassword(input.password, vault.partners().map((p) => p.name), vault.meta.name);
    const pdf = input.format === 'pdf';
    const words = this.#words();
    const today = localDate(this.#vaults.clock.now().getTime(), homeZone(vault.db));
    const path = await this.#vaults.platform.chooseSavePath({
      title: words.t(pdf ? (input.password ? 'exportDocument.saveProtectedPdf' : 'exportDocument.savePlainPdf') : 'exportDocument.saveMarkdown'),
      defaultName: exportFileName(today, pdf ? 'pdf' : 'md', words),
      filters: [
        pdf ? { name: words.t('exportDocument.filterPdf'), extensions: ['pdf'] } : { name: words.t('exportDocument.filterMarkdown'), extensions: ['md'] },
      ],
    });
    if (!path) return { saved: false };

    this.#cancelRequested = false;
    const abort = new AbortController();
    this.#abort = abort;
    // The overview page is an item of its own, before the entries.
    this.#progress = { running: true, phase: 'laying-out', done: 0, total: included + 1 };
    try {
      if (pdf) {
        const { pages } = await this.#pdf(
          input.selection,
          { includeNames: input.includeNames, target: path, password: input.password },
          {
            signal: abort.signal,
            onProgress: (phase, done, total) => {
              if (!this.#progress.running) return;
              if (phase === 'writing') this.#progress = { ...this.#progress, phase: 'writing' };
              else if (done !== undefined) this.#progress = { ...this.#progress, done, total: total ?? this.#progress.total };
            },
          },
        );
        return { saved: true, path, pages };
      }
      const partners = vault.partners();
      const text = await this.#reader.read({ what: 'export-markdown', selection: input.selection, partners, includeNames: input.includeNames });
      this.#progress = { ...this.#progress, done: this.#progress.total };
      await turn();
      if (this.#cancelRequested) return { saved: false };
      this.#progress = { ...this.#progress, phase: 'writing' };
      writeExportFile(path, text);
      return { saved: true, path };
    } catch (error) {
      if (error instanceof HearthError && error.code === 'CANCELLED') return { saved: false };
      throw error;
    } finally {
      this.#progress = IDLE;
      this.#cancelRequested = false;
      if (this.#abort === abort) this.#abort = null;
    }
  }
}
