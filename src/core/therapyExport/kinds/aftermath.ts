import type { PartnerId } from '../../../shared/basics';
import type { AftermathAnswers, AftermathReflection } from '../../../shared/reflections';
import { field, type Block, type Cell, type ExportKindSpec, type Voice } from '../model';
import { collectReflections, feelingWords, statusAndDates, type DatedReflection } from './reflection-common';

type Row = { step: string; label: string; cell: (a: AftermathAnswers) => Cell };
const text = (value: string): Cell => ({ text: value.trim(), list: [] });

/** Gottman's five steps; each partner's answer to a question sits beside the other's. */
const ROWS: readonly Row[] = [
  { step: '1. Feelings', label: 'Feelings', cell: (a) => ({ text: '', list: feelingWords(a.feelings) }) },
  { step: '2. Each of our realities', label: 'My reality', cell: (a) => text(a.myReality) },
  { step: '2. Each of our realities', label: 'What I heard of my partner’s reality', cell: (a) => text(a.listenerSummary) },
  { step: '2. Each of our realities', label: 'What makes sense to me in it', cell: (a) => text(a.validation) },
  { step: '3. Triggers', label: 'What it touched in me', cell: (a) => text(a.triggers) },
  { step: '4. Responsibility', label: 'What set me up', cell: (a) => text(a.setMeUp) },
  { step: '4. Responsibility', label: 'What I regret', cell: (a) => text(a.regret) },
  { step: '4. Responsibility', label: 'What I apologise for', cell: (a) => text(a.apologise) },
  {
    step: '4. Responsibility',
    label: 'The apology',
    cell: (a) => text(a.acceptance === 'accept' ? 'I accept it.' : a.acceptance === 'still_need' ? `I still need: ${a.stillNeeded}` : ''),
  },
  { step: '5. Plans', label: 'One thing my partner can do next time', cell: (a) => text(a.partnerCanDo) },
  { step: '5. Plans', label: 'One thing I can do next time', cell: (a) => text(a.iCanDo) },
  { step: '5. Plans', label: 'What I need to move on', cell: (a) => text(a.needToMoveOn) },
];

const empty = (c: Cell) => !c.text && c.list.length === 0;

/** "Sam’s side: finished, last saved 4 March 2026". The time a side was finished is not kept; its last save is. */
function sideLine({ reflection, day }: DatedReflection<AftermathReflection>, partner: PartnerId, voice: Voice): string {
  const side = reflection.sides[partner];
  const saved = side.updatedAt ? `, last saved ${day(side.updatedAt)}` : '';
  const state = side.done ? `finished${saved}` : side.updatedAt ? `still being written${saved}` : 'not started yet';
  return `${voice.name(partner)}’s side: ${state}`;
}

/**
 * Why no side is here: as in the app, each side stays with its writer until both partners have finished theirs (so
 * neither account is shaped by reading the other's first), and so it does in the export.
 */
function missing(unfinished: readonly PartnerId[], voice: Voice): Block[] {
  if (!unfinished.length) return [];
  return [{ type: 'note', text: `Still being written by ${unfinished.map((p) => voice.name(p)).join(' and ')}; the sides are shared here once both are finished.` }];
}

/**
 * Both sides, step by step; when one partner's entries were chosen, only that side. Until both partners have finished,
 * no side prints any answer (the app keeps each to its writer until then): only where each side stands.
 */
export const aftermathKind: ExportKindSpec<DatedReflection<AftermathReflection>> = {
  kind: 'aftermath',
  collect: (sources, selection) => collectReflections<AftermathReflection>('aftermath', sources, selection),
  layout(dated, voice) {
    const r = dated.reflection;
    const chosen: PartnerId[] = voice.who === 'both' ? ['a', 'b'] : [voice.who];
    const unfinished = (['a', 'b'] as const).filter((p) => !r.sides[p].done);
    const finished = unfinished.length ? [] : chosen;
    const blocks: Block[] = [
      ...statusAndDates(dated),
      ...field('Each side', '', chosen.map((p) => sideLine(dated, p, voice))),
      ...missing(unfinished, voice),
    ];
    let step = '';
    for (const row of ROWS) {
      const cells = finished.map((p) => row.cell(r.sides[p].answers));
      if (!cells.length || cells.every(empty)) continue;
      if (row.step !== step) {
        step = row.step;
        blocks.push({ type: 'heading', text: step });
      }
      if (cells.length === 2) {
        const last = blocks.at(-1);
        const pair: [Cell, Cell] = [cells[0]!, cells[1]!];
        if (last?.type === 'sides') last.rows.push({ label: row.label, cells: pair });
        else blocks.push({ type: 'sides', headings: [voice.name('a'), voice.name('b')], rows: [{ label: row.label, cells: pair }] });
      } else {
        blocks.push(...field(row.label, cells[0]!.text, cells[0]!.list));
      }
    }
    return blocks;
  },
};
