import { unzipSync } from 'fflate';
import { z } from 'zod';
import { HearthError } from '../../../shared/errors';
import type { TimelineItem } from '../sections/timeline';
import { importedPhoto } from '../import-photos';
import { dayOneTitleAndBody, momentIds } from './day-one-text';
import { dayIn, isoInstant, stableId, toTimelineItem } from './journal-entry';

const DayOnePhoto = z.object({ identifier: z.string().max(200), md5: z.string().regex(/^[a-f0-9]{32}$/i).optional(), type: z.string().max(10).optional(), orderInEntry: z.number().int().optional() });
type DayOnePhoto = z.infer<typeof DayOnePhoto>;
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

/** An entry's photos in the order its text shows them, then any it does not show, in Day One's own order. */
function inTextOrder(photos: readonly DayOnePhoto[], text: string): DayOnePhoto[] {
  const shown = momentIds(text);
  const rank = (p: DayOnePhoto) => {
    const at = shown.indexOf(p.identifier);
    return at < 0 ? shown.length : at;
  };
  return [...photos].sort((a, b) => rank(a) - rank(b) || (a.orderInEntry ?? 0) - (b.orderInEntry ?? 0));
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
    for (const p of inTextOrder(e.photos, e.text)) {
      const bytes = p.md5 ? photoFiles.get(`photos/${p.md5.toLowerCase()}.${p.type ?? 'jpeg'}`) ?? photoFiles.get(`photos/${p.md5}.${p.type ?? 'jpeg'}`) : undefined;
      if (!bytes) continue; // the zip did not include it
      try {
        photos.push(await importedPhoto(bytes, { id: stableId('day one photo', p.identifier), position: photos.length + 1, caption: '', createdAt }));
      } catch {
        // A photo this computer cannot read (e.g. HEIC without a decoder) is left out; the entry still comes in.
      }
    }
    const { title, body } = dayOneTitleAndBody(e.text);
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
