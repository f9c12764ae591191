import type { ExportKind } from '../../../shared/therapyExport';
import type { Block, Entry, ExportKindSpec, ExportSources, Selection, Voice } from '../model';
import { aftermathKind } from './aftermath';
import { appreciationKind } from './appreciation';
import { checkinKind } from './checkin';
import { conflictKind } from './conflict';
import { forgivenessKind } from './forgiveness';
import { insightsKind } from './insights';
import { journalKind } from './journal';
import { timelineKind } from './timeline';

/** An entry found for a selection, with its layout ready to be read when it is included. */
export interface Found {
  candidate: Entry<unknown>['candidate'];
  blocks(voice: Voice): Block[];
}

function finder<T>(spec: ExportKindSpec<T>) {
  return async (sources: ExportSources, selection: Selection): Promise<Found[]> =>
    (await spec.collect(sources, selection)).map((entry) => ({ candidate: entry.candidate, blocks: (voice) => spec.layout(entry.load(), voice, sources.words) }));
}

/** Every kind the export knows. A new kind is one file beside these and one line here (and its name in shared/export.ts). */
export const EXPORT_KIND_FINDERS: Record<ExportKind, (sources: ExportSources, selection: Selection) => Promise<Found[]>> = {
  timeline: finder(timelineKind),
  conflict: finder(conflictKind),
  aftermath: finder(aftermathKind),
  forgiveness: finder(forgivenessKind),
  checkin: finder(checkinKind),
  appreciation: finder(appreciationKind),
  journal: finder(journalKind),
  insights: finder(insightsKind),
};
