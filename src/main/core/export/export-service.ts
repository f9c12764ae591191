import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { HearthError } from '../../../shared/errors';
import type { ExportCandidate, ExportPreview, ExportPreviewInput, ExportProgress, SaveExportInput } from '../../../shared/export';
import { homeZone } from '../checkins/cadence';
import type { CheckInService } from '../checkins/checkin-service';
import { localDate } from '../checkins/schedule';
import type { InsightsService } from '../insights/insights-service';
import type { ReflectionService } from '../reflections/reflection-service';
import { writeFileAtomic } from '../vault/atomic-file';
import type { VaultService } from '../vault/vault-service';
import { buildDocument, candidatesFor } from './document';
import { Fonts } from './fonts';
import { renderMarkdown } from './markdown';
import type { ExportSources, Selection } from './model';
import { renderPdf } from './pdf';

type Save = z.output<typeof SaveExportInput>;
type Preview = z.output<typeof ExportPreviewInput>;

/** The repository's resources/ folder, for tests and development; the Electron shell passes the built app's own. */
export function defaultResourcesDir(): string {
  // src/main/core/export → the repository root.
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'resources');
}

class Cancelled extends Error {}

const IDLE: ExportProgress = { running: false, phase: 'idle', done: 0, total: 0 };

/**
 * The therapy export. PDF layout runs on the main process's event loop, yielding between entries so
 * progress and cancel are answered while it works (there is no worker mechanism in the core yet).
 */
export class ExportService {
  readonly #vaults: VaultService;
  readonly #services: { checkins: CheckInService; reflections: ReflectionService; insights: InsightsService };
  readonly #fonts: Fonts;
  #progress: ExportProgress = IDLE;
  #cancelRequested = false;

  constructor(
    vaults: VaultService,
    services: { checkins: CheckInService; reflections: ReflectionService; insights: InsightsService },
    resourcesDir: string,
  ) {
    this.#vaults = vaults;
    this.#services = services;
    this.#fonts = new Fonts(resourcesDir);
  }

  #sources(): ExportSources {
    const db = this.#vaults.requireUnlocked().db;
    return { db, ...this.#services, today: localDate(this.#vaults.clock.now().getTime(), homeZone(db)) };
  }

  candidates(selection: Selection): ExportCandidate[] {
    return candidatesFor(this.#sources(), selection);
  }

  /** The pages exactly as the PDF lays them out, before anything is written. */
  async preview({ selection, includeNames }: Preview): Promise<ExportPreview> {
    const vault = this.#vaults.requireUnlocked();
    const document = buildDocument(this.#sources(), selection, vault.partners(), includeNames);
    const { pages } = await renderPdf(document, this.#fonts, { includeNames });
    return { pages, items: document.items.length };
  }

  progress(): ExportProgress {
    return { ...this.#progress };
  }

  /** Stops an export being made; nothing is written. */
  cancel(): void {
    if (this.#progress.running) this.#cancelRequested = true;
  }

  async save(input: Save): Promise<{ saved: boolean; path?: string; pages?: number }> {
    const vault = this.#vaults.requireUnlocked();
    const sources = this.#sources();
    const document = buildDocument(sources, input.selection, vault.partners(), input.includeNames);
    if (document.items.length === 0) throw new HearthError('VALIDATION', 'Choose at least one entry to include, then save again.');
    const pdf = input.format === 'pdf';
    const path = await this.#vaults.platform.chooseSavePath({
      title: pdf ? (input.password ? 'Save the protected PDF' : 'Save the PDF (not protected)') : 'Save the Markdown file (not encrypted)',
      defaultName: `hearth-for-therapy-${sources.today}.${pdf ? 'pdf' : 'md'}`,
      filters: [pdf ? { name: 'PDF document', extensions: ['pdf'] } : { name: 'Markdown', extensions: ['md'] }],
    });
    if (!path) return { saved: false };

    this.#cancelRequested = false;
    this.#progress = { running: true, phase: 'laying-out', done: 0, total: document.items.length };
    try {
      let bytes: Buffer | string;
      let pages: number | undefined;
      if (pdf) {
        const result = await renderPdf(document, this.#fonts, {
          password: input.password,
          includeNames: input.includeNames,
          afterItem: async (done) => {
            this.#progress = { ...this.#progress, done };
            await new Promise((resolve) => setImmediate(resolve));
            if (this.#cancelRequested) throw new Cancelled();
          },
        });
        bytes = result.bytes;
        pages = result.pages.length;
      } else {
        bytes = renderMarkdown(document);
        this.#progress = { ...this.#progress, done: document.items.length };
      }
      await new Promise((resolve) => setImmediate(resolve));
      if (this.#cancelRequested) return { saved: false };
      this.#progress = { ...this.#progress, phase: 'writing' };
      // Written beside the target and renamed: a failure leaves no partial file.
      try {
        writeFileAtomic(path, bytes);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new HearthError('IO', 'That folder is not there any more. Choose another place to save the export.');
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new HearthError('IO', 'Hearth cannot write in that folder. Choose another place to save the export.');
        throw error;
      }
      return pages === undefined ? { saved: true, path } : { saved: true, path, pages };
    } catch (error) {
      if (error instanceof Cancelled) return { saved: false };
      throw error;
    } finally {
      this.#progress = IDLE;
      this.#cancelRequested = false;
    }
  }
}
