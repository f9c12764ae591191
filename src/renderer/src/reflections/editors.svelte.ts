import type { PartnerId } from '../../../shared/basics';
import { AftermathAnswers, ConflictAnswers, ForgivenessAnswers, suggestSoftStartup, type AftermathReflection, type ConflictReflection, type ForgivenessReflection, type NewReflectionInput, type Reflection, type UpdateReflectionInput } from '../../../shared/reflections';
import { locale, t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { joinNames } from '../lib/locale';
import { parseDraft } from '../drafts/autosave.svelte';
import { VersionedEditor } from '../drafts/editor.svelte';
import { feelingWord, needWord } from './feelings';
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

/**
 * The suggested soft start-up for a conflict reflection's answers so far, in the language spoken. In English it is
 * `suggestSoftStartup`'s sentence, word for word; another language builds its own from the catalogue ("Wenn ich an
 * „…“ denke, fühle ich mich …, und ich brauche …."), with the feelings and needs in its words and what happened quoted
 * as the writer wrote it. Once kept, the sentence is the writer's: it is not translated again.
 */
export function suggestionFor(answers: ConflictAnswers): string {
  if (locale().toLowerCase().startsWith('en')) return suggestSoftStartup(answers.feelings, answers.observation, answers.needs, answers.needsOther);
  const felt = answers.feelings
    .map((f, i) => ({ ...f, i }))
    .sort((x, y) => (y.intensity ?? 3) - (x.intensity ?? 3) || x.i - y.i)
    .map((f) => feelingWord(f.feeling));
  const needed = answers.needs.filter((n, i) => answers.needs.indexOf(n) === i).map(needWord);
  const other = answers.needsOther.replace(/\s+/g, ' ').trim().replace(/[.!?…]+$/u, '');
  if (other) needed.push(other);
  const observation = answers.observation.replace(/\s+/g, ' ').trim().replace(/[.!?…]+$/u, '').trim();
  const situation = observation ? t('reflectionSteps.softSituation', { observation }) : '';
  const feelings = joinNames(felt);
  const opening = felt.length
    ? situation
      ? t('reflectionSteps.softFeel', { feelings, situation })
      : t('reflectionSteps.softFeelWhatHappened', { feelings })
    : situation
      ? t('reflectionSteps.softTalk', { situation })
      : t('reflectionSteps.softTalkWhatHappened');
  const closing = needed.length ? t('reflectionSteps.softNeed', { needs: joinNames(needed) }) : t('reflectionSteps.softUnderstand');
  return t('reflectionSteps.softSentence', { opening, closing });
}

/** The reflection as it is saved now, if it is of the type asked for. */
async function readAs<R extends Reflection>(id: string, type: R['type']): Promise<R> {
  const reflection = await api.reflections.get({ id });
  if (reflection.type !== type) throw new Error('type');
  return reflection as R;
}

/**
 * A conflict or forgiveness reflection, written one step at a time. Typing is kept as a draft; each step change saves
 * the reflection with the version it was made on, and then drops the draft (see VersionedEditor).
 */
export class SoloEditor<T extends SoloType> extends VersionedEditor<SoloReflection<T>, SoloForm<T>> {
  readonly type: T;
  #id = $state<string | null>(null);
  form = $state() as SoloForm<T>;
  #eventId: string | null;
  /** The check-in a new conflict reflection is begun from. */
  #checkinId: string | null;
  /** What is wrong with the title, if anything; said in the language spoken when it is shown. */
  #titleError = $state<'missing' | 'tooLong' | null>(null);

  constructor(type: T, id: string | null, author: PartnerId = 'a', eventId: string | null = null, checkinId: string | null = null) {
    super();
    this.type = type;
    this.#id = id;
    this.#eventId = eventId;
    this.#checkinId = type === 'conflict' ? checkinId : null;
    this.form = this.#blank(author);
  }

  get key(): string {
    return this.#id ? `reflection:${this.#id}` : `reflection:new-${this.type}`;
  }
  get id() {
    return this.#id;
  }
  get isNew() {
    return this.#id === null;
  }
  get reflection() {
    return this.record;
  }
  get titleError(): string | null {
    if (this.#titleError === 'missing') return t('reflectionSteps.titleMissing');
    if (this.#titleError === 'tooLong') return t('reflectionSteps.titleTooLong', { max: MAX_TITLE });
    return null;
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

  protected isBlank(): boolean {
    return this.isNew && !this.form.title.trim() && JSON.stringify(this.form.answers) === JSON.stringify(emptyAnswers(this.type));
  }
  protected read(): Promise<SoloReflection<T>> {
    return readAs<SoloReflection<T>>(this.#id!, this.type);
  }
  protected versionOf(reflection: SoloReflection<T>): number {
    return reflection.version;
  }
  protected formOf(reflection: SoloReflection<T>): SoloForm<T> {
    const answers = structuredClone(reflection.answers) as Answers<T>;
    let softEdited = false;
    if (reflection.type === 'conflict') {
      const a = answers as ConflictAnswers;
      softEdited = a.softStartup !== '' && a.softStartup !== suggestionFor(a);
    }
    return { step: this.form.step, title: reflection.title, author: reflection.author, answers, softEdited };
  }
  protected formFromDraft(content: string): SoloForm<T> | null {
    const restored = parseDraft<SoloForm<T>>(content, $state.snapshot(this.form) as SoloForm<T>);
    return restored && { ...restored, answers: { ...emptyAnswers(this.type), ...restored.answers } };
  }

  #blank(author: PartnerId): SoloForm<T> {
    return { step: 0, title: '', author, answers: emptyAnswers(this.type), softEdited: false };
  }

  /** Read the reflection (when there is one), opened at `startStep`, and any draft left for it. */
  override async load(startStep = 0): Promise<void> {
    if (!this.isNew) this.form.step = startStep;
    await super.load();
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
    this.#titleError = !title ? 'missing' : title.length > MAX_TITLE ? 'tooLong' : null;
    return this.#titleError === null;
  }

  /** Save what is written; returns the reflection, or null when something needs the writer first. */
  async save(): Promise<SoloReflection<T> | null> {
    if (this.conflict) return null;
    if (!this.validateTitle()) return null;
    return this.commit();
  }

  protected async write(expectedVersion: number): Promise<SoloReflection<T>> {
    const fields = { title: this.form.title.trim(), author: this.form.author, answers: this.#answersToSave() };
    if (this.#id !== null) {
      return (await api.reflections.update({ type: this.type, id: this.#id, expectedVersion, ...fields } as UpdateReflectionInput)) as SoloReflection<T>;
    }
    const from = this.#checkinId ? { checkinId: this.#checkinId } : {};
    const created = await api.reflections.create({ type: this.type, ...fields, eventId: this.#eventId, ...from } as NewReflectionInput);
    this.#id = created.id;
    return created as SoloReflection<T>;
  }

  /** A new reflection that was never saved: forget what was typed. */
  async discard(): Promise<void> {
    await this.discardDraft();
    this.form = this.#blank(this.form.author);
  }
}

/** One partner's side of an aftermath, as a draft keeps it (with the title, for "continue" offers). */
export interface SideForm {
  step: number;
  title: string;
  answers: AftermathAnswers;
}

/** One partner writing their own side of an aftermath; the other side is never read into this form. */
export class SideEditor extends VersionedEditor<AftermathReflection, SideForm> {
  readonly id: string;
  readonly partner: PartnerId;
  form = $state<SideForm>({ step: 0, title: '', answers: AftermathAnswers.parse({}) });
  /** Whether the save under way marks the side finished (undefined: it stays as it was). */
  #finishing: boolean | undefined;

  constructor(id: string, partner: PartnerId) {
    super();
    this.id = id;
    this.partner = partner;
  }

  get key(): string {
    return `reflection:${this.id}-${this.partner}`;
  }
  get isNew() {
    return false;
  }
  get reflection() {
    return this.record;
  }
  get done(): boolean {
    return this.record?.sides[this.partner].done ?? false;
  }

  protected isBlank(): boolean {
    return false;
  }
  protected read(): Promise<AftermathReflection> {
    return readAs<AftermathReflection>(this.id, 'aftermath');
  }
  /** Each side has its own version: the other partner saving theirs is no conflict. */
  protected versionOf(reflection: AftermathReflection): number {
    return reflection.sides[this.partner].version;
  }
  protected formOf(reflection: AftermathReflection): SideForm {
    return { step: this.form.step, title: reflection.title, answers: structuredClone(reflection.sides[this.partner].answers) };
  }
  protected formFromDraft(content: string): SideForm | null {
    const restored = parseDraft<SideForm>(content, $state.snapshot(this.form));
    return restored && { ...restored, answers: { ...AftermathAnswers.parse({}), ...restored.answers } };
  }

  /** Save this side; `done` marks it finished (left out, it stays as it was). */
  async save(done?: boolean): Promise<AftermathReflection | null> {
    if (this.conflict) return null;
    this.#finishing = done;
    return this.commit();
  }

  protected async write(expectedVersion: number): Promise<AftermathReflection> {
    const done = this.#finishing;
    const saved = await api.reflections.saveSide({ id: this.id, partner: this.partner, side: $state.snapshot(this.form.answers), expectedVersion, ...(done === undefined ? {} : { done }) });
    if (saved.type !== 'aftermath') throw new Error('type');
    return saved;
  }

  /** After a conflict: keep my words on top of my side's newest version. */
  override async keepMine(): Promise<void> {
    await this.loadSaved();
    super.keepMine();
  }

  /** After a conflict: drop my draft and carry on from my side as it was saved. */
  override async useSaved(): Promise<void> {
    await this.loadSaved();
    await super.useSaved();
  }
}
