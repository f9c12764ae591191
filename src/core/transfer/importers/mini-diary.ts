import { z } from 'zod';
import { isoInstant, toTimelineItem } from './journal-entry';
import type { TimelineItem } from '../sections/timeline';

/** Mini Diary's JSON export: one entry per day, keyed by the day. */
const MiniDiaryFile = z.object({
  metadata: z.object({ application: z.literal('Mini Diary'), version: z.string().optional(), dateUpdated: z.string().optional() }),
  entries: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.object({ dateUpdated: z.string().optional(), title: z.string().default(''), text: z.string().default('') })),
});

export function isMiniDiary(raw: unknown): boolean {
  return z.object({ metadata: z.object({ application: z.literal('Mini Diary') }) }).safeParse(raw).success;
}

/** The day is the entry's identity in Mini Diary, so it is the source id too. */
export function fromMiniDiary(raw: unknown): TimelineItem[] | null {
  const file = MiniDiaryFile.safeParse(raw);
  if (!file.success) return null;
  return Object.entries(file.data.entries)
    .filter(([, e]) => e.title.trim() || e.text.trim())
    .map(([day, e]) => {
      const createdAt = `${day}T12:00:00.000Z`;
      return toTimelineItem({ source: 'mini diary', sourceId: day, title: e.title, body: e.text, date: day, createdAt, updatedAt: isoInstant(e.dateUpdated) ?? createdAt, tags: [] });
    });
}
