import { api } from '../lib/api';
import { onBeforeLock } from '../lib/before-lock';

export const AUTOSAVE_MS = 3_000;

/**
 * Typing kept as an encrypted draft: every few seconds while writing, on blur, and before a lock.
 * Subclasses (timeline, reflection and journal editors) say where the draft lives and what goes in it.
 */
export abstract class Autosave {
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #draftSavedAt = $state<string | null>(null);
  #stopBeforeLock: () => void;

  constructor() {
    this.#stopBeforeLock = onBeforeLock(() => this.saveDraft());
  }

  /** The draft key, named for what it edits, e.g. `timeline:new` or `reflection:<id>-a`. */
  abstract get key(): string;
  /** The form's fields, kept in a draft as JSON exactly as they are. */
  abstract form: object;
  /** The version of the record the draft edits, when there is one. */
  protected abstract baseVersion(): number | null;
  /** A new form with nothing typed leaves no draft behind. */
  protected abstract isBlank(): boolean;

  get draftSavedAt() {
    return this.#draftSavedAt;
  }

  protected set draftSavedAt(value: string | null) {
    this.#draftSavedAt = value;
  }

  /** Call after every change: a draft is written at most every few seconds. */
  touch(): void {
    this.#dirty = true;
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      void this.saveDraft();
    }, AUTOSAVE_MS);
  }

  /** Write the draft now if anything changed since the last one. */
  async saveDraft(): Promise<void> {
    this.#stopTimer();
    if (!this.#dirty) return;
    this.#dirty = false;
    try {
      if (this.isBlank()) {
        await api.drafts.discard({ key: this.key });
        this.#draftSavedAt = null;
        return;
      }
      const draft = await api.drafts.save({ key: this.key, content: JSON.stringify(this.form), baseVersion: this.baseVersion() });
      this.#draftSavedAt = draft.savedAt;
    } catch {
      // Kept in memory; the next change or blur tries again.
      this.#dirty = true;
    }
  }

  /** The words are saved for real: the draft under `key` is no longer needed. */
  protected async dropDraft(key = this.key): Promise<void> {
    this.#stopTimer();
    this.#dirty = false;
    await api.drafts.discard({ key }).catch(() => undefined);
    this.#draftSavedAt = null;
  }

  /** Leaving the form: unsaved words stay as a draft. */
  async close(): Promise<void> {
    this.#stopBeforeLock();
    await this.saveDraft();
  }

  #stopTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

/** A draft written by an older form still opens: what is missing takes the form's defaults. */
export function parseDraft<T extends object>(content: string, defaults: T): T | null {
  try {
    const parsed = JSON.parse(content) as unknown;
    if (!parsed || typeof parsed !== 'object') return null;
    return { ...defaults, ...(parsed as Partial<T>) };
  } catch {
    return null;
  }
}
