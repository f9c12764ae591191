import type { z } from 'zod';
import { JOURNAL_PROMPTS, type JournalEntry, type JournalPage, type JournalPrompt, type PromptOfTheWeek as PromptOfTheWeekSchema } from '../../../shared/journal';
import type { Author } from '../../../shared/basics';
import { t } from '../i18n/i18n.svelte';
import type { journalPrompts } from '../../../shared/i18n/catalogues/exercises/en';
import { api } from '../lib/api';
import { parseDraft } from '../drafts/autosave.svelte';
import { VersionedEditor } from '../drafts/editor.svelte';
import { describeError } from '../lib/errors';
import { Pages } from '../lib/paged.svelte';
import { localToday } from '../timeline/format';

export const JOURNAL_PAGE = 20;

type PromptOfTheWeek = z.infer<typeof PromptOfTheWeekSchema>;

const BUILT_IN = new Set(JOURNAL_PROMPTS.map((p) => p.id));

/**
 * A prompt's words as shown: Hearth's own prompts by their id, in the language spoken (catalogue group
 * `journalPrompts`); a prompt the two of you added is your own words, as written. Null for a daily reflection.
 */
export function promptText(id: string | null, text: string | null): string | null {
  if (id !== null && BUILT_IN.has(id)) return t(`journalPrompts.${id as keyof typeof journalPrompts}`);
  return text;
}

/** The fields of the form, exactly as a draft keeps them. */
export interface JournalForm {
  author: Author;
  promptId: string | null;
  body: string;
  date: string;
}

function blank(promptId: string | null = null): JournalForm {
  return { author: 'both', promptId, body: '', date: localToday() };
}

/**
 * Writing or editing one journal entry. Typing is kept as an encrypted draft (`journal:new` or `journal:<id>`); saving
 * writes the entry with the version it was made on, then drops the draft (see VersionedEditor). After a conflict the
 * version saved meanwhile is read at once and shown beside what is being typed.
 */
export class JournalEditor extends VersionedEditor<JournalEntry, JournalForm> {
  form = $state<JournalForm>(blank());

  constructor(entry: JournalEntry | null, promptId: string | null = null) {
    super();
    if (entry) this.take(entry);
    else this.form = blank(promptId);
  }

  get key(): string {
    return this.record ? `journal:${this.record.id}` : 'journal:new';
  }
  get isNew() {
    return this.record === null;
  }
  get entry() {
    return this.record;
  }

  protected isBlank(): boolean {
    return this.form.body.trim() === '';
  }
  protected read(): Promise<JournalEntry> {
    return api.journal.get({ id: this.record!.id });
  }
  protected versionOf(entry: JournalEntry): number {
    return entry.version;
  }
  protected formOf(entry: JournalEntry): JournalForm {
    return { author: entry.author, promptId: entry.promptId, body: entry.body, date: entry.date };
  }
  protected formFromDraft(content: string): JournalForm | null {
    const form = parseDraft<JournalForm>(content, this.form);
    // A new entry asked for a particular prompt: keep that choice over the draft's.
    return form && (this.record ? form : { ...form, promptId: this.form.promptId ?? form.promptId });
  }

  async save(): Promise<JournalEntry | null> {
    if (!this.form.body.trim()) {
      this.failure = t('journal.empty');
      return null;
    }
    return this.commit();
  }

  /** Keep what is typed, over the version saved meanwhile. */
  override async keepMine(): Promise<JournalEntry | null> {
    return this.commit(this.saved?.version);
  }

  protected write(expectedVersion: number): Promise<JournalEntry> {
    const input = { author: this.form.author, promptId: this.form.promptId, body: this.form.body, date: this.form.date };
    return this.record ? api.journal.update({ ...input, id: this.record.id, expectedVersion }) : api.journal.write(input);
  }

  protected override async conflicted(): Promise<void> {
    await this.loadSaved();
    this.failure = t('journal.conflicted');
  }
}

type Cursor = JournalPage['next'];

/** The shared journal: the prompt of the week, the couple's own prompts, and every entry, a page at a time. */
export class JournalBook {
  #week = $state.raw<PromptOfTheWeek | null>(null);
  #prompts = $state.raw<JournalPrompt[]>([]);
  readonly entries = new Pages<JournalEntry, NonNullable<Cursor>>((after) => api.journal.list({ after, limit: JOURNAL_PAGE }));
  #error = $state<string | null>(null);
  #loaded = $state(false);

  get week() {
    return this.#week;
  }
  get prompts() {
    return this.#prompts;
  }
  get ownPrompts() {
    return this.#prompts.filter((p) => !p.builtIn);
  }
  get error() {
    return this.#error ?? this.entries.error;
  }
  get loaded() {
    return this.#loaded;
  }

  async load(): Promise<void> {
    const entries = this.entries.reload();
    try {
      const [week, prompts] = await Promise.all([api.journal.promptOfTheWeek({ today: localToday() }), api.journal.prompts()]);
      this.#week = week;
      this.#prompts = prompts;
      this.#error = null;
    } catch (error) {
      this.#error = describeError(error);
    } finally {
      await entries;
      this.#loaded = true;
    }
  }

  async addPrompt(text: string, by: Author): Promise<boolean> {
    try {
      const prompt = await api.journal.addPrompt({ text, by });
      this.#prompts = [...this.#prompts, prompt];
      this.#error = null;
      return true;
    } catch (error) {
      this.#error = describeError(error);
      return false;
    }
  }

  async remove(entry: JournalEntry): Promise<void> {
    try {
      await api.journal.remove({ id: entry.id });
      this.entries.drop((e) => e.id === entry.id);
    } catch (error) {
      this.#error = describeError(error);
    }
  }
}
