import type { PartnerId } from '../../../shared/basics';
import type { AftermathAnswers, AftermathReflection } from '../../../shared/reflections';
import type exportDocument from '../../../shared/i18n/catalogues/exportDocument/en';
import type { Words } from '../../i18n/words';
import { field, type Block, type Cell, type ExportKindSpec, type Voice } from '../model';
import { collectReflections, feelingWords, statusAndDates, type DatedReflection } from './reflection-common';

type Key = `exportDocument.${Exclude<keyof typeof exportDocument, `${string}_${'one' | 'other'}`>}`;
type Row = { step: Key; label: Key; cell: (a: AftermathAnswers, words: Words) => Cell };
const text = (value: string): Cell => ({ text: value.trim(), list: [] });

/** Gottman's five steps; each partner's answer to a question sits beside the other's. */
const ROWS: readonly Row[] = [
  { step: 'exportDocument.step1', label: 'exportDocument.feelings', cell: (a, words) => ({ text: '', list: feelingWords(a.feelings, words) }) },
  { step: 'exportDocument.step2', label: 'exportDocument.myReality', cell: (a) => text(a.myReality) },
  { step: 'exportDocument.step2', label: 'exportDocument.heardReality', cell: (a) => text(a.listenerSummary) },
  { step: 'exportDocument.step2', label: 'exportDocument.makesSense', cell: (a) => text(a.validation) },
  { step: 'exportDocument.step3', label: 'exportDocument.triggers', cell: (a) => text(a.triggers) },
  { step: 'exportDocument.step4', label: 'exportDocument.setMeUp', cell: (a) => text(a.setMeUp) },
  { step: 'exportDocument.step4', label: 'exportDocument.regret', cell: (a) => text(a.regret) },
  { step: 'exportDocument.step4', label: 'exportDocument.apologise', cell: (a) => text(a.apologise) },
  {
    step: 'exportDocument.step4',
    label: 'exportDocument.apology',
    cell: (a, words) =>
      text(
        a.acceptance === 'accept'
          ? words.t('exportDocument.acceptApology')
          : a.acceptance === 'still_need'
            ? words.t('exportDocument.stillNeed', { what: a.stillNeeded })
            : '',
      ),
  },
  { step: 'exportDocument.step5', label: 'exportDocument.partnerCanDo', cell: (a) => text(a.partnerCanDo) },
  { step: 'exportDocument.step5', label: 'exportDocument.iCanDo', cell: (a) => text(a.iCanDo) },
  { step: 'exportDocument.step5', label: 'exportDocument.needToMoveOn', cell: (a) => text(a.needToMoveOn) },
];

const empty = (c: Cell) => !c.text && c.list.length === 0;

/** "Sam’s side: finished, last saved 4 March 2026". The time a side was finished is not kept; its last save is. */
function sideLine({ reflection, day, words }: DatedReflection<AftermathReflection>, partner: PartnerId, voice: Voice): string {
  const side = reflection.sides[partner];
  const name = voice.name(partner);
  if (side.done) return side.updatedAt ? words.t('exportDocument.sideFinishedSaved', { name, day: day(side.updatedAt) }) : words.t('exportDocument.sideFinished', { name });
  return side.updatedAt ? words.t('exportDocument.sideWritingSaved', { name, day: day(side.updatedAt) }) : words.t('exportDocument.sideNotStarted', { name });
}

/**
 * Why no side is here: as in the app, each side stays with its writer until both partners have finished theirs (so
 * neither account is shaped by reading the other's first), and so it does in the export.
 */
function missing(unfinished: readonly PartnerId[], voice: Voice, words: Words): Block[] {
  if (!unfinished.length) return [];
  return [{ type: 'note', text: words.t('exportDocument.stillBeingWritten', { names: words.list(unfinished.map((p) => voice.name(p))) }) }];
}

/**
 * Both sides, step by step; when one partner's entries were chosen, only that side. Until both partners have finished,
 * no side prints any answer (the app keeps each to its writer until then): only where each side stands.
 */
export const aftermathKind: ExportKindSpec<DatedReflection<AftermathReflection>> = {
  kind: 'aftermath',
  collect: (sources, selection) => collectReflections<AftermathReflection>('aftermath', sources, selection),
  layout(dated, voice, words) {
    const r = dated.reflection;
    const chosen: PartnerId[] = voice.who === 'both' ? ['a', 'b'] : [voice.who];
    const unfinished = (['a', 'b'] as const).filter((p) => !r.sides[p].done);
    const finished = unfinished.length ? [] : chosen;
    const blocks: Block[] = [
      ...statusAndDates(dated),
      ...field(words.t('exportDocument.eachSide'), '', chosen.map((p) => sideLine(dated, p, voice))),
      ...missing(unfinished, voice, words),
    ];
    let step = '';
    for (const row of ROWS) {
      const cells = finished.map((p) => row.cell(r.sides[p].answers, words));
      if (!cells.length || cells.every(empty)) continue;
      if (row.step !== step) {
        step = row.step;
        blocks.push({ type: 'heading', text: words.t(row.step) });
      }
      if (cells.length === 2) {
        const last = blocks.at(-1);
        const pair: [Cell, Cell] = [cells[0]!, cells[1]!];
        const label = words.t(row.label);
        if (last?.type === 'sides') last.rows.push({ label, cells: pair });
        else blocks.push({ type: 'sides', headings: [voice.name('a'), voice.name('b')], rows: [{ label, cells: pair }] });
      } else {
        blocks.push(...field(words.t(row.label), cells[0]!.text, cells[0]!.list));
      }
    }
    return blocks;
  },
};
