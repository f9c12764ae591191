import type { Db } from '../db/database';
import { sql } from '../db/statements';
import type { EventSummary, EventVersion, PhotoSummary, TimelineEvent } from '../../shared/timeline';
import { toDataUrl } from './photos';

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

export function findEvent(db: Db, id: string): EventRow | undefined {
  return sql<EventRow>(db, 'SELECT * FROM timeline_events WHERE id = ?').get(id);
}

export function tagsOf(db: Db, id: string): string[] {
  return sql<{ tag: string }>(db, 'SELECT tag FROM timeline_tags WHERE event_id = ? ORDER BY tag').all(id).map((r) => r.tag);
}

export function setTags(db: Db, id: string, tags: string[]): void {
  sql(db, 'DELETE FROM timeline_tags WHERE event_id = ?').run(id);
  const insert = sql(db, 'INSERT INTO timeline_tags (event_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(id, tag);
}

export function photosOf(db: Db, eventId: string): PhotoSummary[] {
  return sql<{ id: string; width: number; height: number; thumbnail: Buffer; caption: string }>(
    db,
    'SELECT id, width, height, thumbnail, caption FROM photos WHERE event_id = ? ORDER BY position',
  )
    .all(eventId)
    .map((p) => ({ id: p.id, width: p.width, height: p.height, caption: p.caption, thumbnail: toDataUrl('image/webp', p.thumbnail) }));
}

export function linksOf(db: Db, id: string): TimelineEvent['links'] {
  return sql<{ id: string; kind: TimelineEvent['kind']; title: string; start_date: string }>(
    db,
    `SELECT e.id, e.kind, e.title, e.start_date FROM timeline_links l
       JOIN timeline_events e ON e.id = CASE WHEN l.a = ? THEN l.b ELSE l.a END
      WHERE (l.a = ? OR l.b = ?) AND e.deleted_at IS NULL
      ORDER BY e.start_date, e.id`,
  )
    .all(id, id, id)
    .map((r) => ({ id: r.id, kind: r.kind, title: r.title, startDate: r.start_date }));
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

export function writeFields(db: Db, id: string, fields: EventFields, version: number, now: string): void {
  sql(
    db,
    `UPDATE timeline_events SET kind = ?, title = ?, body = ?, start_date = ?, end_date = ?, author = ?, valence = ?,
            version = ?, updated_at = ? WHERE id = ?`,
  ).run(fields.kind, fields.title, fields.body, fields.startDate, fields.endDate, fields.author, fields.valence, version, now, id);
  setTags(db, id, fields.tags);
}

export function insertEvent(db: Db, id: string, fields: EventFields, now: string): void {
  sql(
    db,
    `INSERT INTO timeline_events (id, kind, title, body, start_date, end_date, author, valence, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  ).run(id, fields.kind, fields.title, fields.body, fields.startDate, fields.endDate, fields.author, fields.valence, now, now);
  setTags(db, id, fields.tags);
}

export function saveVersion(db: Db, id: string, version: number, fields: EventFields, savedAt: string): void {
  sql(db, 'INSERT OR REPLACE INTO timeline_versions (event_id, version, saved_at, snapshot) VALUES (?, ?, ?, ?)').run(id, version, savedAt, JSON.stringify(fields));
}

export function versionsOf(db: Db, id: string): EventVersion[] {
  return sql<{ version: number; saved_at: string; snapshot: string }>(
    db,
    'SELECT version, saved_at, snapshot FROM timeline_versions WHERE event_id = ? ORDER BY version DESC',
  )
    .all(id)
    .map((r) => ({ version: r.version, savedAt: r.saved_at, ...(JSON.parse(r.snapshot) as EventFields) }));
}

/** What the search index holds for an event: its words, its tags and its photo captions. */
export function searchTextOf(db: Db, id: string, fields: EventFields): string {
  const captions = sql<{ caption: string }>(db, 'SELECT caption FROM photos WHERE event_id = ? AND caption <> ?').all(id, '').map((r) => r.caption);
  return [fields.body, fields.tags.join(' '), ...captions].filter(Boolean).join('\n');
}
