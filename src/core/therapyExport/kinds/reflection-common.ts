import type { ExportKind } from '../../../shared/therapyExport';
import type { FeltFeeling, Reflection, ReflectionType } from '../../../shared/reflections';
import { homeZone } from '../../checkins/cadence';
import { localDate } from '../../checkins/schedule';
import { reflectionsBegunBetween } from '../../reflections/reflection-repository';
import type { Words } from '../../i18n/words';
import { dayBounds, field, type Block, type Entry, type ExportSources, type Selection } from '../model';
import { feelingWord, statusWord } from '../vocabulary';

const STRENGTH = [
  'exportDocument.strength1',
  'exportDocument.strength2',
  'exportDocument.strength3',
  'exportDocument.strength4',
  'exportDocument.strength5',
] as const;

/** "hurt (very strongly)": a feeling with how strongly it was felt, in words. */
export function feelingWords(feelings: readonly FeltFeeling[], words: Words): string[] {
  return feelings.map((f) =>
    words.t('exportDocument.feelingStrength', { feeling: feelingWord(words, f.feeling), strength: words.t(STRENGTH[Math.max(1, Math.min(5, f.intensity)) - 1]!) }),
  );
}

/**
 * A reflection as the export reads it, with the couple's calendar: `day` turns a stored timestamp (UTC) into the day
 * it was in the couple's own time zone, "4 March 2026", as the rest of the document writes days.
 */
export interface DatedReflection<T extends Reflection> {
  reflection: T;
  day(timestamp: string): string;
  words: Words;
}

/** Reflections of one type begun in the range; the service reads them, so its checks hold here too. */
export function collectReflections<T extends Reflection>(
  type: ReflectionType & ExportKind,
  { db, reflections, words }: ExportSources,
  selection: Selection,
): Entry<DatedReflection<T>>[] {
  const zone = homeZone(db);
  const localDay = (timestamp: string) => localDate(Date.parse(timestamp), zone);
  const day = (timestamp: string) => words.day(localDay(timestamp));
  return reflectionsBegunBetween(db, type, ...dayBounds(selection))
    .filter((r) => selection.who === 'both' || r.author === 'both' || r.author === selection.who)
    .map((r) => ({
      candidate: { id: r.id, kind: type, date: localDay(r.createdAt), title: r.title, author: r.author, marked: r.forTherapy },
      load: () => ({ reflection: reflections.get(r.id) as T, day, words }),
    }));
}

/** Where it stands and what it is linked to, in one line. */
export function statusLine(reflection: Reflection, words: Words): string {
  const parts: string[] = [statusWord(words, reflection.status)];
  const { event, repairEvent } = reflection;
  if (event) parts.push(words.t('exportDocument.statusAbout', { title: event.title, day: words.day(event.startDate) }));
  if (repairEvent) parts.push(words.t('exportDocument.statusRepairedBy', { title: repairEvent.title, day: words.day(repairEvent.startDate) }));
  return parts.join(' · ');
}

/** Its status, then when it was begun, completed and resolved (a reopened reflection has neither of the last two). */
export function statusAndDates({ reflection, day, words }: DatedReflection<Reflection>): Block[] {
  const dates = [
    words.t('exportDocument.begunOn', { day: day(reflection.createdAt) }),
    ...(reflection.completedAt ? [words.t('exportDocument.completedOn', { day: day(reflection.completedAt) })] : []),
    ...(reflection.resolvedAt ? [words.t('exportDocument.resolvedOn', { day: day(reflection.resolvedAt) })] : []),
  ];
  return [...field(words.t('exportDocument.status'), statusLine(reflection, words)), ...field(words.t('exportDocument.when'), '', dates)];
}
