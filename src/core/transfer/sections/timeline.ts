import { z } from 'zod';
import { isoDateTime, line, requiredLine } from '../../../shared/text';
import { Author, Body, Day } from '../../../shared/basics';
import { EventId, EventKind, IMAGE_TYPES, Tags, Valence } from '../../../shared/timeline';
import type { Db } from '../../db/database';
import { removeEntry } from '../../search/search-index';
import { allLinks, insertLink } from '../../timeline/link-repository';
import { insertPhoto, photoOwner, placePhoto, storedPhotosOf } from '../../timeline/photo-repository';
import { sniffImageType } from '../../timeline/photos';
import { allEvents, findEvent, indexEvent, putEvent, saveVersion, storedEventOf, storedVersionsOf, type EventRow } from '../../timeline/timeline-repository';
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

function toItem(db: Db, row: EventRow): TimelineItem {
  const photos = storedPhotosOf(db, row.id).map(
    (p): PhotoItem => ({ ...p, mime: p.mime as PhotoItem['mime'], bytes: p.bytes.toString('base64'), thumbnail: p.thumbnail.toString('base64') }),
  );
  return { ...storedEventOf(db, row), versions: storedVersionsOf(db, row.id), photos };
}

/** Write an item's row, tags, versions and photos; photos and versions already there are updated in place. */
function write(db: Db, item: TimelineItem, exists: boolean): void {
  const { versions, photos, ...event } = item;
  putEvent(db, event, exists);
  for (const v of versions) saveVersion(db, item.id, v.version, v.fields, v.savedAt);
  for (const p of photos) {
    const owner = photoOwner(db, p.id);
    if (owner !== undefined && owner !== item.id) continue; // a photo id belongs to one event only
    if (owner !== undefined) placePhoto(db, p.id, p.position, p.caption);
    else insertPhoto(db, item.id, { ...p, bytes: Buffer.from(p.bytes, 'base64'), thumbnail: Buffer.from(p.thumbnail, 'base64') });
  }
  if (item.deletedAt) removeEntry(db, 'timeline', item.id);
  else indexEvent(db, item.id, event);
}

/**
 * Timeline events with their tags, earlier versions, photos and trash state. Merge: by event id; the incoming
 * event replaces the vault's when its `version` is higher, or equal with a later `updatedAt`; otherwise the vault's
 * is kept. Photos and versions merge by id and number; nothing is ever deleted.
 */
export const timeline = defineSection<TimelineItem>({
  name: 'timeline',
  item: TimelineItem,
  export: (db) => allEvents(db).map((row) => toItem(db, row)),
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
  export: (db) => allLinks(db),
  import: (db, items) =>
    tally(
      items.map((l): Outcome => {
        if (!findEvent(db, l.a) || !findEvent(db, l.b)) return 'skipped';
        return insertLink(db, l) ? 'added' : 'skipped';
      }),
    ),
});
