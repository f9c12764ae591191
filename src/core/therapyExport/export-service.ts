import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { HearthError } from '../../shared/errors';
import type { ExportCandidate, ExportPreview, ExportPreviewInput, ExportProgress, SaveExportInput } from '../../shared/therapyExport';
import { homeZone } from '../checkins/cadence';
import type { CheckInService } from '../checkins/checkin-service';
import { localDate } from '../checkins/schedule';
import { wordsIn, type Words } from '../i18n/words';
import type { InsightsService } from '../insights/insights-service';
import type { ReflectionService } from '../reflections/reflection-service';
import type { VaultService } from '../vaults/vault-service';
import { turn } from '../time-slice';
import { VaultJobs } from '../worker/run-job';
import { buildDocument, candidatesFor } from './document';
import { renderMarkdown } from './markdown';
import type { ExportSources, Selection } from './model';
import { writeExportFile } from './pdf-job';

type Save = z.output<typeof SaveExportInput>;
type Services = { checkins: CheckInService; reflections: ReflectionService; insights: InsightsService };
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
 * The therapy export. The document model is read from the vault here (the vault's connection lives on this thread);
 * the PDF, and the preview's pages, are laid out (and encrypted and written) on the vault worker (a 'pdf' job,
 * export/pdf-job.ts), so the event loop stays free. Progress comes back from the worker item by item; cancel is a
 * message the job reads between items.
 */
export class ExportService {
  readonly #vaults: VaultService;
  readonly #services: Services;
  readonly #words: () => Words;
  readonly #resourcesDir: string;
  readonly #jobs: VaultJobs;
  #progress: ExportProgress = IDLE;
  #cancelRequested = false;
  #abort: AbortController | null = null;

  constructor(
    vaults: VaultService,
    /** `words`: the language Hearth speaks now, which the document is written in (English when not given). */
    { words, ...services }: Services & { words?: () => Words },
    resourcesDir: string,
    /** The worker the PDF is made on; its own by default (idle, it stops by itself after a minute). */
    jobs: VaultJobs = new VaultJobs(),
  ) {
    this.#vaults = vaults;
    this.#services = services;
    this.#words = words ?? (() => wordsIn('en'));
    this.#resourcesDir = resourcesDir;
    this.#jobs = jobs;
  }

  #sources(): ExportSources {
    const db = this.#vaults.requireUnlocked().db;
    return { db, ...this.#services, today: localDate(this.#vaults.clock.now().getTime(), homeZone(db)), words: this.#words() };
  }

  candidates(selection: Selection): Promise<ExportCandidate[]> {
    return candidatesFor(this.#sources(), selection);
  }

  /**
   * The pages exactly as the PDF lays them out, before anything is written. Laid out on the worker too: a thousand
   * entries take seconds (measured 3.5–3.9 s on the 50,000-entry benchmark vault), which here would freeze the window.
   */
  async preview({ selection, includeNames }: Preview): Promise<ExportPreview> {
    const vault = this.#vaults.requireUnlocked();
    const document = await buildDocument(this.#sources(), selection, vault.partners(), includeNames);
    const { preview } = await this.#jobs.run({ kind: 'pdf', document, resourcesDir: this.#resourcesDir, target: null, includeNames }, {});
    return { pages: preview ?? [], items: document.items.length };
  }

  progress(): ExportProgress {
    return { ...this.#progress };
  }

  /** Stop any export being made and let the PDF worker go (for the core's close; nothing calls it yet). */
  async close(): Promise<void> {
    this.#abort?.abort();
    await this.#jobs.close();
  }

  /** Stops an export being made; nothing is written. */
  cancel(): void {
    if (!this.#progress.running) return;
    this.#cancelRequested = true;
    this.#abort?.abort();
  }

  async save(input: Save): Promise<{ saved: boolean; path?: string; pages?: number }> {
    const vault = this.#vaults.requireUnlocked();
    const sources = this.#sources();
    const document = await buildDocument(sources, input.selection, vault.partners(), input.includeNames);
    if (document.items.length === 0) throw new HearthError('VALIDATION', 'Choose at least one entry to include, then save again.');
    if (input.password !== undefined) await refuseWeakPassword(input.password, vault.partners().map((p) => p.name), vault.meta.name);
    const pdf = input.format === 'pdf';
    const { words } = sources;
    const path = await this.#vaults.platform.chooseSavePath({
      title: words.t(pdf ? (input.password ? 'exportDocument.saveProtectedPdf' : 'exportDocument.savePlainPdf') : 'exportDocument.saveMarkdown'),
      defaultName: exportFileName(sources.today, pdf ? 'pdf' : 'md', words),
      filters: [
        pdf ? { name: words.t('exportDocument.filterPdf'), extensions: ['pdf'] } : { name: words.t('exportDocument.filterMarkdown'), extensions: ['md'] },
      ],
    });
    if (!path) return { saved: false };

    this.#cancelRequested = false;
    const abort = new AbortController();
    this.#abort = abort;
    this.#progress = { running: true, phase: 'laying-out', done: 0, total: document.items.length };
    try {
      if (pdf) {
        const { pages } = await this.#jobs.run(
          { kind: 'pdf', document, resourcesDir: this.#resourcesDir, target: path, includeNames: input.includeNames, ...(input.password ? { password: input.password } : {}) },
          {
            signal: abort.signal,
            onProgress: (phase, done) => {
              if (!this.#progress.running) return;
              if (phase === 'writing') this.#progress = { ...this.#progress, phase: 'writing' };
              else if (done !== undefined) this.#progress = { ...this.#progress, done };
            },
          },
        );
        return { saved: true, path, pages };
      }
      const text = renderMarkdown(document);
      this.#progress = { ...this.#progress, done: document.items.length };
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
