import type { PartnerId } from '../../../shared/basics';
import { isHearthError } from '../../../shared/errors';
import { AftermathAnswers, ConflictAnswers, ForgivenessAnswers, suggestSoftStartup, type AftermathReflection, type ConflictReflection, type ForgivenessReflection, type NewReflectionInput, type Reflection, type UpdateReflectionInput } from '../../../shared/reflections';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { Autosave, parseDraft } from '../lib/autosave.svelte';
import { SOFT_STARTUP_STEP } from './steps';

export type SoloType = 'conflict' | 'forgiveness';
type Answers<T extends SoloType> = T extends 'conflict' ? ConflictAnswers : ForgivenessAnswers;
type SoloReflection<T extends SoloType> = T extends 'conflict' ? ConflictReflection : ForgivenessReflection;

export const MAX_TITLE = 200;

/** The fields of a one-partner form, exactly as a draft keeps them. */
export interface SoloForm<T extends SoloType> {
  step: number;
  title: string;
  author: PartnerId;
  answers: Answers<T>;
  /** Conflict only: true once the writer changed the suggested soft start-up. */
  softEdited: boolean;
}

function emptyAnswers<T extends SoloType>(type: T): Answers<T> {
  return (type === 'conflict' ? ConflictAnswers.parse({}) : ForgivenessAnswers.parse({})) as Answers<T>;
}

/** The suggested soft start-up for a conflict reflection's answers so far. */
export function suggestionFor(answers: ConflictAnswers): string {
  return suggestSoftStartup(answers.feelings, answers.observation, answers.needs, answers.needsOther);
}

/** The version a save fails on is kept, with the words, until the writer chooses what to keep. */
interface Conflicted<R> {
  saved: R | null;
}

/**
 * A conflict or forgiveness reflection, written one step at a time. Typing is kept as a draft; each
 * step change saves the reflection with the version it was made on, and then drops the draft.
 */
export class SoloEditor<T extends SoloType> extends Autosave {
  readonly type: T;
  #id = $state<string | null>(null);
  form = $state() as SoloForm<T>;
  #reflection = $state.raw<SoloReflection<T> | null>(null);
  #baseVersion: number | null = null;
  #eventId: string | null;
  #titleError = $state<string | null>(null);
  #failure = $state<string | null>(null);
  #conflict = $state.raw<Conflicted<SoloReflection<T>> | null>(null);
  #restoredFrom = $state<string | null>(null);
  #ready = $state(false);
  #saving = $state(false);

  constructor(type: T, id: string | null, author: PartnerId = 'a', eventId: string | null = null) {
    super();
    this.type = type;
    this.#id = id;
    this.#eventId = eventId;
    this.form = { step: 0, title: '', author, answers: emptyAnswers(type), softEdited: false };
  }

  get key(): string {
    return this.#id ? `reflection:${this.#id}` : `reflection:new-${this.type}`;
  }
  get id() {
    return this.#id;
  }
  get reflection() {
    return this.#reflection;
  }
  get titleError() {
    return this.#titleError;
  }
  get failure() {
    return this.#failure;
  }
  get conflict() {
    return this.#conflict;
  }
  get restoredFrom() {
    return this.#restoredFrom;
  }
  get ready() {
    return this.#ready;
  }
  get saving() {
    return this.#saving;
  }

  /** Conflict only: the soft start-up as it stands — the live suggestion until the writer changes it. */
  get softStartup(): string {
    const answers = this.form.answers as ConflictAnswers;
    return this.form.softEdited ? answers.softStartup : suggestionFor(answers);
  }

  setSoftStartup(text: string): void {
    (this.form.answers as ConflictAnswers).softStartup = text;
    this.form.softEdited = true;
    this.touch();
  }

  /** Go back to the suggestion made from the answers. */
  useSuggestion(): void {
    (this.form.answers as ConflictAnswers).softStartup = '';
    this.form.softEdited = false;
    this.touch();
  }

  protected baseVersion(): number | null {
    return this.#baseVersion;
  }
  protected isBlank(): boolean {
    return this.#id === null && !this.form.title.trim() && JSON.stringify(this.form.answers) === JSON.stringify(emptyAnswers(this.type));
  }

  /** Read the reflection (when there is one) and any draft left for it. */
  async load(startStep = 0): Promise<void> {
    try {
      if (this.#id) {
        const reflection = (await api.reflections.get({ id: this.#id })) as SoloReflection<T>;
        if (reflection.type !== this.type) throw new Error('type');
        this.#take(reflection);
        this.form.step = startStep;
      }
      const draft = await api.drafts.get({ key: this.key });
      const restored = draft && parseDraft<SoloForm<T>>(draft.content, $state.snapshot(this.form) as SoloForm<T>);
      if (draft && restored) {
        this.form = { ...restored, answers: { ...emptyAnswers(this.type), ...restored.answers } };
        this.#restoredFrom = draft.savedAt;
        this.draftSavedAt = draft.savedAt;
        if (this.#reflection && draft.baseVersion !== null && draft.baseVersion !== this.#reflection.version) {
          // Saved again after this draft began: show both rather than pick one.
          this.#baseVersion = draft.baseVersion;
          this.#conflict = { saved: this.#reflection };
        }
      }
    } catch (error) {
      this.#failure = describeError(error);
    } finally {
      this.#ready = true;
    }
  }

  #take(reflection: SoloReflection<T>): void {
    this.#reflection = reflection;
    this.#baseVersion = reflection.version;
    const answers = structuredClone(reflection.answers) as Answers<T>;
    let softEdited = false;
    if (reflection.type === 'conflict') {
      const a = answers as ConflictAnswers;
      softEdited = a.softStartup !== '' && a.softStartup !== suggestionFor(a);
    }
    this.form = { step: this.form.step, title: reflection.title, author: reflection.author, answers, softEdited };
  }

  #answersToSave(): Answers<T> {
    const answers = $state.snapshot(this.form.answers) as Answers<T>;
    if (this.type === 'conflict' && !this.form.softEdited) {
      const a = answers as ConflictAnswers;
      // The suggestion is kept once the writer has seen it; before that there is nothing to keep.
      a.softStartup = this.form.step >= SOFT_STARTUP_STEP || a.softStartup !== '' ? suggestionFor(a) : '';
    }
    return answers;
  }

  validateTitle(): boolean {
    const title = this.form.title.trim();
    this.#titleError = !title ? 'Give this reflection a short title, so you can find it again.' : title.length > MAX_TITLE ? `A title can be at most ${MAX_TITLE} characters.` : null;
    return this.#titleError === null;
  }

  /** Save what is written; returns the reflection, or null when something needs the writer first. */
  async save(): Promise<SoloReflection<T> | null> {
    if (this.#conflict) return null;
    if (!this.validateTitle()) return null;
    this.#saving = true;
    this.#failure = null;
    const fields = { title: this.form.title.trim(), author: this.form.author, answers: this.#answersToSave() };
    try {
      let saved: Reflection;
      if (this.#id === null) {
        const newKey = this.key;
        saved = await api.reflections.create({ type: this.type, ...fields, eventId: this.#eventId } as NewReflectionInput);
        this.#id = saved.id;
        await this.dropDraft(newKey);
      } else {
        saved = await api.reflections.update({ type: this.type, id: this.#id, expectedVersion: this.#baseVersion ?? 1, ...fields } as UpdateReflectionInput);
        await this.dropDraft();
      }
      this.#take(saved as SoloReflection<T>);
      this.#restoredFrom = null;
      return this.#reflection;
    } catch (error) {
      if (isHearthError(error) && error.code === 'CONFLICT' && this.#id) {
        this.touch();
        await this.saveDraft();
        this.#conflict = { saved: null };
        return null;
      }
      this.#failure = describeError(error);
      return null;
    } finally {
      this.#saving = false;
    }
  }

  /** After a conflict: read the saved version to show beside the draft. */
  async loadSaved(): Promise<void> {
    if (!this.#id) return;
    try {
      this.#conflict = { saved: (await api.reflections.get({ id: this.#id })) as SoloReflection<T> };
    } catch (error) {
      this.#failure = describeError(error);
    }
  }

  /** Keep my words, to be saved on top of the newest saved version. */
  keepMine(): void {
    const saved = this.#conflict?.saved;
    if (!saved) return;
    this.#reflection = saved;
    this.#baseVersion = saved.version;
    this.#conflict = null;
    this.touch();
  }

  /** Drop my draft and carry on from the saved version. */
  async useSaved(): Promise<void> {
    const saved = this.#conflict?.saved;
    if (!saved) return;
    this.#conflict = null;
    this.#take(saved);
    this.#restoredFrom = null;
    await this.dropDraft();
  }

  /** A new reflection that was never saved: forget what was typed. */
  async discard(): Promise<void> {
    await this.dropDraft();
    this.#restoredFrom = null;
    this.form = { step: 0, title: '', author: this.form.author, answers: emptyAnswers(this.type), softEdited: false };
  }
}

/** One partner's side of an aftermath, as a draft keeps it (with the title, for "continue" offers). */
export interface SideForm {
  step: number;
  title: string;
  answers: AftermathAnswers;
}

/** One partner writing their own side of an aftermath; the other side is never read into this form. */
export class SideEditor extends Autosave {
  readonly id: string;
  readonly partner: PartnerId;
  form = $state<SideForm>({ step: 0, title: '', answers: AftermathAnswers.parse({}) });
  #reflection = $state.raw<AftermathReflection | null>(null);
  #baseVersion: number | null = null;
  #failure = $state<string | null>(null);
  #conflict = $state(false);
  #restoredFrom = $state<string | null>(null);
  #ready = $state(false);
  #saving = $state(false);

  constructor(id: string, partner: PartnerId) {
    super();
    this.id = id;
    this.partner = partner;
  }

  get key(): string {
    return `reflection:${this.id}-${this.partner}`;
  }
  get reflection() {
    return this.#reflection;
  }
  get done(): boolean {
    return this.#reflection?.sides[this.partner].done ?? false;
  }
  get failure() {
    return this.#failure;
  }
  get conflict() {
    return this.#conflict;
  }
  get restoredFrom() {
    return this.#restoredFrom;
  }
  get ready() {
    return this.#ready;
  }
  get saving() {
    return this.#saving;
  }

  protected baseVersion(): number | null {
    return this.#baseVersion;
  }
  protected isBlank(): boolean {
    return false;
  }

  async load(): Promise<void> {
    try {
      const reflection = await api.reflections.get({ id: this.id });
      if (reflection.type !== 'aftermath') throw new Error('type');
      this.#take(reflection);
      const draft = await api.drafts.get({ key: this.key });
      const restored = draft && parseDraft<SideForm>(draft.content, $state.snapshot(this.form));
      if (draft && restored) {
        this.form = { ...restored, answers: { ...AftermathAnswers.parse({}), ...restored.answers } };
        this.#restoredFrom = draft.savedAt;
        this.draftSavedAt = draft.savedAt;
        if (draft.baseVersion !== null && draft.baseVersion !== reflection.sides[this.partner].version) {
          this.#baseVersion = draft.baseVersion;
          this.#conflict = true;
        }
      }
    } catch (error) {
      this.#failure = describeError(error);
    } finally {
      this.#ready = true;
    }
  }

  #take(reflection: AftermathReflection): void {
    this.#reflection = reflection;
    const side = reflection.sides[this.partner];
    this.#baseVersion = side.version;
    this.form = { step: this.form.step, title: reflection.title, answers: structuredClone(side.answers) };
  }

  /** Save this side; `done` marks it finished (left out, it stays as it was). */
  async save(done?: boolean): Promise<AftermathReflection | null> {
    if (this.#conflict) return null;
    this.#saving = true;
    this.#failure = null;
    try {
      const saved = await api.reflections.saveSide({
        id: this.id,
        partner: this.partner,
        side: $state.snapshot(this.form.answers),
        expectedVersion: this.#baseVersion ?? 1,
        ...(done === undefined ? {} : { done }),
      });
      await this.dropDraft();
      if (saved.type === 'aftermath') this.#take(saved);
      this.#restoredFrom = null;
      return this.#reflection;
    } catch (error) {
      if (isHearthError(error) && error.code === 'CONFLICT') {
        this.touch();
        await this.saveDraft();
        this.#conflict = true;
        return null;
      }
      this.#failure = describeError(error);
      return null;
    } finally {
      this.#saving = false;
    }
  }

  /** After a conflict: keep my words on top of my side's newest version. */
  async keepMine(): Promise<void> {
    try {
      const reflection = await api.reflections.get({ id: this.id });
      if (reflection.type !== 'aftermath') return;
      this.#reflection = reflection;
      this.#baseVersion = reflection.sides[this.partner].version;
      this.#conflict = false;
      this.touch();
    } catch (error) {
      this.#failure = describeError(error);
    }
  }

  /** After a conflict: drop my draft and carry on from my side as it was saved. */
  async useSaved(): Promise<void> {
    try {
      const reflection = await api.reflections.get({ id: this.id });
      if (reflection.type !== 'aftermath') return;
      this.#conflict = false;
      this.#take(reflection);
      this.#restoredFrom = null;
      await this.dropDraft();
    } catch (error) {
      this.#failure = describeError(error);
    }
  }
}
