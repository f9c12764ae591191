import { isHearthError } from '../../../shared/errors';
import type { z } from 'zod';
import type { JournalEntry, JournalPage, JournalPrompt, PromptOfTheWeek as PromptOfTheWeekSchema } from '../../../shared/journal';
import type { Author } from '../../../shared/basics';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { Autosave, parseDraft } from '../lib/autosave.svelte';
import { localToday } from '../timeline/format';

export const JOURNAL_PAGE = 20;

type PromptOfTheWeek = z.infer<typeof PromptOfTheWeekSchema>;

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
 * Writing or editing one journal entry. Typing is kept as an encrypted draft (`journal:new` or
 * `journal:<id>`); saving writes the entry with the version it was made on, then drops the draft.
 */
export class JournalEditor extends Autosave {
  #entry = $state.raw<JournalEntry | null>(null);
  form = $state<JournalForm>(blank());
  /** After a CONFLICT: the version saved meanwhile, shown beside what is being typed. */
  #saved = $state.raw<JournalEntry | null>(null);
  #error = $state<string | null>(null);
  #working = $state(false);
  #restored = $state(false);

  constructor(entry: JournalEntry | null, promptId: string | null = null) {
    super();
    this.#entry = entry;
    this.form = entry ? { author: entry.author, promptId: entry.promptId, body: entry.body, date: entry.date } : blank(promptId);
  }

  get key(): string {
    return this.#entry ? `journal:${this.#entry.id}` : 'journal:new';
  }
  get entry() {
    return this.#entry;
  }
  get saved() {
    return this.#saved;
  }
  get error() {
    return this.#error;
  }
  get working() {
    return this.#working;
  }
  get restored() {
    return this.#restored;
  }

  protected baseVersion(): number | null {
    return this.#entry?.version ?? null;
  }
  protected isBlank(): boolean {
    return this.form.body.trim() === '';
  }

  /** Pick up a draft left for this entry; if the entry was saved again since, show both. */
  async load(): Promise<void> {
    try {
      const draft = await api.drafts.get({ key: this.key });
      if (!draft) return;
      const form = parseDraft<JournalForm>(draft.content, this.form);
      if (!form) return;
      // A new entry asked for a particular prompt: keep that choice over the draft's.
      this.form = this.#entry ? form : { ...form, promptId: this.form.promptId ?? form.promptId };
      this.draftSavedAt = draft.savedAt;
      this.#restored = true;
      if (this.#entry && draft.baseVersion !== null && draft.baseVersion !== this.#entry.version) this.#saved = this.#entry;
    } catch {
      // No draft to offer; the form starts as it is.
    }
  }

  async save(): Promise<JournalEntry | null> {
    if (!this.form.body.trim()) {
      this.#error = 'Write a few words first.';
      return null;
    }
    return this.#write(this.#entry?.version ?? null);
  }

  /** Keep what is typed, over the version saved meanwhile. */
  async keepMine(): Promise<JournalEntry | null> {
    return this.#write(this.#saved?.version ?? null);
  }

  /** Drop what is typed and take the saved version. */
  async useSaved(): Promise<void> {
    const saved = this.#saved;
    if (!saved) return;
    this.#entry = saved;
    this.form = { author: saved.author, promptId: saved.promptId, body: saved.body, date: saved.date };
    this.#saved = null;
    await this.dropDraft();
  }

  async #write(expectedVersion: number | null): Promise<JournalEntry | null> {
    this.#working = true;
    this.#error = null;
    const input = { author: this.form.author, promptId: this.form.promptId, body: this.form.body, date: this.form.date };
    try {
      const entry = this.#entry
        ? await api.journal.update({ ...input, id: this.#entry.id, expectedVersion: expectedVersion ?? this.#entry.version })
        : await api.journal.write(input);
      await this.dropDraft();
      this.#entry = entry;
      this.#saved = null;
      return entry;
    } catch (error) {
      if (isHearthError(error) && error.code === 'CONFLICT' && this.#entry) {
        await this.saveDraft();
        this.#saved = await api.journal.get({ id: this.#entry.id }).catch(() => null);
        this.#error = 'This entry was changed since you opened it. Your words are kept; choose which version to keep.';
      } else {
        this.#error = describeError(error);
      }
      return null;
    } finally {
      this.#working = false;
    }
  }
}

type Cursor = JournalPage['next'];

/** The shared journal: the prompt of the week, the couple's own prompts, and every entry. */
export class JournalBook {
  #week = $state.raw<PromptOfTheWeek | null>(null);
  #prompts = $state.raw<JournalPrompt[]>([]);
  #entries = $state.raw<JournalEntry[]>([]);
  #next = $state.raw<Cursor>(null);
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
  get entries() {
    return this.#entries;
  }
  get hasMore() {
    return this.#next !== null;
  }
  get error() {
    return this.#error;
  }
  get loaded() {
    return this.#loaded;
  }

  async load(): Promise<void> {
    try {
      const [week, prompts, page] = await Promise.all([
        api.journal.promptOfTheWeek({ today: localToday() }),
        api.journal.prompts(),
        api.journal.list({ after: null, limit: JOURNAL_PAGE }),
      ]);
      this.#week = week;
      this.#prompts = prompts;
      this.#entries = page.items;
      this.#next = page.next;
      this.#error = null;
    } catch (error) {
      this.#error = describeError(error);
    } finally {
      this.#loaded = true;
    }
  }

  async more(): Promise<void> {
    if (!this.#next) return;
    try {
      const page = await api.journal.list({ after: this.#next, limit: JOURNAL_PAGE });
      this.#entries = [...this.#entries, ...page.items];
      this.#next = page.next;
    } catch (error) {
      this.#error = describeError(error);
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
      this.#entries = this.#entries.filter((e) => e.id !== entry.id);
    } catch (error) {
      this.#error = describeError(error);
    }
  }
}
