import { CHECKIN_QUESTIONS, FOLLOW_UP_LABELS, type CheckIn, type CheckInMode, type CheckInSide } from '../../../shared/checkins';
import type { PartnerId } from '../../../shared/basics';
import { completedBetween } from '../../checkins/checkin-repository';
import { formatDay } from '../format';
import { dayBounds, field, type Block, type Cell, type ExportKindSpec, type Voice } from '../model';

/** Only what a reader of the check-in may see: a side still hidden from the other partner has no answers here. */
function visible(side: CheckInSide | undefined): side is CheckInSide & { answers: NonNullable<CheckInSide['answers']> } {
  return !!side && side.answers !== null;
}

/** Which way the check-in was done, first on its page: a therapist reads notes of a conversation differently from written answers. */
const HOW: Record<CheckInMode, string> = {
  together:
    'Done together at the screen: one question at a time, each answered aloud while the other listened and said back what they heard. What follows are the notes each chose to keep.',
  apart: 'Done each on their own: each answered alone, and they read each other’s answers once both had finished.',
};

const PLAN_WORDS = { conflict: 'asked', aftermath: 'would try', forgiveness: 'committed' } as const;

/**
 * The plans brought up and how each went (Sam would try (“The car keys”): Pause before answering. — It went well: I
 * paused twice.), and the reflections begun from the check-in: only the partners this document is about.
 */
function followThrough(checkIn: CheckIn, partners: readonly PartnerId[], voice: Voice): Block[] {
  const plans = checkIn.followUps
    .filter((f) => partners.includes(f.partner))
    .map((f) => {
      const went = f.outcome ? ` — ${FOLLOW_UP_LABELS[f.outcome]}${f.note.trim() ? `: ${f.note.trim()}` : '.'}` : ' — not talked about.';
      return `${voice.name(f.partner)} ${PLAN_WORDS[f.reflectionType]} (“${f.title}”): ${f.plan}${went}`;
    });
  return [
    ...field('Since last time: the plans and how they went', '', plans),
    // Titles only, and only in a document about both: a reflection begun here may be one partner's own.
    ...(partners.length === 2 ? field('Reflections begun from this check-in', '', checkIn.begun.map((r) => r.title)) : []),
  ];
}

/**
 * Completed check-ins only: their answers were revealed to both partners when the second one
 * finished. An open check-in is still being answered, and a hidden side is never read out at all.
 */
export const checkinKind: ExportKindSpec<CheckIn> = {
  kind: 'checkin',
  collect({ db, checkins }, selection) {
    return completedBetween(db, ...dayBounds(selection)).map((r) => ({
      candidate: { id: r.id, kind: 'checkin', date: r.completedOn, title: `Check-in of ${formatDay(r.completedOn)}`, author: 'both', marked: false },
      load: () => checkins.get(r.id),
    }));
  },
  layout(checkIn, voice) {
    const partners: PartnerId[] = voice.who === 'both' ? ['a', 'b'] : [voice.who];
    const sides = partners.map((p) => checkIn.sides.find((s) => s.partner === p)).map((s) => (visible(s) ? s : null));
    const cell = (side: (typeof sides)[number], get: (s: NonNullable<typeof side>) => string): Cell => ({ text: side ? get(side).trim() : '', list: [] });
    const rows = [
      ...CHECKIN_QUESTIONS.map((q) => ({ label: q.text, get: (s: NonNullable<(typeof sides)[number]>) => s.answers[q.id] })),
      { label: 'How connected I feel, from 1 to 10', get: (s: NonNullable<(typeof sides)[number]>) => (s.rating === null ? '' : String(s.rating)) },
    ];
    const how: Block = { type: 'note', text: HOW[checkIn.mode] };
    if (sides.length === 2) {
      const blocks: Block[] = [
        how,
        {
          type: 'sides',
          headings: [voice.name('a'), voice.name('b')],
          rows: rows
            .map((row) => ({ label: row.label, cells: [cell(sides[0]!, row.get), cell(sides[1]!, row.get)] as [Cell, Cell] }))
            .filter((row) => row.cells.some((c) => c.text)),
        },
        ...followThrough(checkIn, partners, voice),
      ];
      return blocks;
    }
    return [how, ...rows.flatMap((row) => field(row.label, cell(sides[0]!, row.get).text)), ...followThrough(checkIn, partners, voice)];
  },
};
