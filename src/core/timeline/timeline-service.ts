import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { HearthError } from '../../shared/errors';
import type { AddPhotoInput, EventPage, EventSummary, EventVersion, ListEventsInput, NewEventInput, PhotoSummary, TimelineEvent, UpdateEventInput } from '../../shared/timeline';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { indexEntry, needSweep, removeEntry } from '../search/search-index';
import { reflectionsForEvent } from '../reflections/reflection-repository';
import type { VaultService } from '../vaults/vault-service';
import { processPhoto, toDataUrl } from './photos';
import {
  fieldsOf,
  findEvent,
  insertEvent,
  linksOf,
  photosOf,
  saveVersion,
  searchTextOf,
  SUMMARY_COLUMNS,
  toSummary,
  versionsOf,
  writeFields,
  type EventFields,
  type EventRow,
  type SummaryRow,
} from './timeline-repository';

type ListInput = z.output<typeof ListEventsInput>;
type NewEvent = z.output<typeof NewEventInput>;
type UpdateEvent = z.output<typeof UpdateEventInput>;
type AddPhoto = z.output<typeof AddPhotoInput>;

export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/** The couple's shared story: events, their versions, links, photos, and the trash. */
export class TimelineService {
  readonly #vaults: VaultService;

  constructor(vaults: VaultService) {
    this.#vaults = vaults;
    vaults.onUnlock((db) => this.purgeTrash(db));
  }

  get #db(): Db {
    return this.#vaults.requireUnlocked().db;
  }

  #now(): string {
    return this.#vaults.clock.now().toISOString();
  }

  list(input: ListInput): EventPage {
    const { order, after, limit, filter } = input;
    const where = ['e.deleted_at IS NULL'];
    const params: unknown[] = [];
    if (filter.kinds?.length) {
      where.push(`e.kind IN (${filter.kinds.map(() => '?').join(', ')})`);
      params.push(...filter.kinds);
    }
    for (const tag of filter.tags ?? []) {
      where.push('EXISTS (SELECT 1 FROM timeline_tags t WHERE t.event_id = e.id AND t.tag = ?)');
      params.push(tag);
    }
    if (filter.author) {
      where.push('e.author = ?');
      params.push(filter.author);
    }
    if (filter.from) {
      where.push('coalesce(e.end_date, e.start_date) >= ?');
      params.push(filter.from);
    }
    if (filter.to) {
      where.push('e.start_date <= ?');
      params.push(filter.to);
    }
    if (filter.valenceMin !== undefined) {
      where.push('e.valence >= ?');
      params.push(filter.valenceMin);
    }
    if (filter.valenceMax !== undefined) {
      where.push('e.valence <= ?');
      params.push(filter.valenceMax);
    }
    const direction = order === 'newest' ? 'DESC' : 'ASC';
    if (after) {
      where.push(`(e.start_date, e.id) ${order === 'newest' ? '<' : '>'} (?, ?)`);
      params.push(after.date, after.id);
    }
    // Only fixed fragments are joined here; every value is bound.
    const rows = sql<SummaryRow>(
      this.#db,
      `SELECT ${SUMMARY_COLUMNS} FROM timeline_events e INDEXED BY timeline_live_list
        WHERE ${where.join(' AND ')}
        ORDER BY e.start_date ${direction}, e.id ${direction} LIMIT ?`,
    ).all(...params, limit + 1);
    const items = rows.slice(0, limit).map(toSummary);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? { date: last.startDate, id: last.id } : null };
  }

  /** From the trigger-kept month counts (migration 006): a few hundred rows, not every event. */
  years(): { year: number; count: number }[] {
    return sql<{ year: string; count: number }>(
      this.#db,
      `SELECT substr(month, 1, 4) AS year, sum(n) AS count FROM timeline_month_counts GROUP BY year ORDER BY year DESC`,
    )
      .all()
      .map((r) => ({ year: Number(r.year), count: r.count }));
  }

  get(id: string): TimelineEvent {
    return this.#toEvent(this.#require(id));
  }

  create(input: NewEvent): TimelineEvent {
    const db = this.#db;
    const id = randomUUID();
    db.transaction(() => {
      insertEvent(db, id, input, this.#now());
      this.#index(db, id, input);
    })();
    return this.get(id);
  }

  update(input: UpdateEvent): TimelineEvent {
    const db = this.#db;
    const { id, expectedVersion, ...fields } = input;
    db.transaction(() => {
      const row = this.#requireLive(id);
      if (row.version !== expectedVersion) {
        throw new HearthError('CONFLICT', 'This entry was saved again since you opened it. Your text is kept as a draft; reopen the entry to see both.');
      }
      const now = this.#now();
      saveVersion(db, id, row.version, fieldsOf(db, row), row.updated_at);
      writeFields(db, id, fields, row.version + 1, now);
      this.#index(db, id, fields);
    })();
    return this.get(id);
  }

  history(id: string): EventVersion[] {
    this.#require(id);
    return versionsOf(this.#db, id);
  }

  restoreVersion(id: string, version: number, expectedVersion: number): TimelineEvent {
    const old = this.history(id).find((v) => v.version === version);
    if (!old) throw new HearthError('NOT_FOUND', 'That earlier version is not there any more.');
    const { version: _v, savedAt: _s, ...fields } = old;
    return this.update({ id, expectedVersion, ...fields });
  }

  remove(id: string): void {
    const db = this.#db;
    db.transaction(() => {
      this.#requireLive(id);
      sql(db, 'UPDATE timeline_events SET deleted_at = ? WHERE id = ?').run(this.#now(), id);
      removeEntry(db, 'timeline', id);
    })();
  }

  trash(): { id: string; kind: TimelineEvent['kind']; title: string; startDate: string; deletedAt: string; purgeAfter: string }[] {
    return sql<EventRow>(this.#db, 'SELECT * FROM timeline_events WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC')
      .all()
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        startDate: r.start_date,
        deletedAt: r.deleted_at!,
        purgeAfter: new Date(Date.parse(r.deleted_at!) + TRASH_DAYS * DAY_MS).toISOString(),
      }));
  }

  restore(id: string): TimelineEvent {
    const db = this.#db;
    db.transaction(() => {
      const row = this.#require(id);
      if (!row.deleted_at) return;
      sql(db, 'UPDATE timeline_events SET deleted_at = NULL WHERE id = ?').run(id);
      this.#index(db, id, fieldsOf(db, row));
    })();
    return this.get(id);
  }

  /** Gone for good: the rows, their versions, photos and links; secure_delete overwrites the freed pages. */
  deleteForever(id: string): void {
    const row = this.#require(id);
    if (!row.deleted_at) throw new HearthError('CONFLICT', 'Move this entry to the trash first; it can be deleted forever from there.');
    this.#destroy(this.#db, [id]);
  }

  purgeTrash(db: Db = this.#db): number {
    const cutoff = new Date(this.#vaults.clock.now().getTime() - TRASH_DAYS * DAY_MS).toISOString();
    const ids = sql<{ id: string }>(db, 'SELECT id FROM timeline_events WHERE deleted_at IS NOT NULL AND deleted_at < ?')
      .all(cutoff)
      .map((r) => r.id);
    this.#destroy(db, ids);
    return ids.length;
  }

  link(from: string, to: string): void {
    if (from === to) throw new HearthError('VALIDATION', 'An entry cannot be linked to itself.');
    this.#requireLive(from);
    this.#requireLive(to);
    const [a, b] = from < to ? [from, to] : [to, from];
    sql(this.#db, 'INSERT OR IGNORE INTO timeline_links (a, b, created_at) VALUES (?, ?, ?)').run(a, b, this.#now());
  }

  unlink(from: string, to: string): void {
    const [a, b] = from < to ? [from, to] : [to, from];
    sql(this.#db, 'DELETE FROM timeline_links WHERE a = ? AND b = ?').run(a, b);
  }

  /** What happened on this month and day in earlier years, newest first. */
  onThisDay(today: string): EventSummary[] {
    return sql<SummaryRow>(
      this.#db,
      `SELECT ${SUMMARY_COLUMNS} FROM timeline_events e
        WHERE e.deleted_at IS NULL AND substr(e.start_date, 6, 5) = ? AND e.start_date < ?
        ORDER BY e.start_date DESC LIMIT 20`,
    )
      .all(today.slice(5), `${today.slice(0, 4)}-01-01`)
      .map(toSummary);
  }

  tags(): { tag: string; count: number }[] {
    return sql<{ tag: string; count: number }>(
      this.#db,
      // Tags are read through their (tag, event_id) index and only the few trashed events are looked up, so the
      // events themselves (the bulk of the file) are never read.
      `SELECT tag, count(*) AS count FROM timeline_tags INDEXED BY timeline_tags_by_tag
        WHERE event_id NOT IN (SELECT id FROM timeline_events WHERE deleted_at IS NOT NULL)
        GROUP BY tag ORDER BY count DESC, tag LIMIT 500`,
    ).all();
  }

  async addPhoto(input: AddPhoto): Promise<PhotoSummary> {
    this.#requireLive(input.eventId);
    const photo = await processPhoto(input.bytes);
    const db = this.#db;
    const id = randomUUID();
    db.transaction(() => {
      const row = this.#requireLive(input.eventId);
      const { next } = sql<{ next: number }>(db, 'SELECT coalesce(max(position), 0) + 1 AS next FROM photos WHERE event_id = ?').get(row.id)!;
      sql(db, 'INSERT INTO photos (id, event_id, position, mime, width, height, caption, thumbnail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        id, row.id, next, photo.mime, photo.width, photo.height, input.caption, photo.thumbnail, this.#now(),
      );
      sql(db, 'INSERT INTO photo_bytes (photo_id, bytes) VALUES (?, ?)').run(id, photo.bytes);
      this.#index(db, row.id, fieldsOf(db, row));
    })();
    return { id, width: photo.width, height: photo.height, caption: input.caption, thumbnail: toDataUrl('image/webp', photo.thumbnail) };
  }

  photo(id: string): { id: string; dataUrl: string; width: number; height: number } {
    const row = sql<{ mime: string; width: number; height: number; bytes: Buffer }>(
      this.#db,
      'SELECT p.mime, p.width, p.height, b.bytes FROM photos p JOIN photo_bytes b ON b.photo_id = p.id WHERE p.id = ?',
    ).get(id);
    if (!row) throw new HearthError('NOT_FOUND', 'That photo is not there any more.');
    return { id, dataUrl: toDataUrl(row.mime, row.bytes), width: row.width, height: row.height };
  }

  setPhotoCaption(id: string, caption: string): PhotoSummary {
    const db = this.#db;
    const owner = sql<{ event_id: string }>(db, 'SELECT event_id FROM photos WHERE id = ?').get(id);
    if (!owner) throw new HearthError('NOT_FOUND', 'That photo is not there any more.');
    db.transaction(() => {
      sql(db, 'UPDATE photos SET caption = ? WHERE id = ?').run(caption, id);
      const row = this.#require(owner.event_id);
      if (!row.deleted_at) this.#index(db, row.id, fieldsOf(db, row));
    })();
    return photosOf(db, owner.event_id).find((p) => p.id === id)!;
  }

  removePhoto(id: string): void {
    const db = this.#db;
    const owner = sql<{ event_id: string }>(db, 'SELECT event_id FROM photos WHERE id = ?').get(id);
    if (!owner) throw new HearthError('NOT_FOUND', 'That photo is not there any more.');
    db.transaction(() => {
      sql(db, 'DELETE FROM photos WHERE id = ?').run(id);
      const row = this.#require(owner.event_id);
      if (!row.deleted_at) this.#index(db, row.id, fieldsOf(db, row));
    })();
  }

  /** Start dates for search hits. */
  datesOf(ids: string[]): Map<string, string> {
    const get = sql<{ start_date: string }>(this.#db, 'SELECT start_date FROM timeline_events WHERE id = ?');
    return new Map(ids.map((id) => [id, get.get(id)?.start_date ?? '']));
  }

  #index(db: Db, id: string, fields: EventFields): void {
    indexEntry(db, 'timeline', id, fields.title, searchTextOf(db, id, fields));
  }

  #destroy(db: Db, ids: string[]): void {
    if (ids.length === 0) return;
    db.transaction(() => {
      for (const id of ids) {
        removeEntry(db, 'timeline', id);
        sql(db, 'DELETE FROM timeline_events WHERE id = ?').run(id);
        sql(db, 'DELETE FROM drafts WHERE key = ?').run(`timeline:${id}`);
      }
      // Its earlier versions' words may still sit on index pages (search-index.ts KEPT_ELSEWHERE): sweep them.
      needSweep(db);
    })();
  }

  #require(id: string): EventRow {
    const row = findEvent(this.#db, id);
    if (!row) throw new HearthError('NOT_FOUND', 'That entry is not there any more.');
    return row;
  }

  #requireLive(id: string): EventRow {
    const row = this.#require(id);
    if (row.deleted_at) throw new HearthError('CONFLICT', 'That entry is in the trash. Restore it first.');
    return row;
  }

  #toEvent(row: EventRow): TimelineEvent {
    const db = this.#db;
    return {
      ...fieldsOf(db, row),
      id: row.id,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      deletedAt: row.deleted_at,
      photos: photosOf(db, row.id),
      links: linksOf(db, row.id),
      reflections: reflectionsForEvent(db, row.id),
    };
  }
}
