import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { HearthError } from '../../shared/errors';
import type { AddPhotoInput, EventPage, EventSummary, EventVersion, ListEventsInput, NewEventInput, PhotoSummary, TimelineEvent, UpdateEventInput } from '../../shared/timeline';
import type { Db } from '../db/database';
import { deleteDraft } from '../drafts/draft-repository';
import { removeEntry, needSweep } from '../search/search-index';
import { reflectionsForEvent } from '../reflections/reflection-repository';
import { AreaService } from '../area-service';
import { deleteLink, insertLink, linksOf } from './link-repository';
import { deletePhoto, insertPhoto, nextPhotoPosition, photoOwner, photosOf, photoWithBytes, setCaption } from './photo-repository';
import { processPhoto, toDataUrl } from './photos';
import {
  deleteEvent,
  fieldsOf,
  findEvent,
  indexEvent,
  insertEvent,
  onMonthDay,
  saveVersion,
  setDeletedAt,
  startDatesOf,
  storedEventOf,
  summaryPage,
  tagCounts,
  trashedBefore,
  trashedEvents,
  versionsOf,
  writeFields,
  yearCounts,
  type EventFields,
  type EventRow,
} from './timeline-repository';

type ListInput = z.output<typeof ListEventsInput>;
type NewEvent = z.output<typeof NewEventInput>;
type UpdateEvent = z.output<typeof UpdateEventInput>;
type AddPhoto = z.output<typeof AddPhotoInput>;

export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/** The couple's shared story: events, their versions, links, photos, and the trash. */
export class TimelineService extends AreaService {
  list(input: ListInput): EventPage {
    const { limit, ...rest } = input;
    const rows = summaryPage(this.db, rest, limit + 1);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? { date: last.startDate, id: last.id } : null };
  }

  /** From the trigger-kept month counts (migration 006): a few hundred rows, not every event. */
  years(): { year: number; count: number }[] {
    return yearCounts(this.db);
  }

  get(id: string): TimelineEvent {
    return this.#toEvent(this.#require(id));
  }

  create(input: NewEvent): TimelineEvent {
    const db = this.db;
    const id = randomUUID();
    db.transaction(() => {
      insertEvent(db, id, input, this.timestamp());
      this.#index(db, id, input);
    })();
    return this.get(id);
  }

  update(input: UpdateEvent): TimelineEvent {
    const db = this.db;
    const { id, expectedVersion, ...fields } = input;
    db.transaction(() => {
      const row = this.#requireLive(id);
      if (row.version !== expectedVersion) {
        throw new HearthError('CONFLICT', 'This entry was saved again since you opened it. Your text is kept as a draft; reopen the entry to see both.');
      }
      const now = this.timestamp();
      const before = fieldsOf(db, row);
      saveVersion(db, id, row.version, before, row.updated_at);
      writeFields(db, id, fields, row.version + 1, now, before);
      this.#index(db, id, fields);
    })();
    return this.get(id);
  }

  history(id: string): EventVersion[] {
    this.#require(id);
    return versionsOf(this.db, id);
  }

  restoreVersion(id: string, version: number, expectedVersion: number): TimelineEvent {
    const old = this.history(id).find((v) => v.version === version);
    if (!old) throw new HearthError('NOT_FOUND', 'That earlier version is not there any more.');
    const { version: _v, savedAt: _s, ...fields } = old;
    return this.update({ id, expectedVersion, ...fields });
  }

  remove(id: string): void {
    const db = this.db;
    db.transaction(() => {
      this.#requireLive(id);
      setDeletedAt(db, id, this.timestamp());
      removeEntry(db, 'timeline', id);
    })();
  }

  trash(): { id: string; kind: TimelineEvent['kind']; title: string; startDate: string; deletedAt: string; purgeAfter: string }[] {
    return trashedEvents(this.db).map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      startDate: r.start_date,
      deletedAt: r.deleted_at!,
      purgeAfter: new Date(Date.parse(r.deleted_at!) + TRASH_DAYS * DAY_MS).toISOString(),
    }));
  }

  restore(id: string): TimelineEvent {
    const db = this.db;
    db.transaction(() => {
      const row = this.#require(id);
      if (!row.deleted_at) return;
      setDeletedAt(db, id, null);
      this.#index(db, id, fieldsOf(db, row));
    })();
    return this.get(id);
  }

  /** Gone for good: the rows, their versions, photos and links; secure_delete overwrites the freed pages. */
  deleteForever(id: string): void {
    const row = this.#require(id);
    if (!row.deleted_at) throw new HearthError('CONFLICT', 'Move this entry to the trash first; it can be deleted forever from there.');
    this.#destroy(this.db, [id]);
  }

  purgeTrash(db: Db = this.db): number {
    const cutoff = new Date(this.now().getTime() - TRASH_DAYS * DAY_MS).toISOString();
    const ids = trashedBefore(db, cutoff);
    this.#destroy(db, ids);
    return ids.length;
  }

  link(from: string, to: string): void {
    if (from === to) throw new HearthError('VALIDATION', 'An entry cannot be linked to itself.');
    this.#requireLive(from);
    this.#requireLive(to);
    const [a, b] = from < to ? [from, to] : [to, from];
    insertLink(this.db, { a, b, createdAt: this.timestamp() });
  }

  unlink(from: string, to: string): void {
    const [a, b] = from < to ? [from, to] : [to, from];
    deleteLink(this.db, a, b);
  }

  /** What happened on this month and day in earlier years, newest first. */
  onThisDay(today: string): EventSummary[] {
    return onMonthDay(this.db, today.slice(5), `${today.slice(0, 4)}-01-01`);
  }

  tags(): { tag: string; count: number }[] {
    return tagCounts(this.db);
  }

  async addPhoto(input: AddPhoto): Promise<PhotoSummary> {
    this.#requireLive(input.eventId);
    const photo = await processPhoto(input.bytes);
    const db = this.db;
    const id = randomUUID();
    db.transaction(() => {
      const row = this.#requireLive(input.eventId);
      insertPhoto(db, row.id, { ...photo, id, position: nextPhotoPosition(db, row.id), caption: input.caption, createdAt: this.timestamp() });
      this.#index(db, row.id, fieldsOf(db, row));
    })();
    return { id, width: photo.width, height: photo.height, caption: input.caption, thumbnail: toDataUrl('image/webp', photo.thumbnail) };
  }

  photo(id: string): { id: string; dataUrl: string; width: number; height: number } {
    const row = photoWithBytes(this.db, id);
    if (!row) throw new HearthError('NOT_FOUND', 'That photo is not there any more.');
    return { id, dataUrl: toDataUrl(row.mime, row.bytes), width: row.width, height: row.height };
  }

  setPhotoCaption(id: string, caption: string): PhotoSummary {
    const db = this.db;
    const owner = photoOwner(db, id);
    if (owner === undefined) throw new HearthError('NOT_FOUND', 'That photo is not there any more.');
    db.transaction(() => {
      setCaption(db, id, caption);
      const row = this.#require(owner);
      if (!row.deleted_at) this.#index(db, row.id, fieldsOf(db, row));
    })();
    return photosOf(db, owner).find((p) => p.id === id)!;
  }

  removePhoto(id: string): void {
    const db = this.db;
    const owner = photoOwner(db, id);
    if (owner === undefined) throw new HearthError('NOT_FOUND', 'That photo is not there any more.');
    db.transaction(() => {
      deletePhoto(db, id);
      const row = this.#require(owner);
      if (!row.deleted_at) this.#index(db, row.id, fieldsOf(db, row));
    })();
  }

  /** Start dates for search hits. */
  datesOf(ids: string[]): Map<string, string> {
    return startDatesOf(this.db, ids);
  }

  #index(db: Db, id: string, fields: EventFields): void {
    indexEvent(db, id, fields);
  }

  #destroy(db: Db, ids: string[]): void {
    if (ids.length === 0) return;
    db.transaction(() => {
      for (const id of ids) {
        removeEntry(db, 'timeline', id);
        deleteEvent(db, id);
        deleteDraft(db, `timeline:${id}`);
      }
      // Its earlier versions' words may still sit on index pages (search-index.ts KEPT_ELSEWHERE): sweep them.
      needSweep(db);
    })();
  }

  #require(id: string): EventRow {
    const row = findEvent(this.db, id);
    if (!row) throw new HearthError('NOT_FOUND', 'That entry is not there any more.');
    return row;
  }

  #requireLive(id: string): EventRow {
    const row = this.#require(id);
    if (row.deleted_at) throw new HearthError('CONFLICT', 'That entry is in the trash. Restore it first.');
    return row;
  }

  #toEvent(row: EventRow): TimelineEvent {
    const db = this.db;
    return {
      ...storedEventOf(db, row),
      photos: photosOf(db, row.id),
      links: linksOf(db, row.id),
      reflections: reflectionsForEvent(db, row.id),
    };
  }
}
