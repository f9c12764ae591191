import type { z } from 'zod';
import type { PartnerId } from '../../shared/basics';
import type { Language } from '../../shared/language';
import type { ChartSpec, ExportCandidate, ExportKind, ExportSelection, ExportWho } from '../../shared/therapyExport';
import type { CheckInService } from '../checkins/checkin-service';
import type { Db } from '../db/database';
import type { Words } from '../i18n/words';
import type { InsightsService } from '../insights/insights-service';
import type { ReflectionService } from '../reflections/reflection-service';

/**
 * The one document model of a therapy export. Each kind of content turns its entries into these
 * blocks; the PDF, the Markdown and the preview only ever read blocks.
 */
export interface Cell {
  text: string;
  list: string[];
}

export type Block =
  | { type: 'heading'; text: string }
  /** A labelled answer: free text, chosen words, or both. */
  | { type: 'field'; label: string; text: string; list: string[] }
  | { type: 'note'; text: string }
  /** Both partners' answers to the same questions, read across. */
  | { type: 'sides'; headings: [string, string]; rows: { label: string; cells: [Cell, Cell] }[] }
  | { type: 'chart'; title: string; reading: string; chart: ChartSpec };

export interface DocItem {
  id: string;
  /** 'overview': the first page for the therapist (overview.ts), made from the other items. */
  kind: ExportKind | 'overview';
  kindLabel: string;
  date: string | null;
  title: string;
  /** "Sam", "Partner A", "Both" … as the title line under the item's heading shows it. */
  byline: string;
  blocks: Block[];
}

export interface ExportDocument {
  /** The language it was written in: the PDF's and the Markdown's own words (page numbers, contents, days) follow it. English when not given. */
  language?: Language;
  title: string;
  /** Under the title: names (when chosen), the range, the day it was made. */
  titleLines: string[];
  items: DocItem[];
}

export type Selection = z.output<typeof ExportSelection>;

/** What a kind may read: the database, and the services whose rules must hold (hidden check-in answers). */
export interface ExportSources {
  db: Db;
  checkins: CheckInService;
  reflections: ReflectionService;
  insights: InsightsService;
  /** Today, in the couple's calendar: the end of an open range. */
  today: string;
  /** The language the document is written in (the one Hearth speaks). */
  words: Words;
}

/** How people are named in this document: by name only when the couple chose to include names. */
export interface Voice {
  who: ExportWho;
  name(partner: PartnerId): string;
  author(author: PartnerId | 'both'): string;
}

export interface Entry<T> {
  candidate: ExportCandidate;
  /** Read the whole entry only when it is going into the document. */
  load(): T;
}

/** One kind of content: how to find its entries for a selection, and how it reads on the page. */
export interface ExportKindSpec<T> {
  kind: ExportKind;
  /** Its entries in the range (one query, or a few; the insights' sections let the event loop turn between them). */
  collect(sources: ExportSources, selection: Selection): Entry<T>[] | Promise<Entry<T>[]>;
  layout(data: T, voice: Voice, words: Words): Block[];
}

export function field(label: string, text: string, list: string[] = []): Block[] {
  return text.trim() || list.length ? [{ type: 'field', label, text: text.trim(), list }] : [];
}

/** Written by this partner, or by both together: what "whose entries" keeps. */
export function byWho(author: PartnerId | 'both', who: ExportWho): boolean {
  return who === 'both' || author === 'both' || author === who;
}

/** SQL bounds for a day range; an open end takes everything that way. */
export function dayBounds(selection: Selection): [string, string] {
  return [selection.from ?? '0000-01-01', selection.to ?? '9999-12-31'];
}
