import { createHash } from 'node:crypto';
import { LIMITS } from '../../../shared/text';
import type { TimelineItem } from '../sections/timeline';

/** A UUID (version 5 layout) derived from where an entry came from, so importing the same file twice adds nothing. */
export function stableId(source: string, sourceId: string): string {
  const bytes = createHash('sha256').update(`hearth-import-v1|${source}|${sourceId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

function oneLine(s: string, max: number): string {
  return s.toWellFormed().replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

export interface JournalEntry {
  /** The other app's name, e.g. 'jrnl'; also the tag every entry gets ("from jrnl"). */
  source: string;
  /** The entry's id in the other app (or what identifies it there). */
  sourceId: string;
  title: string;
  body: string;
  /** The local day it was written. */
  date: string;
  createdAt: string;
  updatedAt: string;
  tags: readonly string[];
  photos?: TimelineItem['photos'];
}

/**
 * An entry from another journal as a plain timeline event: kind `memory`, written by both, neutral feeling,
 * tagged "from <app>" plus its own tags. A missing title becomes the start of the text.
 */
export function toTimelineItem(entry: JournalEntry): TimelineItem {
  const body = entry.body.toWellFormed().replaceAll('\u0000', '').slice(0, LIMITS.body).trim();
  const title = oneLine(entry.title, 200) || oneLine(body.split('\n').find((l) => l.trim()) ?? '', 80) || `Entry of ${entry.date}`;
  const tags = [...new Set([`from ${entry.source}`, ...entry.tags].map((t) => oneLine(t, 40).toLocaleLowerCase()).filter(Boolean))].slice(0, 20).sort();
  return {
    id: stableId(entry.source, entry.sourceId),
    kind: 'memory',
    title,
    body: body.normalize('NFC'),
    startDate: entry.date,
    endDate: null,
    author: 'both',
    valence: 0,
    tags,
    version: 1,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    deletedAt: null,
    versions: [],
    photos: entry.photos ?? [],
  };
}

/** An instant as Hearth stores it (ISO, UTC); null when the text is not a date. */
export function isoInstant(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** The calendar day an instant fell on in a time zone (UTC when the zone is unknown). */
export function dayIn(instant: string, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone || 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
  } catch {
    return instant.slice(0, 10);
  }
}
