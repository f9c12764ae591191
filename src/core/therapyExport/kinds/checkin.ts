import { CHECKIN_QUESTIONS, type CheckIn, type CheckInMode, type CheckInSide } from '../../../shared/checkins';
import type { PartnerId } from '../../../shared/basics';
import { completedBetween } from '../../checkins/checkin-repository';
import type { Words } from '../../i18n/words';
import { dayBounds, field, type Block, type Cell, type ExportKindSpec, type Voice } from '../model';
import { checkInQuestion, followUpOutcome } from '../vocabulary';

/** Only what a reader of the check-in may see: a side still hidden from the other partner has no answers here. */
function visible(side: CheckInSide | undefined): side is CheckInSide & { answers: NonNullable<CheckInSide['answers']> } {
  return !!side && side.answers !== null;
}

/** Which way the check-in was done, first on its page: a therapist reads notes of a conversation differently from written answers. */
const HOW = { together: 'exportDocument.checkinTogether', apart: 'exportDocument.checkinApart' } as const satisfies Record<CheckInMode, string>;

const PLAN_WORDS = { conflict: 'exportDocument.followAsked', aftermath: 'exportDocument.followWouldTry', forgiveness: 'exportDocument.followCommitted' } as const;

/**
 * The plans brought up and how each went (Sam would try (“The car keys”): Pause before answering. — It went well: I
 * paused twice.), and the reflections begun from the check-in: only the partners this document is about.
 */
function followThrough(checkIn: CheckIn, partners: readonly PartnerId[], voice: Voice, words: Words): Block[] {
  const plans = checkIn.followUps
    .filter((f) => partners.includes(f.partner))
    .map((f) => {
      const note = f.note.trim();
      const went = f.outcome
        ? note
          ? words.t('exportDocument.outcomeWithNote', { outcome: followUpOutcome(words, f.outcome), note })
          : words.t('exportDocument.outcomeAlone', { outcome: followUpOutcome(words, f.outcome) })
        : words.t('exportDocument.notTalkedAbout');
      const plan = words.t(PLAN_WORDS[f.reflectionType], { name: voice.name(f.partner), title: f.title, plan: f.plan });
      return words.t('exportDocument.followWent', { plan, went });
    });
  return [
    ...field(words.t('exportDocument.sinceLastTime'), '', plans),
    // Titles only, and only in a document about both: a reflection begun here may be one partner's own.
    ...(partners.length === 2 ? field(words.t('exportDocument.begunFromCheckin'), '', checkIn.begun.map((r) => r.title)) : []),
  ];
}

/**
 * Completed check-ins only: their answers were revealed to both partners when the second one
 * finished. An open check-in is still being answered, and a hidden side is never read out at all.
 */
export const checkinKind: ExportKindSpec<CheckIn> = {
  kind: 'checkin',
  collect({ db, checkins, words }, selection) {
    return completedBetween(db, ...dayBounds(selection)).map((r) => ({
      candidate: {
        id: r.id,
        kind: 'checkin',
        date: r.completedOn,
        title: words.t('exportDocument.checkinTitle', { day: words.day(r.completedOn) }),
        author: 'both',
        marked: false,
      },
      load: () => checkins.get(r.id),
    }));
  },
  layout(checkIn, voice, words) {
    const partners: PartnerId[] = voice.who === 'both' ? ['a', 'b'] : [voice.who];
    const sides = partners.map((p) => checkIn.sides.find((s) => s.partner === p)).map((s) => (visible(s) ? s : null));
    const cell = (side: (typeof sides)[number], get: (s: NonNullable<typeof side>) => string): Cell => ({ text: side ? get(side).trim() : '', list: [] });
    const rows = [
      ...CHECKIN_QUESTIONS.map((q) => ({ label: checkInQuestion(words, q.id), get: (s: NonNullable<(typeof sides)[number]>) => s.answers[q.id] })),
      { label: words.t('exportDocument.checkinRating'), get: (s: NonNullable<(typeof sides)[number]>) => (s.rating === null ? '' : String(s.rating)) },
    ];
    const how: Block = { type: 'note', text: words.t(HOW[checkIn.mode]) };
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
        ...followThrough(checkIn, partners, voice, words),
      ];
      return blocks;
    }
    return [how, ...rows.flatMap((row) => field(row.label, cell(sides[0]!, row.get).text)), ...followThrough(checkIn, partners, voice, words)];
  },
};
