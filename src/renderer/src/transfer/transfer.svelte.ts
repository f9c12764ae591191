import { isHearthError } from '../../../shared/errors';
import type { ImportCounts, ImportFormat, ImportReport } from '../../../shared/transfer';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { PassphraseDraft } from '../keys/passphrase.svelte';
import { isCancelled, JobWatch } from '../jobs/job.svelte';

export { cancelledWords } from '../jobs/job.svelte';

/** What an import cancelled before it committed says, in the language spoken. */
export function importCancelledWords(): string {
  return t('transfer.importCancelled');
}

/** Each format's name (another journal's own name; Hearth's in the language spoken) and the tag the core gives its entries. */
const FORMATS: Record<ImportFormat, { readonly name: string; tag: string | null }> = {
  hearth: { get name() { return t('transfer.hearthExport'); }, tag: null },
  'mini-diary': { name: 'Mini Diary', tag: 'from mini diary' },
  'day-one': { name: 'Day One', tag: 'from day one' },
  jrnl: { name: 'jrnl', tag: 'from jrnl' },
};

/** What kind of file was imported, in the app's own words ("Mini Diary", "a Hearth export"). */
export function formatWords(format: ImportFormat): string {
  return FORMATS[format].name;
}

/** The tag entries from another journal carry on the timeline, or null for Hearth's own exports. */
export function importTag(format: ImportFormat): string | null {
  return FORMATS[format].tag;
}

const KINDS = {
  partners: 'transfer.kindPartners',
  settings: 'transfer.kindSettings',
  timeline: 'transfer.kindTimeline',
  timelineLinks: 'transfer.kindTimelineLinks',
  drafts: 'transfer.kindDrafts',
  reflections: 'transfer.kindReflections',
  checkins: 'transfer.kindCheckins',
  checkIns: 'transfer.kindCheckins',
  appreciations: 'transfer.kindAppreciations',
  journal: 'transfer.kindJournal',
} as const;

/** A kind of content in the export, in words; a kind added later reads sensibly before it is named here. */
export function kindWords(section: string): string {
  const known = (KINDS as Record<string, (typeof KINDS)[keyof typeof KINDS] | undefined>)[section];
  if (known) return t(known);
  const spaced = section.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The last part of a path, for saying which file is being imported. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

export interface ImportSummary {
  file: string;
  report: ImportReport;
  /** Kinds where something was in the file, in the order the core reported them. */
  rows: { kind: string; label: string; counts: ImportCounts }[];
  /** True when the file held nothing the vault did not already have. */
  nothingNew: boolean;
}

export type DataWork = 'exportAll' | 'import';

/** Settings › Your data: everything out as one file, and files in (Hearth's own or another journal's). */
export class DataState {
  readonly draft: PassphraseDraft;
  #protect = $state(true);
  #askingPlain = $state(false);
  #working = $state<DataWork | null>(null);
  #exported = $state<{ path: string; protected: boolean } | null>(null);
  #exportError = $state<string | null>(null);
  #exportCancelled = $state(false);
  /** The full export and an import, as the core reports them while they run. */
  readonly exportJob = new JobWatch('exportAll');
  readonly importJob = new JobWatch('import');

  #file = $state<string | null>(null);
  #needsPassphrase = $state(false);
  #importPassphrase = $state('');
  #importError = $state<string | null>(null);
  #summary = $state<ImportSummary | null>(null);
  #importCancelled = $state(false);

  constructor(related: () => readonly string[] = () => []) {
    this.draft = new PassphraseDraft(related);
  }

  get canExport(): boolean {
    return this.#working === null && (!this.#protect || this.draft.ready);
  }
  get protect() {
    return this.#protect;
  }
  /** Waiting for the person to confirm an export anyone could read. */
  get askingPlain() {
    return this.#askingPlain;
  }
  get working() {
    return this.#working;
  }
  get exported() {
    return this.#exported;
  }
  get exportError() {
    return this.#exportError;
  }
  /** The last export was cancelled: nothing was written. */
  get exportCancelled() {
    return this.#exportCancelled;
  }
  /** The last import was cancelled before it committed: nothing was imported. */
  get importCancelled() {
    return this.#importCancelled;
  }
  /** The file being imported, while it waits for its passphrase or is read. */
  get file() {
    return this.#file;
  }
  get needsPassphrase() {
    return this.#needsPassphrase;
  }
  get importPassphrase() {
    return this.#importPassphrase;
  }
  set importPassphrase(text: string) {
    this.#importPassphrase = text;
  }
  get importError() {
    return this.#importError;
  }
  get summary() {
    return this.#summary;
  }

  /** Protection is on by default; turning it off first asks, because the file would be readable by anyone. */
  setProtect(on: boolean): void {
    if (on) {
      this.#protect = true;
      this.#askingPlain = false;
    } else {
      this.#askingPlain = true;
    }
  }

  confirmPlain(): void {
    this.#askingPlain = false;
    this.#protect = false;
    this.draft.clear();
  }

  keepProtected(): void {
    this.#askingPlain = false;
  }

  async exportAll(): Promise<void> {
    if (!this.canExport) return;
    this.#working = 'exportAll';
    this.#exported = null;
    this.#exportError = null;
    this.#exportCancelled = false;
    const protect = this.#protect;
    try {
      const saved = await this.exportJob.run(() => api.transfer.exportAll(protect ? { passphrase: this.draft.value } : {}));
      if (saved.saved && saved.path) {
        this.#exported = { path: saved.path, protected: protect };
        this.draft.clear();
      }
    } catch (error) {
      if (isCancelled(error)) this.#exportCancelled = true;
      else this.#exportError = describeError(error);
    } finally {
      this.#working = null;
    }
  }

  /** Ask which file, then import it; an encrypted export first asks for its passphrase. */
  async chooseImport(): Promise<void> {
    if (this.#working) return;
    this.cancelImport();
    this.#summary = null;
    this.#importCancelled = false;
    try {
      const { path } = await api.transfer.chooseFile();
      if (!path) return;
      this.#file = path;
    } catch (error) {
      this.#importError = describeError(error);
      return;
    }
    await this.#import(undefined);
  }

  async submitPassphrase(): Promise<void> {
    if (!this.#importPassphrase || this.#working) return;
    await this.#import(this.#importPassphrase);
  }

  cancelImport(): void {
    this.#file = null;
    this.#needsPassphrase = false;
    this.#importPassphrase = '';
    this.#importError = null;
  }

  async #import(passphrase: string | undefined): Promise<void> {
    const path = this.#file;
    if (!path) return;
    this.#working = 'import';
    this.#importError = null;
    try {
      const report = await this.importJob.run(() => api.transfer.importFile(passphrase === undefined ? { path } : { path, passphrase }));
      this.#summary = summarise(fileName(path), report);
      this.cancelImport();
    } catch (error) {
      this.#importPassphrase = '';
      if (isCancelled(error)) {
        this.cancelImport();
        this.#importCancelled = true;
      } else if (isHearthError(error) && error.code === 'VALIDATION' && error.details?.field === 'passphrase') {
        this.#needsPassphrase = true;
      } else if (isHearthError(error) && error.code === 'WRONG_PASSPHRASE' && this.#needsPassphrase) {
        this.#importError = t('transfer.wrongPassphrase');
      } else {
        this.cancelImport();
        this.#importError = describeError(error);
      }
    } finally {
      this.#working = null;
    }
  }
}

export function summarise(file: string, report: ImportReport): ImportSummary {
  const rows = Object.entries(report.counts)
    .filter(([, c]) => c.added + c.updated + c.skipped > 0)
    .map(([kind, counts]) => ({ kind, label: kindWords(kind), counts }));
  return { file, report, rows, nothingNew: rows.every((r) => r.counts.added === 0 && r.counts.updated === 0) };
}
