import type { z } from 'zod';
import type { EventSummary, EventVersion, ListEventsInput, TimelineEvent } from '../../shared/timeline';
import type { Db } from '../db/database';
import { sql } from '../db/statements';
import { indexEntry } from '../search/search-index';
import { captionsOf } from './photo-repository';
import { toDataUrl } from './photos';

// The timeline's events, their tags and their earlier versions: every statement on them, and their rows read once
// into what the app, the full export and the therapy export hold. Photos are in photo-repository.ts, links in
// link-repository.ts, the counts the insights read in timeline-counts.ts.

/** The fields a person edits; also what a version snapshot holds. */
export interface EventFields {
  kind: TimelineEvent['kind'];
  title: string;
  body: string;
  startDate: string;
  endDate: string | null;
  author: TimelineEvent['author'];
  valence: number;
  tags: string[];
}

/** An event as stored: its fields, version, times and trash state (the full export's item, without its versions and photos). */
export type StoredEvent = { id: string } & EventFields & { version: number; createdAt: string; updatedAt: string; deletedAt: string | null };

/** What a list of events shows of each: no words, no tags. */
export type EventOutline = { id: string } & Omit<EventFields, 'body' | 'tags'>;

export interface EventRow {
  id: string;
  kind: TimelineEvent['kind'];
  title: string;
  body: string;
  start_date: string;
  end_date: string | null;
  author: TimelineEvent['author'];
  valence: number;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SummaryRow {
  id: string;
  kind: EventSummary['kind'];
  title: string;
  excerpt: string;
  start_date: string;
  end_date: string | null;
  author: EventSummary['author'];
  valence: number;
  tags: string | null;
  photo_count: number;
  cover: Buffer | null;
}

const TAG_SEPARATOR = '\u001f';

/** The columns every list shows; tags and the cover come along so a page is one query. */
export const SUMMARY_COLUMNS = `
  e.id, e.kind, e.title, e.excerpt, e.start_date, e.end_date, e.author, e.valence,
  (SELECT group_concat(tag, char(31)) FROM timeline_tags t WHERE t.event_id = e.id) AS tags,
  (SELECT count(*) FROM photos p WHERE p.event_id = e.id) AS photo_count,
  (SELECT thumbnail FROM photos p WHERE p.event_id = e.id ORDER BY position LIMIT 1) AS cover`;

export function toSummary(row: SummaryRow): EventSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    excerpt: row.excerpt,
    startDate: row.start_date,
    endDate: row.end_date,
    author: row.author,
    valence: row.valence,
    tags: row.tags ? row.tags.split(TAG_SEPARATOR).sort() : [],
    photoCount: row.photo_count,
    cover: row.cover ? toDataUrl('image/webp', row.cover) : null,
  };
}

// ── Lists ──

/** A page of live events in the list's order, filtered, after the cursor when there is one; `limit` rows at most. */
export function summaryPage(db: Db, input: Omit<z.output<typeof ListEventsInput>, 'limit'>, limit: number): EventSummary[] {
  const { order, after, filter } = input;
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
  return sql<SummaryRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM timeline_events e INDEXED BY timeline_live_list
      WHERE ${where.join(' AND ')}
      ORDER BY e.start_date ${direction}, e.id ${direction} LIMIT ?`,
  )
    .all(...params, limit)
    .map(toSummary);
}

/** Live events on this month and day (`MM-DD`) in years before `before`, newest first, twenty at most. */
export function onMonthDay(db: Db, monthDay: string, before: string): EventSummary[] {
  return sql<SummaryRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM timeline_events e
      WHERE e.deleted_at IS NULL AND substr(e.start_date, 6, 5) = ? AND e.start_date < ?
      ORDER BY e.start_date DESC LIMIT 20`,
  )
    .all(monthDay, before)
    .map(toSummary);
}

/** From the trigger-kept month counts (migration 006): a few hundred rows, not every event. */
export function yearCounts(db: Db): { year: number; count: number }[] {
  return sql<{ year: string; count: number }>(
    db,
    `SELECT substr(month, 1, 4) AS year, sum(n) AS count FROM timeline_month_counts GROUP BY year ORDER BY year DESC`,
  )
    .all()
    .map((r) => ({ year: Number(r.year), count: r.count }));
}

/** The tags live events carry, the most used first (five hundred at most). */
export function tagCounts(db: Db): { tag: string; count: number }[] {
  return sql<{ tag: string; count: number }>(
    db,
    // Tags are read through their (tag, event_id) index and only the few trashed events are looked up, so the
    // events themselves (the bulk of the file) are never read.
    `SELECT tag, count(*) AS count FROM timeline_tags INDEXED BY timeline_tags_by_tag
      WHERE event_id NOT IN (SELECT id FROM timeline_events WHERE deleted_at IS NOT NULL)
      GROUP BY tag ORDER BY count DESC, tag LIMIT 500`,
  ).all();
}

/**
 * Live events that start from `from` to `to` (days, both included), oldest first, without their words or tags (the
 * therapy export reads those of the ones it includes).
 */
export function eventsStartingBetween(db: Db, from: string, to: string): EventOutline[] {
  return sql<Omit<EventRow, 'body' | 'version' | 'created_at' | 'updated_at' | 'deleted_at'>>(
    db,
    `SELECT id, kind, title, start_date, end_date, author, valence FROM timeline_events
      WHERE deleted_at IS NULL AND start_date BETWEEN ? AND ? ORDER BY start_date, id`,
  )
    .all(from, to)
    .map((r) => ({ id: r.id, kind: r.kind, title: r.title, startDate: r.start_date, endDate: r.end_date, author: r.author, valence: r.valence }));
}

// ── Events ──

export function findEvent(db: Db, id: string): EventRow | undefined {
  return sql<EventRow>(db, 'SELECT * FROM timeline_events WHERE id = ?').get(id);
}

/** Every event, in the trash or not, by id (the full export's order). */
export function allEvents(db: Db): EventRow[] {
  return sql<EventRow>(db, 'SELECT * FROM timeline_events ORDER BY id').all();
}

/** An event while it is on the timeline, as a link shows it; null for none, or one in the trash. */
export function liveEventLink(db: Db, eventId: string | null): TimelineEvent['links'][number] | null {
  if (!eventId) return null;
  const row = sql<{ id: string; kind: TimelineEvent['kind']; title: string; start_date: string }>(
    db,
    'SELECT id, kind, title, start_date FROM timeline_events WHERE id = ? AND deleted_at IS NULL',
  ).get(eventId);
  return row ? { id: row.id, kind: row.kind, title: row.title, startDate: row.start_date } : null;
}

export function tagsOf(db: Db, id: string): string[] {
  return sql<{ tag: string }>(db, 'SELECT tag FROM timeline_tags WHERE event_id = ? ORDER BY tag').all(id).map((r) => r.tag);
}

export function setTags(db: Db, id: string, tags: string[]): void {
  sql(db, 'DELETE FROM timeline_tags WHERE event_id = ?').run(id);
  const insert = sql(db, 'INSERT INTO timeline_tags (event_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(id, tag);
}

export function fieldsOf(db: Db, row: EventRow): EventFields {
  return {
    kind: row.kind,
    title: row.title,
    body: row.body,
    startDate: row.start_date,
    endDate: row.end_date,
    author: row.author,
    valence: row.valence,
    tags: tagsOf(db, row.id),
  };
}

/** An event's row and tags, read into one record. */
export function storedEventOf(db: Db, row: EventRow): StoredEvent {
  return { id: row.id, ...fieldsOf(db, row), version: row.version, createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: row.deleted_at };
}

const COLUMNS = { kind: 'kind', title: 'title', body: 'body', startDate: 'start_date', endDate: 'end_date', author: 'author', valence: 'valence' } as const;

/**
 * Write an edit over `before` (the fields as they were): only the columns that changed are set and the tags are
 * rewritten only when they changed, so an index over columns left alone is not rewritten. A save writes fewer pages
 * (each encrypted and written at commit): issue 20.
 */
export function writeFields(db: Db, id: string, fields: EventFields, version: number, now: string, before: EventFields): void {
  const changed = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((key) => fields[key] !== before[key]);
  sql(db, `UPDATE timeline_events SET ${changed.map((key) => `${COLUMNS[key]} = ?, `).join('')}version = ?, updated_at = ? WHERE id = ?`).run(
    ...changed.map((key) => fields[key]),
    version,
    now,
    id,
  );
  if ([...new Set(fields.tags)].sort().join('\n') !== before.tags.join('\n')) setTags(db, id, fields.tags);
}

export function insertEvent(db: Db, id: string, fields: EventFields, now: string): void {
  sql(
    db,
    `INSERT INTO timeline_events (id, kind, title, body, start_date, end_date, author, valence, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  ).run(id, fields.kind, fields.title, fields.body, fields.startDate, fields.endDate, fields.author, fields.valence, now, now);
  setTags(db, id, fields.tags);
}

/** Writes an event whole, as it was somewhere else (an import): a new row, or over the one with its id. */
export function putEvent(db: Db, event: StoredEvent, exists: boolean): void {
  const e = event;
  const values = [e.kind, e.title, e.body, e.startDate, e.endDate, e.author, e.valence, e.version, e.createdAt, e.updatedAt, e.deletedAt, e.id];
  if (exists) {
    sql(
      db,
      `UPDATE timeline_events SET kind = ?, title = ?, body = ?, start_date = ?, end_date = ?, author = ?, valence = ?, version = ?,
              created_at = ?, updated_at = ?, deleted_at = ? WHERE id = ?`,
    ).run(...values);
  } else {
    sql(
      db,
      `INSERT INTO timeline_events (kind, title, body, start_date, end_date, author, valence, version, created_at, updated_at, deleted_at, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...values);
  }
  setTags(db, e.id, e.tags);
}

/** Into the trash (`at`), or back out of it (null). */
export function setDeletedAt(db: Db, id: string, at: string | null): void {
  if (at === null) sql(db, 'UPDATE timeline_events SET deleted_at = NULL WHERE id = ?').run(id);
  else sql(db, 'UPDATE timeline_events SET deleted_at = ? WHERE id = ?').run(at, id);
}

/** The events in the trash, the last moved there first. */
export function trashedEvents(db: Db): EventRow[] {
  return sql<EventRow>(db, 'SELECT * FROM timeline_events WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC').all();
}

/** The events moved to the trash before `cutoff`. */
export function trashedBefore(db: Db, cutoff: string): string[] {
  return sql<{ id: string }>(db, 'SELECT id FROM timeline_events WHERE deleted_at IS NOT NULL AND deleted_at < ?')
    .all(cutoff)
    .map((r) => r.id);
}

/** The row, and with it (by the schema's cascades) its tags, versions, photos and links. */
export function deleteEvent(db: Db, id: string): void {
  sql(db, 'DELETE FROM timeline_events WHERE id = ?').run(id);
}

/** The day each event starts; '' for an id that is not there. */
export function startDatesOf(db: Db, ids: string[]): Map<string, string> {
  const get = sql<{ start_date: string }>(db, 'SELECT start_date FROM timeline_events WHERE id = ?');
  return new Map(ids.map((id) => [id, get.get(id)?.start_date ?? '']));
}

// ── Versions ──

/** Keeps a version as it was (a save keeps the one it replaces; an import keeps the file's). */
export function saveVersion(db: Db, id: string, version: number, fields: EventFields, savedAt: string): void {
  sql(db, 'INSERT OR REPLACE INTO timeline_versions (event_id, version, saved_at, snapshot) VALUES (?, ?, ?, ?)').run(id, version, savedAt, JSON.stringify(fields));
}

function versionRows(db: Db, id: string): { version: number; saved_at: string; snapshot: string }[] {
  return sql<{ version: number; saved_at: string; snapshot: string }>(db, 'SELECT version, saved_at, snapshot FROM timeline_versions WHERE event_id = ? ORDER BY version').all(
    id,
  );
}

/** An event's earlier versions as the app shows them, the latest first. */
export function versionsOf(db: Db, id: string): EventVersion[] {
  return versionRows(db, id)
    .reverse()
    .map((r) => ({ version: r.version, savedAt: r.saved_at, ...(JSON.parse(r.snapshot) as EventFields) }));
}

/** An event's earlier versions, oldest first, each snapshot's fields in the order `EventFields` lists them. */
export function storedVersionsOf(db: Db, id: string): { version: number; savedAt: string; fields: EventFields }[] {
  return versionRows(db, id).map((v) => {
    const s = JSON.parse(v.snapshot) as EventFields;
    // Rebuilt field by field so the order never depends on how a snapshot happened to be written.
    const fields: EventFields = { kind: s.kind, title: s.title, body: s.body, startDate: s.startDate, endDate: s.endDate, author: s.author, valence: s.valence, tags: s.tags };
    return { version: v.version, savedAt: v.saved_at, fields };
  });
}

// ── Search ──

/** What the search index holds for an event: its words, its tags and its photo captions. */
export function searchTextOf(db: Db, id: string, fields: EventFields): string {
  return [fields.body, fields.tags.join(' '), ...captionsOf(db, id)].filter(Boolean).join('\n');
}

/** An event's entry in the search index; every save that changes its words or captions calls this, and so does an import. */
export function indexEvent(db: Db, id: string, fields: EventFields): void {
  indexEntry(db, 'timeline', id, fields.title, searchTextOf(db, id, fields));
}
