import type { Partner } from '../../shared/basics';
import { EXPORT_KIND_LABELS, EXPORT_KINDS, type ExportCandidate, type ExportKind } from '../../shared/therapyExport';
import { overviewItem, readIncluded } from './overview';
import { EXPORT_KIND_FINDERS, type Found } from './kinds';
import type { DocItem, ExportDocument, ExportSources, Selection, Voice } from './model';
import { formatDay } from './format';
import { TimeSlice } from '../time-slice';

async function found(sources: ExportSources, selection: Selection, slice: TimeSlice): Promise<Found[]> {
  const out: Found[] = [];
  // The document always reads in the same order of kinds, whatever order they were ticked in.
  for (const kind of EXPORT_KINDS.filter((k) => selection.kinds.includes(k))) {
    out.push(...(await EXPORT_KIND_FINDERS[kind](sources, selection)));
    await slice.pause();
  }
  return out;
}

/** What matches the selection's range, kinds and partner, before any is unticked: the checklist. */
export async function candidatesFor(sources: ExportSources, selection: Selection): Promise<ExportCandidate[]> {
  return (await found(sources, selection, new TimeSlice())).map((f) => f.candidate);
}

export function voiceFor(partners: readonly Partner[], selection: Selection, includeNames: boolean): Voice {
  const name = (p: 'a' | 'b') => (includeNames ? partners.find((x) => x.id === p)?.name : undefined) || (p === 'a' ? 'Partner A' : 'Partner B');
  return {
    who: selection.who,
    name,
    author: (author) => (author === 'both' ? (includeNames ? `${name('a')} and ${name('b')}` : 'Both of us') : name(author)),
  };
}

function rangeLine(selection: Selection): string {
  if (selection.from && selection.to) return `From ${formatDay(selection.from)} to ${formatDay(selection.to)}`;
  if (selection.from) return `From ${formatDay(selection.from)} onwards`;
  if (selection.to) return `Everything up to ${formatDay(selection.to)}`;
  return 'Everything in our journal';
}

const TITLE = 'Reflections to bring to therapy';

/**
 * The one document model: the chosen entries, read whole, in order, each as blocks. Read in time slices (the vault's
 * connection is on the main thread; a thousand entries take about a tenth of a second to read).
 */
export async function buildDocument(sources: ExportSources, selection: Selection, partners: readonly Partner[], includeNames: boolean): Promise<ExportDocument> {
  const voice = voiceFor(partners, selection, includeNames);
  const excluded = new Set(selection.exclude);
  const slice = new TimeSlice();
  const items: DocItem[] = [];
  for (const f of await found(sources, selection, slice)) {
    const c = f.candidate;
    if (excluded.has(c.id)) continue;
    const byline = c.kind === 'insights' ? '' : c.kind === 'checkin' || c.kind === 'aftermath' ? answeredBy(voice) : `Written by ${voice.author(c.author)}`;
    items.push({ id: c.id, kind: c.kind, kindLabel: EXPORT_KIND_LABELS[c.kind].one, date: c.date, title: c.title, byline, blocks: f.blocks(voice) });
    await slice.pause();
  }
  // The therapist's first page, read from exactly what is going into the document.
  if (items.length) items.unshift(overviewItem(sources, readIncluded(sources, items as { id: string; kind: ExportKind }[]), voice));
  const whose = selection.who === 'both' ? (includeNames ? `${voice.name('a')} and ${voice.name('b')}` : null) : `Entries by ${voice.name(selection.who)}`;
  const titleLines = [whose, rangeLine(selection), `Exported on ${formatDay(sources.today)}`].filter((l): l is string => !!l);
  return { title: TITLE, titleLines, items };
}

function answeredBy(voice: Voice): string {
  return voice.who === 'both' ? `Answered by ${voice.name('a')} and ${voice.name('b')}` : `${voice.name(voice.who)}’s answers`;
}
