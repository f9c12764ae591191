import type { Partner } from '../../../shared/domain';
import { EXPORT_KIND_LABELS, EXPORT_KINDS, type ExportCandidate } from '../../../shared/export';
import { EXPORT_KIND_FINDERS, type Found } from './kinds';
import type { DocItem, ExportDocument, ExportSources, Selection, Voice } from './model';
import { formatDay } from './format';

function found(sources: ExportSources, selection: Selection): Found[] {
  // The document always reads in the same order of kinds, whatever order they were ticked in.
  return EXPORT_KINDS.filter((kind) => selection.kinds.includes(kind)).flatMap((kind) => EXPORT_KIND_FINDERS[kind](sources, selection));
}

/** What matches the selection's range, kinds and partner, before any is unticked: the checklist. */
export function candidatesFor(sources: ExportSources, selection: Selection): ExportCandidate[] {
  return found(sources, selection).map((f) => f.candidate);
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

/** The one document model: the chosen entries, read whole, in order, each as blocks. */
export function buildDocument(sources: ExportSources, selection: Selection, partners: readonly Partner[], includeNames: boolean): ExportDocument {
  const voice = voiceFor(partners, selection, includeNames);
  const excluded = new Set(selection.exclude);
  const items: DocItem[] = found(sources, selection)
    .filter((f) => !excluded.has(f.candidate.id))
    .map((f) => {
      const c = f.candidate;
      const byline = c.kind === 'insights' ? '' : c.kind === 'checkin' || c.kind === 'aftermath' ? answeredBy(voice) : `Written by ${voice.author(c.author)}`;
      return { id: c.id, kind: c.kind, kindLabel: EXPORT_KIND_LABELS[c.kind].one, date: c.date, title: c.title, byline, blocks: f.blocks(voice) };
    });
  const whose = selection.who === 'both' ? (includeNames ? `${voice.name('a')} and ${voice.name('b')}` : null) : `Entries by ${voice.name(selection.who)}`;
  const titleLines = [whose, rangeLine(selection), `Exported on ${formatDay(sources.today)}`].filter((l): l is string => !!l);
  return { title: TITLE, titleLines, items };
}

function answeredBy(voice: Voice): string {
  return voice.who === 'both' ? `Answered by ${voice.name('a')} and ${voice.name('b')}` : `${voice.name(voice.who)}’s answers`;
}
