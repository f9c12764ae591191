import type { Session } from '../../../shared/vaults';
import { EXPORT_KINDS, type ExportCandidate, type ExportKind, type ExportPreviewPage, type ExportProgress, type ExportSelection, type ExportWho } from '../../../shared/therapyExport';
import { EXPORT_KIND_KEYS } from '../../../shared/i18n/keys';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { PassphraseDraft } from '../keys/passphrase.svelte';
import { relatedWords } from '../../../shared/strength-rule';

/** A kind of entry, as the checklist names a group of them ("Conflict reflections"), in the language spoken. */
export function kindLabel(kind: ExportKind): string {
  return t(EXPORT_KIND_KEYS[kind]);
}

/** What the couple chooses: range, kinds, whose entries, and which matching items stay ticked. */
export class ExportChoice {
  #from = $state('');
  #to = $state('');
  #kinds = $state<ExportKind[]>(EXPORT_KINDS.filter((k) => k !== 'timeline'));
  #who = $state<ExportWho>('both');
  #candidates = $state<ExportCandidate[]>([]);
  #excluded = $state<string[]>([]);

  get from() {
    return this.#from;
  }
  set from(day: string) {
    this.#from = day;
  }
  get to() {
    return this.#to;
  }
  set to(day: string) {
    this.#to = day;
  }
  get who() {
    return this.#who;
  }
  set who(who: ExportWho) {
    this.#who = who;
  }
  get kinds(): readonly ExportKind[] {
    return this.#kinds;
  }
  get candidates(): readonly ExportCandidate[] {
    return this.#candidates;
  }

  /** A range that ends before it starts is caught here, before any call. */
  readonly rangeProblem: string | null = $derived(this.#from && this.#to && this.#from > this.#to ? t('therapyExport.rangeProblem') : null);

  readonly selection: ExportSelection = $derived({
    kinds: [...this.#kinds],
    who: this.#who,
    ...(this.#from ? { from: this.#from } : {}),
    ...(this.#to ? { to: this.#to } : {}),
    exclude: this.#excluded.filter((id) => this.#candidates.some((c) => c.id === id)),
  });

  /** Without the unticked items: what asking for candidates depends on. */
  readonly query: string = $derived(JSON.stringify({ ...this.selection, exclude: [] }));

  readonly included: number = $derived(this.#candidates.filter((c) => !this.#excluded.includes(c.id)).length);

  hasKind(kind: ExportKind): boolean {
    return this.#kinds.includes(kind);
  }

  toggleKind(kind: ExportKind): void {
    this.#kinds = this.hasKind(kind) ? this.#kinds.filter((k) => k !== kind) : EXPORT_KINDS.filter((k) => k === kind || this.#kinds.includes(k));
  }

  isIncluded(id: string): boolean {
    return !this.#excluded.includes(id);
  }

  toggle(id: string): void {
    this.#excluded = this.isIncluded(id) ? [...this.#excluded, id] : this.#excluded.filter((x) => x !== id);
  }

  includeAll(): void {
    this.#excluded = [];
  }

  leaveAllOut(): void {
    this.#excluded = this.#candidates.map((c) => c.id);
  }

  /** Keep only the reflections marked "for therapy" while they were written (and anything that is not a reflection). */
  onlyMarked(): void {
    this.#excluded = this.#candidates.filter((c) => ['conflict', 'aftermath', 'forgiveness'].includes(c.kind) && !c.marked).map((c) => c.id);
  }

  /** New matches arrive ticked; items the couple unticked stay unticked while they still match. */
  setCandidates(candidates: readonly ExportCandidate[]): void {
    this.#candidates = [...candidates];
  }
}

export type Format = 'pdf' | 'markdown';

/** The Export section: the choice, its checklist and preview from the core, and saving with progress and cancel. */
export class ExportSection {
  readonly choice = new ExportChoice();
  readonly password: PassphraseDraft;
  #format = $state<Format>('pdf');
  #includeNames = $state(false);
  #protect = $state(true);
  #pages = $state<ExportPreviewPage[]>([]);
  #loading = $state(false);
  #saving = $state(false);
  #progress = $state<ExportProgress | null>(null);
  #error = $state<string | null>(null);
  #saved = $state<string | null>(null);
  #confirmingPlain = $state(false);
  #previewTicket = 0;

  constructor(session: Pick<Session, 'partners' | 'vault'>) {
    // The same words the core measures the password against when it saves (export-service.ts).
    this.password = new PassphraseDraft(() => relatedWords(session.partners.map((p) => p.name), session.vault.name));
  }

  get format() {
    return this.#format;
  }
  set format(format: Format) {
    this.#format = format;
    this.#saved = null;
  }
  get includeNames() {
    return this.#includeNames;
  }
  set includeNames(include: boolean) {
    this.#includeNames = include;
  }
  get protect() {
    return this.#protect;
  }
  set protect(protect: boolean) {
    this.#protect = protect;
  }
  get pages(): readonly ExportPreviewPage[] {
    return this.#pages;
  }
  get loading() {
    return this.#loading;
  }
  get saving() {
    return this.#saving;
  }
  get progress() {
    return this.#progress;
  }
  get error() {
    return this.#error;
  }
  get saved() {
    return this.#saved;
  }
  get confirmingPlain() {
    return this.#confirmingPlain;
  }

  /** Markdown, or a PDF without a password: readable by anyone who can open the file. */
  readonly unprotected: boolean = $derived(this.#format === 'markdown' || !this.#protect);
  get canSave(): boolean {
    return !this.#saving && this.choice.included > 0 && !this.choice.rangeProblem && (this.unprotected || this.password.ready);
  }

  async refreshCandidates(): Promise<void> {
    if (this.choice.rangeProblem) return;
    try {
      this.choice.setCandidates(await api.therapyExport.candidates(this.choice.selection));
      this.#error = null;
    } catch (error) {
      this.#error = describeError(error);
    }
  }

  async refreshPreview(): Promise<void> {
    if (this.choice.rangeProblem) return;
    const ticket = ++this.#previewTicket;
    this.#loading = true;
    try {
      const preview = await api.therapyExport.preview({ selection: this.choice.selection, includeNames: this.#includeNames });
      if (ticket === this.#previewTicket) this.#pages = preview.pages;
    } catch (error) {
      if (ticket === this.#previewTicket) this.#error = describeError(error);
    } finally {
      if (ticket === this.#previewTicket) this.#loading = false;
    }
  }

  /** Save; an unprotected file asks once more first. */
  async save(confirmed = false): Promise<void> {
    if (!this.canSave) return;
    if (this.unprotected && !confirmed) {
      this.#confirmingPlain = true;
      return;
    }
    this.#confirmingPlain = false;
    this.#saving = true;
    this.#error = null;
    this.#saved = null;
    const poll = setInterval(() => {
      void api.therapyExport.progress().then((p) => (this.#progress = p.running ? p : this.#progress));
    }, 250);
    try {
      const result = await api.therapyExport.save({
        selection: this.choice.selection,
        format: this.#format,
        includeNames: this.#includeNames,
        ...(this.#format === 'pdf' && this.#protect ? { password: this.password.value } : {}),
      });
      if (result.saved && result.path) this.#saved = result.path;
    } catch (error) {
      this.#error = describeError(error);
    } finally {
      clearInterval(poll);
      this.#saving = false;
      this.#progress = null;
    }
  }

  stopConfirming(): void {
    this.#confirmingPlain = false;
  }

  async cancel(): Promise<void> {
    await api.therapyExport.cancel();
  }
}
