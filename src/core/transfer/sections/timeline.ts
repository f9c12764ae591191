import { z } from 'zod';
import { isoDateTime, line, requiredLine } from '../../../shared/text';
import { Author, Body, Day } from '../../../shared/basics';
import { EventId, EventKind, IMAGE_TYPES, Tags, Valence } from '../../../shared/timeline';
import type { Db } from '../../db/database';
import { sql } from '../../db/statements';
import { indexEntry, removeEntry } from '../../search/search-index';
import { sniffImageType } from '../../timeline/photos';
import { fieldsOf, findEvent, searchTextOf, setTags, type EventFields, type EventRow } from '../../timeline/timeline-repository';
import { defineSection, sameItem, tally, type Outcome } from '../section';

const base64 = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.');

/** The fields a person edits, in the order the vault stores them in a version snapshot. */
const Fields = {
  kind: EventKind,
  title: requiredLine(200),
  body: Body,
  startDate: Day,
  endDate: Day.nullable(),
  author: Author,
  valence: Valence,
  tags: Tags,
};
const spanIsOrdered = (e: { startDate: string; endDate: string | null }) => e.endDate === null || e.endDate >= e.startDate;

const TimelineVersion = z.object({ version: z.number().int().min(1), savedAt: isoDateTime, fields: z.object(Fields) });

const TimelinePhoto = z
  .object({
    id: z.string().min(1).max(64),
    position: z.number().int().min(0),
    mime: z.enum(IMAGE_TYPES),
    width: z.number().int().min(1),
    height: z.number().int().min(1),
    caption: line(300),
    createdAt: isoDateTime,
    /** The stored image (already stripped of metadata), base64. */
    bytes: base64(60_000_000),
    /** Its WebP thumbnail, base64. */
    thumbnail: base64(2_000_000),
  })
  .refine((p) => sniffImageType(Buffer.from(p.bytes.slice(0, 64), 'base64')) === p.mime, 'A photo is not the image it says it is.');

export const TimelineItem = z
  .object({
    id: EventId,
    ...Fields,
    version: z.number().int().min(1),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    /** Set while the event is in the trash. */
    deletedAt: isoDateTime.nullable(),
    /** Earlier versions, oldest first. */
    versions: z.array(TimelineVersion).max(10_000),
    photos: z.array(TimelinePhoto).max(1_000),
  })
  .refine(spanIsOrdered, 'The end of a span comes on or after its start.');
export type TimelineItem = z.infer<typeof TimelineItem>;
type PhotoItem = TimelineItem['photos'][number];

type PhotoRow = { id: string; position: number; mime: string; width: number; height: number; caption: string; created_at: string; bytes: Buffer; thumbnail: Buffer };

function toItem(db: Db, row: EventRow): TimelineItem {
  const fields = fieldsOf(db, row);
  const versions = sql<{ version: number; saved_at: string; snapshot: string }>(db, 'SELECT version, saved_at, snapshot FROM timeline_versions WHERE event_id = ? ORDER BY version')
    .all(row.id)
    .map((v) => {
      const s = JSON.parse(v.snapshot) as EventFields;
      // Rebuilt field by field so the order never depends on how a snapshot happened to be written.
      const snapshot: EventFields = { kind: s.kind, title: s.title, body: s.body, startDate: s.startDate, endDate: s.endDate, author: s.author, valence: s.valence, tags: s.tags };
      return { version: v.version, savedAt: v.saved_at, fields: snapshot };
    });
  const photos = sql<PhotoRow>(
    db,
    `SELECT p.id, p.position, p.mime, p.width, p.height, p.caption, p.created_at, b.bytes, p.thumbnail
       FROM photos p JOIN photo_bytes b ON b.photo_id = p.id WHERE p.event_id = ? ORDER BY p.position, p.id`,
  )
    .all(row.id)
    .map(
      (p): PhotoItem => ({
        id: p.id,
        position: p.position,
        mime: p.mime as PhotoItem['mime'],
        width: p.width,
        height: p.height,
        caption: p.caption,
        createdAt: p.created_at,
        bytes: p.bytes.toString('base64'),
        thumbnail: p.thumbnail.toString('base64'),
      }),
    );
  return {
    id: row.id,
    ...fields,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    versions,
    photos,
  };
}

/** Write an item's row, tags, versions and photos; photos and versions already there are updated in place. */
function write(db: Db, item: TimelineItem, exists: boolean): void {
  const values = [item.kind, item.title, item.body, item.startDate, item.endDate, item.author, item.valence, item.version, item.createdAt, item.updatedAt, item.deletedAt];
  if (exists) {
    sql(
      db,
      `UPDATE timeline_events SET kind = ?, title = ?, body = ?, start_date = ?, end_date = ?, author = ?, valence = ?, version = ?,
              created_at = ?, updated_at = ?, deleted_at = ? WHERE id = ?`,
    ).run(...values, item.id);
  } else {
    sql(
      db,
      `INSERT INTO timeline_events (kind, title, body, start_date, end_date, author, valence, version, created_at, updated_at, deleted_at, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...values, item.id);
  }
  setTags(db, item.id, item.tags);
  for (const v of item.versions) {
    sql(db, 'INSERT OR REPLACE INTO timeline_versions (event_id, version, saved_at, snapshot) VALUES (?, ?, ?, ?)').run(item.id, v.version, v.savedAt, JSON.stringify(v.fields));
  }
  for (const p of item.photos) {
    const owner = sql<{ event_id: string }>(db, 'SELECT event_id FROM photos WHERE id = ?').get(p.id);
    if (owner && owner.event_id !== item.id) continue; // a photo id belongs to one event only
    if (owner) {
      sql(db, 'UPDATE photos SET position = ?, caption = ? WHERE id = ?').run(p.position, p.caption, p.id);
      continue;
    }
    sql(db, 'INSERT INTO photos (id, event_id, position, mime, width, height, caption, thumbnail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      p.id, item.id, p.position, p.mime, p.width, p.height, p.caption, Buffer.from(p.thumbnail, 'base64'), p.createdAt,
    );
    sql(db, 'INSERT INTO photo_bytes (photo_id, bytes) VALUES (?, ?)').run(p.id, Buffer.from(p.bytes, 'base64'));
  }
  const fields: EventFields = { kind: item.kind, title: item.title, body: item.body, startDate: item.startDate, endDate: item.endDate, author: item.author, valence: item.valence, tags: item.tags };
  if (item.deletedAt) removeEntry(db, 'timeline', item.id);
  else indexEntry(db, 'timeline', item.id, item.title, searchTextOf(db, item.id, fields));
}

/**
 * Timeline events with their tags, earlier versions, photos and trash state. Merge: by event id; the incoming
 * event replaces the vault's when its `version` is higher, or equal with a later `updatedAt`; otherwise the vault's
 * is kept. Photos and versions merge by id and number; nothing is ever deleted.
 */
export const timeline = defineSection<TimelineItem>({
  name: 'timeline',
  item: TimelineItem,
  export: (db) => sql<EventRow>(db, 'SELECT * FROM timeline_events ORDER BY id').all().map((row) => toItem(db, row)),
  import: (db, items) =>
    tally(
      items.map((item): Outcome => {
        const row = findEvent(db, item.id);
        if (!row) {
          write(db, item, false);
          return 'added';
        }
        if (sameItem(toItem(db, row), item)) return 'skipped';
        const newer = item.version > row.version || (item.version === row.version && item.updatedAt > row.updated_at);
        if (!newer) return 'skipped';
        write(db, item, true);
        return 'updated';
      }),
    ),
});

const Link = z
  .object({ a: EventId, b: EventId, createdAt: isoDateTime })
  .refine((l) => l.a < l.b, 'A link names the smaller id first.');
type Link = z.infer<typeof Link>;

/** Links between events (undirected, smaller id first). Merge: added when both events are in the vault. */
export const timelineLinks = defineSection<Link>({
  name: 'timelineLinks',
  item: Link,
  export: (db) =>
    sql<{ a: string; b: string; created_at: string }>(db, 'SELECT a, b, created_at FROM timeline_links ORDER BY a, b')
      .all()
      .map((l) => ({ a: l.a, b: l.b, createdAt: l.created_at })),
  import: (db, items) =>
    tally(
      items.map((l): Outcome => {
        if (!findEvent(db, l.a) || !findEvent(db, l.b)) return 'skipped';
        return sql(db, 'INSERT OR IGNORE INTO timeline_links (a, b, created_at) VALUES (?, ?, ?)').run(l.a, l.b, l.createdAt).changes ? 'added' : 'skipped';
      }),
    ),
});
