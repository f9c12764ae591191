import { unzipSync } from 'fflate';
import { z } from 'zod';
import { HearthError } from '../../../../shared/errors';
import { processPhoto } from '../../timeline/photos';
import type { TimelineItem } from '../sections/timeline';
import { dayIn, isoInstant, stableId, toTimelineItem } from './journal-entry';

const DayOnePhoto = z.object({ identifier: z.string().max(200), md5: z.string().regex(/^[a-f0-9]{32}$/i).optional(), type: z.string().max(10).optional(), orderInEntry: z.number().int().optional() });
const DayOneEntry = z.object({
  uuid: z.string().min(1).max(200),
  creationDate: z.string(),
  modifiedDate: z.string().optional(),
  timeZone: z.string().max(100).optional(),
  text: z.string().default(''),
  tags: z.array(z.string()).default([]),
  starred: z.boolean().optional(),
  photos: z.array(DayOnePhoto).default([]),
});
/** Day One's JSON export (the `<Journal>.json` inside its zip). */
const DayOneFile = z.object({ metadata: z.object({ version: z.string() }), entries: z.array(DayOneEntry) });

export function isDayOne(raw: unknown): boolean {
  return z.object({ metadata: z.object({ version: z.string() }), entries: z.array(z.object({ uuid: z.string(), creationDate: z.string() })) }).safeParse(raw).success;
}

const MOMENT = /!\[[^\]]*\]\(dayone-moment:\/+[^)]*\)/g;

/** Day One writes the title as the first line (often a Markdown heading) and the rest as the text. */
function splitTitle(text: string): { title: string; body: string } {
  const lines = text.replace(MOMENT, '').replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim());
  if (first < 0) return { title: '', body: '' };
  return { title: lines[first]!.replace(/^#+\s*/, ''), body: lines.slice(first + 1).join('\n').replace(/\n{3,}/g, '\n\n').trim() };
}

/** Entries of one Day One JSON file; `photoFiles` maps `photos/<md5>.<type>` to bytes (from the zip). */
export async function fromDayOne(raw: unknown, photoFiles: ReadonlyMap<string, Uint8Array> = new Map()): Promise<TimelineItem[] | null> {
  const file = DayOneFile.safeParse(raw);
  if (!file.success) return null;
  const items: TimelineItem[] = [];
  for (const e of file.data.entries) {
    const createdAt = isoInstant(e.creationDate);
    if (!createdAt) return null;
    const photos: TimelineItem['photos'] = [];
    for (const [i, p] of [...e.photos].sort((a, b) => (a.orderInEntry ?? 0) - (b.orderInEntry ?? 0)).entries()) {
      const bytes = p.md5 ? photoFiles.get(`photos/${p.md5.toLowerCase()}.${p.type ?? 'jpeg'}`) ?? photoFiles.get(`photos/${p.md5}.${p.type ?? 'jpeg'}`) : undefined;
      if (!bytes) continue; // the zip did not include it
      try {
        // Re-encoded as any photo added to Hearth: no location or other metadata survives.
        const photo = await processPhoto(bytes);
        photos.push({
          id: stableId('day one photo', p.identifier),
          position: i + 1,
          mime: photo.mime as TimelineItem['photos'][number]['mime'],
          width: photo.width,
          height: photo.height,
          caption: '',
          createdAt,
          bytes: photo.bytes.toString('base64'),
          thumbnail: photo.thumbnail.toString('base64'),
        });
      } catch {
        // A photo this computer cannot read (e.g. HEIC without a decoder) is left out; the entry still comes in.
      }
    }
    const { title, body } = splitTitle(e.text);
    items.push(
      toTimelineItem({
        source: 'day one',
        sourceId: e.uuid,
        title,
        body,
        date: dayIn(createdAt, e.timeZone),
        createdAt,
        updatedAt: isoInstant(e.modifiedDate) ?? createdAt,
        tags: [...e.tags, ...(e.starred ? ['starred'] : [])],
        photos,
      }),
    );
  }
  return items;
}

/** Bounds for what a zip may unpack to, so a hostile archive cannot fill the memory. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

/** A Day One export zip: every top-level `.json` journal in it, with the photos they refer to. */
export async function fromDayOneZip(zip: Uint8Array): Promise<TimelineItem[] | null> {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (f) => {
        const wanted = (/^[^/]+\.json$/i.test(f.name) || /^photos\/[a-f0-9]{32}\.[a-z0-9]{1,5}$/i.test(f.name)) && f.originalSize <= MAX_ENTRY_BYTES;
        if (wanted) total += f.originalSize;
        if (total > MAX_TOTAL_BYTES) throw new HearthError('VALIDATION', 'This zip unpacks to more than Hearth will import at once (1 GB). Nothing was imported.');
        return wanted;
      },
    });
  } catch (error) {
    if (error instanceof HearthError) throw error;
    return null;
  }
  const journals = Object.keys(files).filter((n) => n.toLowerCase().endsWith('.json')).sort();
  if (journals.length === 0) return null;
  const photos = new Map(Object.entries(files).filter(([n]) => n.startsWith('photos/')));
  const items: TimelineItem[] = [];
  for (const name of journals) {
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(files[name]!));
    } catch {
      return null;
    }
    const entries = await fromDayOne(raw, photos);
    if (!entries) return null;
    items.push(...entries);
  }
  return items;
}
