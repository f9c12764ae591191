import { z } from 'zod';
import { Author, Body, Day, PartnerId } from './basics';
import { line, requiredLine } from './text';

export const EVENT_KINDS = ['milestone', 'memory', 'quality_time', 'appreciation', 'hard_moment', 'repair', 'other'] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

/** How it felt, from very hard (-2) to very good (2). */
export const Valence = z.number().int().min(-2).max(2);

export const Tag = line(40)
  .transform((s) => s.replace(/\s+/g, ' ').toLocaleLowerCase())
  .refine((s) => s.length > 0, 'A tag cannot be empty.');

export const Tags = z
  .array(Tag)
  .max(20)
  .transform((tags) => [...new Set(tags)].sort());

export const EventId = z.uuid();

const EventFieldsBase = z.object({
  kind: EventKind,
  title: requiredLine(200),
  body: Body.default(''),
  startDate: Day,
  endDate: Day.nullable().default(null),
  author: Author,
  valence: Valence.default(0),
  tags: Tags.default([]),
});

function spanIsOrdered(e: { startDate: string; endDate: string | null }): boolean {
  return e.endDate === null || e.endDate >= e.startDate;
}
const SPAN_MESSAGE = { message: 'The end of a span comes on or after its start.', path: ['endDate'] };

export const NewEventInput = EventFieldsBase.strict().refine(spanIsOrdered, SPAN_MESSAGE);
export type NewEventInput = z.input<typeof NewEventInput>;

/** An edit carries the version it was made on, so a stale save is refused instead of overwriting. */
export const UpdateEventInput = EventFieldsBase.extend({ id: EventId, expectedVersion: z.number().int().min(1) })
  .strict()
  .refine(spanIsOrdered, SPAN_MESSAGE);
export type UpdateEventInput = z.input<typeof UpdateEventInput>;

export const PhotoSummary = z.object({
  id: z.string(),
  width: z.number(),
  height: z.number(),
  /** A small WebP as a data: URL; the full photo crosses only when opened. */
  thumbnail: z.string(),
  caption: z.string(),
});
export type PhotoSummary = z.infer<typeof PhotoSummary>;

export const EventSummary = z.object({
  id: z.string(),
  kind: EventKind,
  title: z.string(),
  excerpt: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  author: Author,
  valence: z.number(),
  tags: z.array(z.string()),
  photoCount: z.number(),
  /** The first photo's thumbnail, or null. */
  cover: z.string().nullable(),
});
export type EventSummary = z.infer<typeof EventSummary>;

export const LinkedEvent = z.object({ id: z.string(), kind: EventKind, title: z.string(), startDate: z.string() });

export const TimelineEvent = z.object({
  id: z.string(),
  kind: EventKind,
  title: z.string(),
  body: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  author: Author,
  valence: z.number(),
  tags: z.array(z.string()),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  photos: z.array(PhotoSummary),
  links: z.array(LinkedEvent),
  /** Reflections about this moment or resolved by it (the same lists as reflections.ts, which imports this file). */
  reflections: z.array(
    z.object({
      id: z.string(),
      type: z.enum(['conflict', 'aftermath', 'forgiveness']),
      title: z.string(),
      status: z.enum(['draft', 'complete', 'resolved']),
      link: z.enum(['moment', 'repair']),
    }),
  ),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const TimelineCursor = z.object({ date: Day, id: z.string().max(64) }).strict();

export const TimelineFilter = z
  .object({
    kinds: z.array(EventKind).max(EVENT_KINDS.length).optional(),
    tags: z.array(Tag).max(20).optional(),
    author: z.union([PartnerId, z.literal('both')]).optional(),
    from: Day.optional(),
    to: Day.optional(),
    valenceMin: Valence.optional(),
    valenceMax: Valence.optional(),
  })
  .strict();
export type TimelineFilter = z.input<typeof TimelineFilter>;

export const ListEventsInput = z
  .object({
    order: z.enum(['newest', 'oldest']).default('newest'),
    after: TimelineCursor.nullable().default(null),
    limit: z.number().int().min(1).max(200).default(50),
    filter: TimelineFilter.default({}),
  })
  .strict();
export type ListEventsInput = z.input<typeof ListEventsInput>;

export const EventPage = z.object({ items: z.array(EventSummary), next: TimelineCursor.nullable() });
export type EventPage = z.infer<typeof EventPage>;

export const YearCount = z.object({ year: z.number(), count: z.number() });

export const EventVersion = z.object({
  version: z.number(),
  savedAt: z.string(),
  title: z.string(),
  body: z.string(),
  kind: EventKind,
  startDate: z.string(),
  endDate: z.string().nullable(),
  author: Author,
  valence: z.number(),
  tags: z.array(z.string()),
});
export type EventVersion = z.infer<typeof EventVersion>;

export const EventRef = z.object({ id: EventId }).strict();
export const LinkInput = z.object({ from: EventId, to: EventId }).strict();
export const RestoreVersionInput = z.object({ id: EventId, version: z.number().int().min(1), expectedVersion: z.number().int().min(1) }).strict();
export const OnThisDayInput = z.object({ today: Day }).strict();

export const TrashedEvent = z.object({ id: z.string(), kind: EventKind, title: z.string(), startDate: z.string(), deletedAt: z.string(), purgeAfter: z.string() });

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
/** 40 MiB: a 30 MB photo fits, with room. */
export const MAX_PHOTO_BYTES = 40 * 1024 * 1024;

export const AddPhotoInput = z
  .object({
    eventId: EventId,
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_PHOTO_BYTES, 'A photo can be at most 40 MB.'),
    caption: line(300).default(''),
  })
  .strict();
export const PhotoRef = z.object({ id: z.string().max(64) }).strict();
export const PhotoFull = z.object({ id: z.string(), dataUrl: z.string(), width: z.number(), height: z.number() });
export const PhotoCaptionInput = z.object({ id: z.string().max(64), caption: line(300) }).strict();
