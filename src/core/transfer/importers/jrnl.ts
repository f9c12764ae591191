import { z } from 'zod';
import { toTimelineItem } from './journal-entry';
import type { TimelineItem } from '../sections/timeline';

/** jrnl's `--format json`: `{ tags: {"@tag": count}, entries: [{ title, body, date, time, tags, starred, uuid? }] }`. */
const JrnlFile = z.object({
  tags: z.record(z.string(), z.unknown()),
  entries: z.array(
    z.object({
      title: z.string(),
      body: z.string().default(''),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      time: z.string().regex(/^\d{2}:\d{2}$/).default('00:00'),
      tags: z.array(z.string()).default([]),
      starred: z.boolean().optional(),
      uuid: z.string().max(200).optional(),
    }),
  ),
});

export function isJrnl(raw: unknown): boolean {
  return z.object({ tags: z.record(z.string(), z.unknown()), entries: z.array(z.object({ date: z.string(), title: z.string() })) }).safeParse(raw).success;
}

/** jrnl keeps local times without a zone; they are stored as written. Its tags lose their `@` or `#`. */
export function fromJrnl(raw: unknown): TimelineItem[] | null {
  const file = JrnlFile.safeParse(raw);
  if (!file.success) return null;
  return file.data.entries.map((e) => {
    const at = `${e.date}T${e.time}:00.000Z`;
    return toTimelineItem({
      source: 'jrnl',
      sourceId: e.uuid ?? `${e.date} ${e.time} ${e.title}`,
      title: e.title,
      body: e.body,
      date: e.date,
      createdAt: at,
      updatedAt: at,
      tags: [...e.tags.map((t) => t.replace(/^[@#]+/, '')), ...(e.starred ? ['starred'] : [])],
    });
  });
}
