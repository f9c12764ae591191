import type { Partner } from '../../shared/basics';
import { EXPORT_KINDS, type ExportCandidate, type ExportKind } from '../../shared/therapyExport';
import type { Words } from '../i18n/words';
import { overviewItem, readIncluded } from './overview';
import { EXPORT_KIND_FINDERS, type Found } from './kinds';
import type { DocItem, ExportDocument, ExportSources, Selection, Voice } from './model';
import { exportKindLabel } from './vocabulary';

async function found(sources: ExportSources, selection: Selection): Promise<Found[]> {
  const out: Found[] = [];
  // The document always reads in the same order of kinds, whatever order they were ticked in.
  for (const kind of EXPORT_KINDS.filter((k) => selection.kinds.includes(k))) out.push(...(await EXPORT_KIND_FINDERS[kind](sources, selection)));
  return out;
}

/** What matches the selection's range, kinds and partner, before any is unticked: the checklist. */
export async function candidatesFor(sources: ExportSources, selection: Selection): Promise<ExportCandidate[]> {
  return (await found(sources, selection)).map((f) => f.candidate);
}

export function voiceFor(partners: readonly Partner[], selection: Selection, includeNames: boolean, words: Words): Voice {
  const unnamed = (p: 'a' | 'b') => words.t(p === 'a' ? 'exportDocument.partnerA' : 'exportDocument.partnerB');
  const name = (p: 'a' | 'b') => (includeNames ? partners.find((x) => x.id === p)?.name : undefined) || unnamed(p);
  return {
    who: selection.who,
    name,
    author: (author) =>
      author === 'both' ? (includeNames ? words.t('exportDocument.bothNames', { a: name('a'), b: name('b') }) : words.t('exportDocument.bothOfUs')) : name(author),
  };
}

function rangeLine(selection: Selection, words: Words): string {
  const from = selection.from ? words.day(selection.from) : null;
  const to = selection.to ? words.day(selection.to) : null;
  if (from && to) return words.t('exportDocument.rangeBetween', { from, to });
  if (from) return words.t('exportDocument.rangeFrom', { from });
  if (to) return words.t('exportDocument.rangeTo', { to });
  return words.t('exportDocument.rangeAll');
}

/**
 * The one document model: the chosen entries, read whole, in order, each as blocks. Read on the export's worker
 * (worker/reads.ts): a thousand entries take about a tenth of a second to read.
 */
export async function buildDocument(sources: ExportSources, selection: Selection, partners: readonly Partner[], includeNames: boolean): Promise<ExportDocument> {
  const { words } = sources;
  const voice = voiceFor(partners, selection, includeNames, words);
  const excluded = new Set(selection.exclude);
  const items: DocItem[] = [];
  for (const f of await found(sources, selection)) {
    const c = f.candidate;
    if (excluded.has(c.id)) continue;
    const byline =
      c.kind === 'insights'
        ? ''
        : c.kind === 'checkin' || c.kind === 'aftermath'
          ? answeredBy(voice, words)
          : words.t('exportDocument.writtenBy', { author: voice.author(c.author) });
    items.push({ id: c.id, kind: c.kind, kindLabel: exportKindLabel(words, c.kind).one, date: c.date, title: c.title, byline, blocks: f.blocks(voice) });
  }
  // The therapist's first page, read from exactly what is going into the document.
  if (items.length) items.unshift(overviewItem(sources, readIncluded(sources, items as { id: string; kind: ExportKind }[]), voice));
  const whose =
    selection.who === 'both'
      ? includeNames
        ? words.t('exportDocument.bothNames', { a: voice.name('a'), b: voice.name('b') })
        : null
      : words.t('exportDocument.entriesBy', { name: voice.name(selection.who) });
  const titleLines = [whose, rangeLine(selection, words), words.t('exportDocument.exportedOn', { day: words.day(sources.today) })].filter((l): l is string => !!l);
  return { language: words.language, title: words.t('exportDocument.title'), titleLines, items };
}

function answeredBy(voice: Voice, words: Words): string {
  return voice.who === 'both'
    ? words.t('exportDocument.answeredByBoth', { a: voice.name('a'), b: voice.name('b') })
    : words.t('exportDocument.answersOf', { name: voice.name(voice.who) });
}
