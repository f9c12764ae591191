import type { ExportKind } from '../../../shared/therapyExport';
import type { FeltFeeling, Reflection, ReflectionType } from '../../../shared/reflections';
import { homeZone } from '../../checkins/cadence';
import { localDate } from '../../checkins/schedule';
import { reflectionsBegunBetween } from '../../reflections/reflection-repository';
import { formatDay } from '../format';
import { dayBounds, field, type Block, type Entry, type ExportSources, type Selection } from '../model';

const STATUS_WORDS = { draft: 'In progress', complete: 'Complete', resolved: 'Resolved' } as const;

/** "hurt (very strongly)": a feeling with how strongly it was felt, in words. */
const STRENGTH = ['', 'a little', 'somewhat', 'moderately', 'strongly', 'very strongly'];
export function feelingWords(feelings: readonly FeltFeeling[]): string[] {
  return feelings.map((f) => `${f.feeling} (${STRENGTH[f.intensity]})`);
}

/**
 * A reflection as the export reads it, with the couple's calendar: `day` turns a stored timestamp (UTC) into the day
 * it was in the couple's own time zone, "4 March 2026", as the rest of the document writes days.
 */
export interface DatedReflection<T extends Reflection> {
  reflection: T;
  day(timestamp: string): string;
}

/** Reflections of one type begun in the range; the service reads them, so its checks hold here too. */
export function collectReflections<T extends Reflection>(
  type: ReflectionType & ExportKind,
  { db, reflections }: ExportSources,
  selection: Selection,
): Entry<DatedReflection<T>>[] {
  const zone = homeZone(db);
  const localDay = (timestamp: string) => localDate(Date.parse(timestamp), zone);
  const day = (timestamp: string) => formatDay(localDay(timestamp));
  return reflectionsBegunBetween(db, type, ...dayBounds(selection))
    .filter((r) => selection.who === 'both' || r.author === 'both' || r.author === selection.who)
    .map((r) => ({
      candidate: { id: r.id, kind: type, date: localDay(r.createdAt), title: r.title, author: r.author, marked: r.forTherapy },
      load: () => ({ reflection: reflections.get(r.id) as T, day }),
    }));
}

/** Where it stands and what it is linked to, in one line. */
export function statusLine(reflection: Reflection): string {
  const parts: string[] = [STATUS_WORDS[reflection.status]];
  if (reflection.event) parts.push(`about “${reflection.event.title}” (${formatDay(reflection.event.startDate)})`);
  if (reflection.repairEvent) parts.push(`repaired by “${reflection.repairEvent.title}” (${formatDay(reflection.repairEvent.startDate)})`);
  return parts.join(' · ');
}

/** Its status, then when it was begun, completed and resolved (a reopened reflection has neither of the last two). */
export function statusAndDates({ reflection, day }: DatedReflection<Reflection>): Block[] {
  const dates = [
    `Begun ${day(reflection.createdAt)}`,
    ...(reflection.completedAt ? [`Completed ${day(reflection.completedAt)}`] : []),
    ...(reflection.resolvedAt ? [`Resolved ${day(reflection.resolvedAt)}`] : []),
  ];
  return [...field('Status', statusLine(reflection)), ...field('When', '', dates)];
}
