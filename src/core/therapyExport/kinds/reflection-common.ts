import type { ExportKind } from '../../../shared/therapyExport';
import type { FeltFeeling, Reflection, ReflectionType } from '../../../shared/reflections';
import { reflectionsBegunBetween } from '../../reflections/reflection-repository';
import { formatDay } from '../format';
import { dayBounds, type Entry, type ExportSources, type Selection } from '../model';

const STATUS_WORDS = { draft: 'In progress', complete: 'Complete', resolved: 'Resolved' } as const;

/** "hurt (very strongly)": a feeling with how strongly it was felt, in words. */
const STRENGTH = ['', 'a little', 'somewhat', 'moderately', 'strongly', 'very strongly'];
export function feelingWords(feelings: readonly FeltFeeling[]): string[] {
  return feelings.map((f) => `${f.feeling} (${STRENGTH[f.intensity]})`);
}

/** Reflections of one type begun in the range; the service reads them, so its checks hold here too. */
export function collectReflections<T extends Reflection>(
  type: ReflectionType & ExportKind,
  { db, reflections }: ExportSources,
  selection: Selection,
): Entry<T>[] {
  return reflectionsBegunBetween(db, type, ...dayBounds(selection))
    .filter((r) => selection.who === 'both' || r.author === 'both' || r.author === selection.who)
    .map((r) => ({
      candidate: { id: r.id, kind: type, date: r.createdAt.slice(0, 10), title: r.title, author: r.author, marked: r.forTherapy },
      load: () => reflections.get(r.id) as T,
    }));
}

/** Where it stands and what it is linked to, in one line. */
export function statusLine(reflection: Reflection): string {
  const parts: string[] = [STATUS_WORDS[reflection.status]];
  if (reflection.event) parts.push(`about “${reflection.event.title}” (${formatDay(reflection.event.startDate)})`);
  if (reflection.repairEvent) parts.push(`repaired by “${reflection.repairEvent.title}” (${formatDay(reflection.repairEvent.startDate)})`);
  return parts.join(' · ');
}
