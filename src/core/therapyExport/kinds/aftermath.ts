import type { PartnerId } from '../../../shared/basics';
import type { AftermathAnswers, AftermathReflection } from '../../../shared/reflections';
import { field, type Block, type Cell, type ExportKindSpec } from '../model';
import { collectReflections, feelingWords, statusLine } from './reflection-common';

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

/** Both sides, step by step; when one partner's entries were chosen, only that side. */
export const aftermathKind: ExportKindSpec<AftermathReflection> = {
  kind: 'aftermath',
  collect: (sources, selection) => collectReflections<AftermathReflection>('aftermath', sources, selection),
  layout(r, voice) {
    const blocks: Block[] = [...field('Status', statusLine(r))];
    const partners: PartnerId[] = voice.who === 'both' ? ['a', 'b'] : [voice.who];
    const unfinished = partners.filter((p) => !r.sides[p].done).map((p) => voice.name(p));
    if (unfinished.length) blocks.push({ type: 'note', text: `Still being written by ${unfinished.join(' and ')}.` });
    let step = '';
    for (const row of ROWS) {
      const cells = partners.map((p) => row.cell(r.sides[p].answers));
      if (cells.every(empty)) continue;
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
