import { z } from 'zod';
import { Body, PartnerId } from './basics';
import { ReflectionStatus, ReflectionType } from './reflections';

/** How often the couple checks in. Monthly means "the first <weekday> of each month". */
export const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;
export const CadenceEvery = z.enum(CADENCES);
export type CadenceEvery = z.infer<typeof CadenceEvery>;

/** A zone the running Intl knows (e.g. "Europe/London"), in its canonical spelling. */
export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'That time zone is not one Hearth knows.')
  .transform((zone) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone);

/** A wall-clock time, 24-hour "HH:MM". */
export const WallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time looks like 19:30.');

/** What the couple chooses; 0 is Sunday, as in JavaScript's getDay(). */
export const CadenceInput = z
  .object({
    every: CadenceEvery,
    weekday: z.number().int().min(0).max(6),
    time: WallTime,
    timeZone: TimeZone,
    /** Open each check-in with a round of "I appreciate you because…", as in a weekly State of the Union. */
    openWithAppreciations: z.boolean().default(false),
    /** A system notification with generic text when one is due; off unless the couple turns it on. */
    notify: z.boolean().default(false),
  })
  .strict();
export type CadenceInput = z.input<typeof CadenceInput>;

/** A stored cadence also records when its rhythm began: the first fortnight counts from there. */
export const Cadence = z.object({
  every: CadenceEvery,
  weekday: z.number(),
  time: z.string(),
  timeZone: z.string(),
  openWithAppreciations: z.boolean(),
  notify: z.boolean(),
  since: z.string(),
});
export type Cadence = z.infer<typeof Cadence>;

/** What a settings form starts from before the couple has chosen (the renderer adds its own time zone). */
export const DEFAULT_CADENCE = { every: 'weekly', weekday: 0, time: '19:00', openWithAppreciations: false, notify: false } as const;

export const CheckInSchedule = z.object({
  /** Null until the couple chooses a time: nothing is ever due before that. */
  cadence: Cadence.nullable(),
  nextDueAt: z.string().nullable(),
  overdue: z.boolean(),
  lastCompletedAt: z.string().nullable(),
});
export type CheckInSchedule = z.infer<typeof CheckInSchedule>;

export const CHECKIN_QUESTION_IDS = ['connection', 'closer', 'highlight', 'distance'] as const;
export const CheckInQuestionId = z.enum(CHECKIN_QUESTION_IDS);
export type CheckInQuestionId = z.infer<typeof CheckInQuestionId>;

/**
 * The guide's four open questions, in Hearth's words except the second, which keeps the guide's own "we": feeling
 * closer is something the two of you do together. They take the climate; they are not for one problem.
 */
export const CHECKIN_QUESTIONS: readonly { id: CheckInQuestionId; text: string; hint: string }[] = [
  { id: 'connection', text: 'How do you feel about the two of us lately?', hint: 'However it is, it is fine to say it.' },
  { id: 'closer', text: 'Is there anything we can do to feel closer?', hint: 'Something small and doable is perfect.' },
  { id: 'highlight', text: 'What was a moment this week when you felt close to me?', hint: 'Big or tiny: a look, a joke, a cup of tea.' },
  { id: 'distance', text: 'Was there anything that made you feel a little far from me?', hint: 'Name the moment, not a verdict on your partner.' },
];

/** Shown beside the questions. */
export const CHECKIN_LISTENING_GUIDANCE = [
  'Take turns, and let each other finish.',
  'Listen to understand, not to answer back.',
  'Say what you heard before you add your own view.',
  'This is a look at the weather between you, not the place to solve one problem.',
] as const;

/**
 * How the couple does a check-in. `apart`: each answers on their own while the other steps away, answers can stay
 * hidden until both are in, and they are read side by side at the end. `together`: both sit at the screen, one
 * question at a time; each answers aloud in turn while the other listens and says back what they heard. Notes are
 * optional, each partner's kept as that partner's answers, never hidden (they are both there).
 */
export const CHECKIN_MODES = ['together', 'apart'] as const;
export const CheckInMode = z.enum(CHECKIN_MODES);
export type CheckInMode = z.infer<typeof CheckInMode>;

/** The two ways, in the couple's words (the start screen, the history, the therapy export). */
export const CHECKIN_MODE_LABELS: Record<CheckInMode, string> = {
  together: 'Together at the screen',
  apart: 'Each on our own',
};

/** What the listener says after each turn of a check-in done together (mirroring, as in an Imago dialogue). */
export const CHECKIN_MIRRORING = 'What I heard you say is… Is there more?';

/**
 * Who speaks first on a question of a check-in done together: `firstTurn` on the first question, and the first
 * speaker swaps with each question after it. The other partner speaks second.
 */
export function firstSpeaker(firstTurn: PartnerId, questionIndex: number): PartnerId {
  return questionIndex % 2 === 0 ? firstTurn : firstTurn === 'a' ? 'b' : 'a';
}

export const CheckInId = z.uuid();

export const CheckInAnswers = z
  .object({ connection: Body.default(''), closer: Body.default(''), highlight: Body.default(''), distance: Body.default('') })
  .strict();
export type CheckInAnswers = z.infer<typeof CheckInAnswers>;

export const Rating = z.number().int().min(1).max(10);

/**
 * Starting writes, so it takes an explicit choice (the form pre-fills it from the cadence's
 * openWithAppreciations) rather than happening on an empty call.
 */
export const StartCheckInInput = z
  .object({
    withAppreciations: z.boolean(),
    /** Each on their own (as before there was a choice), or together at the screen. */
    mode: CheckInMode.default('apart'),
    /**
     * Who speaks first: in the opening appreciations, and, done together, on the first question (the first speaker
     * swaps with each question after it; see `firstSpeaker`).
     */
    firstTurn: PartnerId.default('a'),
  })
  .strict();
export type StartCheckInInput = z.input<typeof StartCheckInInput>;

/**
 * One partner's answers, saved as often as they like until they submit. The rating is optional: a side can be
 * submitted without one, and it stays null (a gap in every chart, never a 0). `hidden` keeps the answers
 * (and the rating) from every reader until both partners have submitted. This call is the draft:
 * the UI must not also autosave hidden answers through `drafts.save`, which anyone can read back.
 * In a check-in done together the answers are each partner's notes and the rating theirs: nothing is hidden there,
 * so `hidden: true` is refused (CONFLICT).
 */
export const AnswerCheckInInput = z
  .object({
    id: CheckInId,
    partner: PartnerId,
    answers: CheckInAnswers,
    rating: Rating.nullable().default(null),
    hidden: z.boolean().default(false),
  })
  .strict();
export type AnswerCheckInInput = z.input<typeof AnswerCheckInInput>;

export const SubmitCheckInInput = z.object({ id: CheckInId, partner: PartnerId }).strict();
export const CheckInRef = z.object({ id: CheckInId }).strict();
/**
 * Finish a check-in done together: both sides are handed in as they are (a partner who noted nothing gets a blank
 * side with no rating) and it is complete, in one step. A check-in done apart is refused (CONFLICT): there each
 * partner hands in their own answers with `submit`, which in turn refuses a check-in done together.
 */
export const FinishCheckInInput = CheckInRef;

/**
 * One partner's side. While the check-in is open a hidden side carries no answers and no rating,
 * only that it exists; the UI must not show hidden text back, even to its author.
 */
export const CheckInSide = z.object({
  partner: PartnerId,
  started: z.boolean(),
  submitted: z.boolean(),
  hidden: z.boolean(),
  answers: z.object({ connection: z.string(), closer: z.string(), highlight: z.string(), distance: z.string() }).nullable(),
  rating: z.number().nullable(),
  updatedAt: z.string().nullable(),
});
export type CheckInSide = z.infer<typeof CheckInSide>;

/** How a plan went, asked gently at the check-in after it was made. */
export const FOLLOW_UP_OUTCOMES = ['went_well', 'partly', 'not_yet'] as const;
export const FollowUpOutcome = z.enum(FOLLOW_UP_OUTCOMES, { error: 'That is not one of the answers to how it went.' });
export type FollowUpOutcome = z.infer<typeof FollowUpOutcome>;
export const FOLLOW_UP_LABELS: Record<FollowUpOutcome, string> = { went_well: 'It went well', partly: 'Partly', not_yet: 'Not yet' };

/**
 * A plan made since the check-in before, brought up at this one: an aftermath's "one thing I can do next time" (once
 * both sides are finished), or a conflict reflection's request or a forgiveness commitment its writer chose to bring.
 * Its words are read from the reflection as they are now; one whose writer has taken it back is not listed. A plan
 * answered "not yet" comes up again at the next check-in; one left unanswered does not.
 */
export const FollowUp = z.object({
  reflectionId: z.string(),
  reflectionType: ReflectionType,
  title: z.string(),
  /** Whose plan it is. */
  partner: PartnerId,
  plan: z.string(),
  outcome: FollowUpOutcome.nullable(),
  note: z.string(),
  updatedAt: z.string().nullable(),
});
export type FollowUp = z.infer<typeof FollowUp>;

/** How one plan went, while the check-in is open; null takes an answer back. */
export const FollowUpInput = z
  .object({ id: CheckInId, reflectionId: z.uuid(), partner: PartnerId, outcome: FollowUpOutcome.nullable(), note: Body.default('') })
  .strict();
export type FollowUpInput = z.input<typeof FollowUpInput>;

/** A reflection begun from a check-in (State of the Union style: one issue, taken up on its own). */
export const BegunReflection = z.object({ id: z.string(), type: ReflectionType, title: z.string(), status: ReflectionStatus });
export type BegunReflection = z.infer<typeof BegunReflection>;

export const CheckIn = z.object({
  id: z.string(),
  status: z.enum(['open', 'complete']),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  /** The local day it was completed, in the couple's time zone. */
  completedOn: z.string().nullable(),
  appreciationSessionId: z.string().nullable(),
  mode: CheckInMode,
  /** Done together: who spoke first on the first question. Null for a check-in done apart. */
  firstTurn: PartnerId.nullable(),
  sides: z.array(CheckInSide),
  /** The plans brought up at this check-in, oldest reflection first. */
  followUps: z.array(FollowUp),
  /** The reflections begun from it, oldest first. */
  begun: z.array(BegunReflection),
});
export type CheckIn = z.infer<typeof CheckIn>;

export const CheckInCursor = z.object({ completedAt: z.string().max(40), id: z.string().max(64) }).strict();

export const ListCheckInsInput = z
  .object({
    after: CheckInCursor.nullable().default(null),
    limit: z.number().int().min(1).max(200).default(20),
  })
  .strict()
  .default({ after: null, limit: 20 });

export const CheckInPage = z.object({ items: z.array(CheckIn), next: CheckInCursor.nullable() });
export type CheckInPage = z.infer<typeof CheckInPage>;
