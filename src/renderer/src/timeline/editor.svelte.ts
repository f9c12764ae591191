import { isHearthError } from '../../../shared/errors';
import type { Author } from '../../../shared/basics';
import type { EventKind, PhotoSummary, TimelineEvent } from '../../../shared/timeline';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { parseDraft } from '../drafts/autosave.svelte';
import { VersionedEditor } from '../drafts/editor.svelte';
import { describeError } from '../lib/errors';
import { localToday } from './format';

/** The fields of the form, exactly as they are kept in a draft. */
export interface EventForm {
  kind: EventKind;
  title: string;
  body: string;
  startDate: string;
  span: boolean;
  endDate: string;
  author: Author;
  valence: number;
  tags: string[];
}

const FIELDS = ['title', 'startDate', 'endDate', 'tags'] as const;
export type FieldErrors = Partial<Record<(typeof FIELDS)[number], string>>;

/** A photo chosen for an entry that is not saved yet; it is added right after the first save. */
export interface PendingPhoto {
  id: number;
  file: File;
  caption: string;
}

const MAX_TITLE = 200;
const MAX_TAGS = 20;

export function emptyForm(title = ''): EventForm {
  return { kind: title ? 'milestone' : 'memory', title, body: '', startDate: localToday(), span: false, endDate: '', author: 'both', valence: 0, tags: [] };
}

export function eventForm(event: Pick<TimelineEvent, 'kind' | 'title' | 'body' | 'startDate' | 'endDate' | 'author' | 'valence' | 'tags'>): EventForm {
  return {
    kind: event.kind,
    title: event.title,
    body: event.body,
    startDate: event.startDate,
    span: event.endDate !== null,
    endDate: event.endDate ?? '',
    author: event.author,
    valence: event.valence,
    tags: [...event.tags],
  };
}

/** A draft written by an older version of this form still opens: missing fields take their defaults. */
function draftForm(content: string): EventForm | null {
  const form = parseDraft(content, emptyForm());
  return form && { ...form, tags: Array.isArray(form.tags) ? form.tags.map(String) : [] };
}

export function validate(form: EventForm): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.title.trim()) errors.title = t('timeline.titleMissing');
  else if (form.title.trim().length > MAX_TITLE) errors.title = t('timeline.titleTooLong', { max: MAX_TITLE });
  if (!form.startDate) errors.startDate = t('timeline.dayMissing');
  if (form.span) {
    if (!form.endDate) errors.endDate = t('timeline.endMissing');
    else if (form.startDate && form.endDate < form.startDate) errors.endDate = t('timeline.endBeforeStart');
  }
  if (form.tags.length > MAX_TAGS) errors.tags = t('timeline.tooManyTags', { max: MAX_TAGS });
  return errors;
}

/**
 * Adding or editing one entry. Typing is kept as an encrypted draft every few seconds, on blur, and before a lock;
 * saving writes the entry with the version it was made on (see VersionedEditor), adds the photos picked before the
 * first save, and then drops the draft.
 */
export class EventEditor extends VersionedEditor<TimelineEvent, EventForm> {
  readonly #id: string | null;
  form = $state<EventForm>(emptyForm());
  #errors = $state<FieldErrors>({});
  #photos = $state.raw<PhotoSummary[]>([]);
  #pending = $state<PendingPhoto[]>([]);
  #photoErrors = $state<string[]>([]);
  #pendingId = 0;
  #knownTags = $state.raw<string[]>([]);

  constructor(id: string | null, title = '') {
    super();
    this.#id = id;
    this.form = emptyForm(title);
  }

  get id() {
    return this.#id;
  }
  get key(): string {
    return this.#id ? `timeline:${this.#id}` : 'timeline:new';
  }
  get isNew() {
    return this.#id === null;
  }
  get event() {
    return this.record;
  }
  get errors() {
    return this.#errors;
  }
  get photos() {
    return this.#photos;
  }
  get pending() {
    return this.#pending;
  }
  get photoErrors() {
    return this.#photoErrors;
  }
  /** Tags used on other entries, offered while typing one. */
  get knownTags() {
    return this.#knownTags;
  }
  get hasText(): boolean {
    return this.form.title.trim() !== '' || this.form.body.trim() !== '' || this.form.tags.length > 0;
  }

  protected isBlank(): boolean {
    return this.isNew && !this.hasText;
  }
  protected read(): Promise<TimelineEvent> {
    return api.timeline.get({ id: this.#id! });
  }
  protected versionOf(event: TimelineEvent): number {
    return event.version;
  }
  protected formOf(event: TimelineEvent): EventForm {
    return eventForm(event);
  }
  protected formFromDraft(content: string): EventForm | null {
    return draftForm(content);
  }
  protected override take(event: TimelineEvent): void {
    super.take(event);
    this.#photos = event.photos;
  }

  /** Read the tags in use; the list stays empty if they cannot be read. */
  async loadTags(): Promise<void> {
    try {
      this.#knownTags = (await api.timeline.tags()).map((t) => t.tag);
    } catch {
      // Only suggestions: typing a tag works without them.
    }
  }

  /** Call after every change to the form: a field shown as wrong is checked again as it is fixed. */
  override touch(): void {
    if (this.#errors.title || this.#errors.startDate || this.#errors.endDate || this.#errors.tags) this.#errors = validate(this.form);
    super.touch();
  }

  addTag(text: string): boolean {
    const tag = text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
    if (!tag || tag.length > 40) return false;
    if (!this.form.tags.includes(tag)) this.form.tags = [...this.form.tags, tag];
    this.touch();
    return true;
  }

  removeTag(tag: string): void {
    this.form.tags = this.form.tags.filter((t) => t !== tag);
    this.touch();
  }

  setSpan(span: boolean): void {
    this.form.span = span;
    if (span && !this.form.endDate) this.form.endDate = this.form.startDate;
    this.touch();
  }

  /** Save the entry; returns it, or null when something needs the person's attention first. */
  async save(): Promise<TimelineEvent | null> {
    this.#errors = validate(this.form);
    if (Object.keys(this.#errors).length > 0) return null;
    this.#photoErrors = [];
    return this.commit();
  }

  protected async write(expectedVersion: number): Promise<TimelineEvent> {
    const f = this.form;
    const fields = {
      kind: f.kind,
      title: f.title.trim(),
      body: f.body,
      startDate: f.startDate,
      endDate: f.span ? f.endDate : null,
      author: f.author,
      valence: f.valence,
      tags: f.tags,
    };
    const event = this.#id ? await api.timeline.update({ ...fields, id: this.#id, expectedVersion }) : await api.timeline.create(fields);
    return this.#addPending(event);
  }

  /** The core names the field it refused: shown beside that field when the form has it. */
  protected override failed(error: unknown): void {
    if (!isHearthError(error) || error.code !== 'VALIDATION' || !error.details?.field) return super.failed(error);
    const field = error.details.field.split('.')[0] as keyof FieldErrors;
    if (FIELDS.includes(field)) this.#errors = { [field]: error.message };
    else this.failure = error.message;
  }

  /** Photos picked before the first save are added now; any the core refuses are named. */
  async #addPending(event: TimelineEvent): Promise<TimelineEvent> {
    if (this.#pending.length === 0) return event;
    const errors: string[] = [];
    for (const photo of this.#pending) {
      try {
        await api.timeline.addPhoto({ eventId: event.id, bytes: new Uint8Array(await photo.file.arrayBuffer()), caption: photo.caption.trim() });
      } catch (error) {
        errors.push(t('timeline.photoProblem', { name: photo.file.name, problem: describeError(error) }));
      }
    }
    this.#pending = [];
    this.#photoErrors = errors;
    return api.timeline.get({ id: event.id });
  }

  /** Photos picked or dropped: added at once to a saved entry, or kept until the first save. */
  async addFiles(files: readonly File[]): Promise<void> {
    this.#photoErrors = [];
    if (!this.#id) {
      this.#pending = [...this.#pending, ...files.map((file) => ({ id: ++this.#pendingId, file, caption: '' }))];
      return;
    }
    const errors: string[] = [];
    for (const file of files) {
      try {
        const photo = await api.timeline.addPhoto({ eventId: this.#id, bytes: new Uint8Array(await file.arrayBuffer()), caption: '' });
        this.#photos = [...this.#photos, photo];
      } catch (error) {
        errors.push(t('timeline.photoProblem', { name: file.name, problem: describeError(error) }));
      }
    }
    this.#photoErrors = errors;
  }

  removePending(id: number): void {
    this.#pending = this.#pending.filter((p) => p.id !== id);
  }

  async setCaption(photo: PhotoSummary, caption: string): Promise<void> {
    if (caption.trim() === photo.caption) return;
    try {
      const updated = await api.timeline.setPhotoCaption({ id: photo.id, caption: caption.trim() });
      this.#photos = this.#photos.map((p) => (p.id === photo.id ? updated : p));
    } catch (error) {
      this.#photoErrors = [describeError(error)];
    }
  }

  async removePhoto(photo: PhotoSummary): Promise<void> {
    try {
      await api.timeline.removePhoto({ id: photo.id });
      this.#photos = this.#photos.filter((p) => p.id !== photo.id);
    } catch (error) {
      this.#photoErrors = [describeError(error)];
    }
  }
}
