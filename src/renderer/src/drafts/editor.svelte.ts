import { isHearthError } from '../../../shared/errors';
import { api } from '../lib/api';
import { Autosave } from './autosave.svelte';
import { describeError } from '../lib/errors';

/**
 * Editing one record that is saved with a version: a timeline entry, a reflection, one side of an aftermath, a journal
 * entry. Typing is kept as a draft (see Autosave); saving writes the record with the version the words were begun on
 * and then drops the draft. When the record was saved again meanwhile (a CONFLICT), or a draft was begun on an older
 * version, the words stay as a draft and the writer chooses: keep mine, on top of the newest version, or use the saved one.
 * Subclasses say how the record is read and written and how it fills the form.
 */
export abstract class VersionedEditor<R, F extends object> extends Autosave {
  abstract override form: F;
  #record = $state.raw<R | null>(null);
  #baseVersion: number | null = null;
  #ready = $state(false);
  #saving = $state(false);
  #failure = $state<string | null>(null);
  #conflict = $state(false);
  /** The version saved meanwhile, once read, to show beside the draft. */
  #saved = $state.raw<R | null>(null);
  #restoredFrom = $state<string | null>(null);

  /** Nothing is saved yet: there is no record to read, and a save creates one. */
  abstract get isNew(): boolean;
  /** The record as it is saved now (called only when it is not new). */
  protected abstract read(): Promise<R>;
  /** Save the form: create the record, or update it if it is still at `expectedVersion`. */
  protected abstract write(expectedVersion: number): Promise<R>;
  protected abstract versionOf(record: R): number;
  protected abstract formOf(record: R): F;
  /** The form a draft kept (null when it cannot be read), with what an older form left out filled in. */
  protected abstract formFromDraft(content: string): F | null;

  /** The record as last read or saved. */
  protected get record(): R | null {
    return this.#record;
  }
  get ready() {
    return this.#ready;
  }
  get saving() {
    return this.#saving;
  }
  get failure() {
    return this.#failure;
  }
  protected set failure(value: string | null) {
    this.#failure = value;
  }
  get conflict() {
    return this.#conflict;
  }
  get saved() {
    return this.#saved;
  }
  /** When the words shown were kept as a draft (null: they are the saved ones). */
  get restoredFrom() {
    return this.#restoredFrom;
  }

  protected baseVersion(): number | null {
    return this.#baseVersion;
  }

  /** The record becomes what the form starts from and what the next save is made on. */
  protected take(record: R): void {
    this.#record = record;
    this.#baseVersion = this.versionOf(record);
    this.form = this.formOf(record);
  }

  /** A save went wrong for another reason than a conflict. */
  protected failed(error: unknown): void {
    this.#failure = describeError(error);
  }

  /** After a save was refused as a conflict and the words were kept as a draft. */
  protected async conflicted(): Promise<void> {}

  /** Read the record (when there is one) and any draft left for it. */
  async load(): Promise<void> {
    try {
      if (!this.isNew) this.take(await this.read());
      const draft = await api.drafts.get({ key: this.key });
      const form = draft && this.formFromDraft(draft.content);
      if (draft && form) {
        this.form = form;
        this.#restoredFrom = draft.savedAt;
        this.draftSavedAt = draft.savedAt;
        const record = this.#record;
        if (record && draft.baseVersion !== null && draft.baseVersion !== this.versionOf(record)) {
          // Saved again after this draft began: show both rather than pick one.
          this.#baseVersion = draft.baseVersion;
          this.#conflict = true;
          this.#saved = record;
        }
      }
    } catch (error) {
      this.#failure = describeError(error);
    } finally {
      this.#ready = true;
    }
  }

  /** Save the form; returns the record, or null when something needs the writer's attention first. */
  protected async commit(expectedVersion = this.#baseVersion ?? 1): Promise<R | null> {
    this.#saving = true;
    this.#failure = null;
    const key = this.key;
    try {
      const record = await this.write(expectedVersion);
      await this.dropDraft(key);
      this.#conflict = false;
      this.#saved = null;
      this.#restoredFrom = null;
      this.take(record);
      return record;
    } catch (error) {
      if (isHearthError(error) && error.code === 'CONFLICT' && !this.isNew) {
        this.touch();
        await this.saveDraft();
        this.#conflict = true;
        await this.conflicted();
      } else {
        this.failed(error);
      }
      return null;
    } finally {
      this.#saving = false;
    }
  }

  /** After a conflict: read the saved version to show beside the draft. */
  async loadSaved(): Promise<void> {
    if (this.isNew) return;
    try {
      this.#saved = await this.read();
    } catch (error) {
      this.#saved = null;
      this.#failure = describeError(error);
    }
  }

  /** Keep the draft's words, to be saved on top of the newest saved version. */
  keepMine(): void {
    const saved = this.#saved;
    if (!saved) return;
    this.#record = saved;
    this.#baseVersion = this.versionOf(saved);
    this.#conflict = false;
    this.#saved = null;
    this.touch();
  }

  /** Drop the draft and carry on from the saved version. */
  async useSaved(): Promise<void> {
    const saved = this.#saved;
    if (!saved) return;
    this.#conflict = false;
    this.#saved = null;
    this.take(saved);
    await this.discardDraft();
  }

  /** Throw away the unsaved words: the form goes back to what is saved (a new record's form stays as it is). */
  async discardDraft(): Promise<void> {
    await this.dropDraft();
    this.#restoredFrom = null;
    if (this.#record) this.form = this.formOf(this.#record);
  }
}
