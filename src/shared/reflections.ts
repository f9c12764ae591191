import { z } from 'zod';
import { Feeling, FEELING_WORDS, Need, NEED_WORDS } from './feelings';
import { Body, Day, PartnerId } from './basics';
import { line, requiredLine } from './text';
import { EventId, LinkedEvent, type TimelineEvent } from './timeline';

/**
 * Guided reflections: a conflict reflection (one partner, one moment), the aftermath of a regrettable
 * incident (both partners, five steps) and a forgiveness reflection (one partner, over weeks).
 * The word lists below are Hearth's own; the renderer shows them as they are.
 */

export const REFLECTION_TYPES = ['conflict', 'aftermath', 'forgiveness'] as const;
export const ReflectionType = z.enum(REFLECTION_TYPES);
export type ReflectionType = z.infer<typeof ReflectionType>;

export const REFLECTION_STATUSES = ['draft', 'complete', 'resolved'] as const;
export const ReflectionStatus = z.enum(REFLECTION_STATUSES);
export type ReflectionStatus = z.infer<typeof ReflectionStatus>;

/** The Four Horsemen: patterns to notice in a hard conversation, in either of us. */
export const HORSEMEN = ['criticism', 'contempt', 'defensiveness', 'stonewalling'] as const;
export const Horseman = z.enum(HORSEMEN, { error: 'That is not one of the four patterns.' });
export type Horseman = z.infer<typeof Horseman>;
export const HORSEMAN_LABELS: Record<Horseman, string> = {
  criticism: 'Criticism — a complaint that became about who someone is',
  contempt: 'Contempt — mocking, eye-rolling, speaking from above',
  defensiveness: 'Defensiveness — protecting myself instead of listening',
  stonewalling: 'Stonewalling — shutting down or going quiet',
};

/** What helps instead of a pattern, and one way to practise it in Hearth. */
export interface Antidote {
  /** The antidote's name, as a therapist would know it. */
  name: string;
  /** What it looks like, in a sentence or two. */
  how: string;
  /** Where Hearth offers a way to practise it. */
  practise: string;
}

/**
 * The antidote to each of the Four Horsemen, in Hearth's words. The conflict reflection shows it beside each pattern
 * ticked, and the therapy export prints the name and how it looks (not the in-app hint) beside each one.
 */
export const HORSEMAN_ANTIDOTES: Record<Horseman, Antidote> = {
  criticism: {
    name: 'A gentle start-up',
    how: 'Talk about your own feeling and need instead of what is wrong with your partner: “I feel … about …, and I need …”.',
    practise: 'The step “A gentle way to start” in this reflection makes one from your answers, for you to make your own.',
  },
  contempt: {
    name: 'A habit of appreciation',
    how: 'Notice what you value in each other and say it out loud, often and in small ways, so warmth is already there when things get hard.',
    practise: 'Take turns with “I appreciate you because…” in Exercises — three specific things each.',
  },
  defensiveness: {
    name: 'Taking responsibility for a part',
    how: 'Own a part of it, however small — “You’re right, I did…” — so your partner feels heard rather than pushed back.',
    practise: 'The step “My part in it”, here and in “After a hard moment”, asks what was yours to own.',
  },
  stonewalling: {
    name: 'A break to calm down, then coming back',
    how: 'Say that you need a pause, take twenty minutes or more doing something soothing, then come back to the conversation.',
    practise: '“Save and close” keeps every word you have written, so you can step away for a while and finish when you are calm.',
  },
};

/** What the source guide names as getting in the way of closeness. */
export const BARRIERS = [
  'fear_of_vulnerability',
  'communication_skills',
  'past_wounds',
  'expectations',
  'time_and_effort',
  'communication_styles',
] as const;
export const Barrier = z.enum(BARRIERS, { error: 'That is not one of the barriers.' });
export type Barrier = z.infer<typeof Barrier>;
export const BARRIER_LABELS: Record<Barrier, string> = {
  fear_of_vulnerability: 'Being afraid to show how I really feel',
  communication_skills: 'Not finding the words',
  past_wounds: 'Old wounds that were touched',
  expectations: 'Expectations that were hard to meet',
  time_and_effort: 'Too little time or energy',
  communication_styles: 'Different ways of talking about feelings',
};

export const FORGIVENESS_DECISIONS = ['not_yet', 'working_on_it', 'forgiven', 'released'] as const;
export const ForgivenessDecision = z.enum(FORGIVENESS_DECISIONS);
export type ForgivenessDecision = z.infer<typeof ForgivenessDecision>;
export const DECISION_LABELS: Record<ForgivenessDecision, string> = {
  not_yet: 'Not yet',
  working_on_it: 'Working on it',
  forgiven: 'Forgiven',
  released: 'Released',
};

/** Limits for short answers; long answers use `Body`. */
const SHORT = 500;

/** How strongly a thought is believed, from not at all (0) to completely (100); null until it is rated. */
const Belief = z.number().int().min(0).max(100).nullable().default(null);

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** A feeling with how strongly it was felt, from a little (1) to very much (5). */
export const FeltFeeling = z.object({ feeling: Feeling, intensity: z.number().int().min(1).max(5).default(3) }).strict();
export type FeltFeeling = z.infer<typeof FeltFeeling>;

const Feelings = z
  .array(FeltFeeling)
  .max(FEELING_WORDS.length)
  .refine((list) => new Set(list.map((f) => f.feeling)).size === list.length, 'Each feeling can be chosen once.');
const Needs = z.array(Need).max(NEED_WORDS.length).transform(unique);
const Horsemen = z.array(Horseman).max(HORSEMEN.length).transform(unique);
const Barriers = z.array(Barrier).max(BARRIERS.length).transform(unique);

/** One partner's reflection on one hard moment, in the order of Nonviolent Communication. */
export const ConflictAnswers = z
  .object({
    /** What happened, as a camera would have recorded it. */
    observation: Body.default(''),
    feelings: Feelings.default([]),
    needs: Needs.default([]),
    needsOther: line(SHORT).default(''),
    /** The story I told myself about it. */
    story: Body.default(''),
    /** The story checked as a thought record does: how strongly I believed it (0–100), left out when not rated. */
    storyBelief: Belief,
    /** What supports the story. */
    storyFor: Body.default(''),
    /** What does not fit it. */
    storyAgainst: Body.default(''),
    /** A kinder, more balanced version of it. */
    storyKinder: Body.default(''),
    /** How strongly I believe the first story now, having looked at it again. */
    storyBeliefAfter: Belief,
    myPart: Body.default(''),
    horsemen: Horsemen.default([]),
    barriers: Barriers.default([]),
    /** Suggested by `suggestSoftStartup`, then edited by the writer. */
    softStartup: Body.default(''),
    /** Specific and doable. */
    request: Body.default(''),
    /** The writer chose to bring the request to the next check-in, to talk about how it went (off unless chosen). */
    requestToCheckIn: z.boolean().default(false),
    compromise: Body.default(''),
  })
  .strict();
export type ConflictAnswers = z.infer<typeof ConflictAnswers>;

export const ACCEPTANCE = ['accept', 'still_need'] as const;

/**
 * One partner's side of the aftermath of a regrettable incident (Gottman's five steps). Every field of a
 * side is written by that partner, so one partner's save never touches the other's words: in step 2 the
 * listener writes `listenerSummary` and `validation` on their own side, about the other partner's reality.
 */
export const AftermathAnswers = z
  .object({
    /** 1. Feelings, no "why". */
    feelings: Feelings.default([]),
    /** 2. My reality: how it looked and felt from where I stood. */
    myReality: Body.default(''),
    /**
     * 2. Done together: my reality shown to my partner now, before both sides are done, so they can say back what they
     * heard before writing their own. Only `myReality` is shown (see aftermath-together.ts); off until chosen, and it can
     * be taken back. Sides saved before there was a choice read as false.
     */
    showMyReality: z.boolean().default(false),
    /** 2. As the listener: what I heard of my partner's reality, in my words. */
    listenerSummary: Body.default(''),
    /** 2. As the listener: the part of my partner's reality that makes sense to me. */
    validation: Body.default(''),
    /** 3. Earlier experiences that made it escalate. */
    triggers: Body.default(''),
    /** 4. What set me up: stress, tiredness, something that happened earlier. */
    setMeUp: Body.default(''),
    regret: Body.default(''),
    apologise: Body.default(''),
    /** 4. Accepting my partner's apology, or saying what I still need. */
    acceptance: z.enum(ACCEPTANCE).nullable().default(null),
    stillNeeded: Body.default(''),
    /** 5. One thing my partner can do next time. */
    partnerCanDo: Body.default(''),
    /** 5. One thing I can do next time. */
    iCanDo: Body.default(''),
    needToMoveOn: Body.default(''),
  })
  .strict();
export type AftermathAnswers = z.infer<typeof AftermathAnswers>;

/** Whom a forgiveness reflection forgives: someone else, or myself ("both yourself and others", as the guide says). */
export const FORGIVENESS_TOWARDS = ['someone', 'myself'] as const;
export const ForgivenessToward = z.enum(FORGIVENESS_TOWARDS, { error: 'Choose whether you are forgiving someone else or yourself.' });
export type ForgivenessToward = z.infer<typeof ForgivenessToward>;

/**
 * One partner's forgiveness reflection, in the steps of REACH: recall the hurt, empathise, the altruistic gift (a time
 * I was forgiven), commit (in words, on a day, to print), hold on. Forgiving myself, the same steps look at what I did.
 */
export const ForgivenessAnswers = z
  .object({
    toward: ForgivenessToward.default('someone'),
    /** The hurt as I remember it (forgiving myself: what I did, and the hurt it caused). */
    hurt: Body.default(''),
    /** What I imagine the other person felt or needed (forgiving myself: what I was feeling or needing then). */
    otherSideImagined: Body.default(''),
    /** The altruistic gift: a time I was forgiven, and what it gave me. */
    forgivenTime: Body.default(''),
    forgivingMeans: Body.default(''),
    /** Not condoning, not forgetting: in my own words. */
    forgivingDoesNotMean: Body.default(''),
    /** Forgiving myself: what I can do to make it right, or to do differently. */
    amends: Body.default(''),
    /** Where I am now; a check-back also moves it. */
    decision: ForgivenessDecision.nullable().default(null),
    /** The commitment to forgive, in my own words, dated so it can be printed and kept. */
    commitment: Body.default(''),
    /** The day of the commitment, in the writer's calendar; null until it is made. */
    commitmentOn: Day.nullable().default(null),
    /** The writer chose to bring the commitment to the next check-in, to talk about how it went (off unless chosen). */
    commitmentToCheckIn: z.boolean().default(false),
    /** What helps me hold on to it. */
    holdOn: Body.default(''),
    /** When true, the renderer says kindly that a therapist or counsellor can help, and links to Export. */
    hardToMovePast: z.boolean().default(false),
  })
  .strict();
export type ForgivenessAnswers = z.infer<typeof ForgivenessAnswers>;

export const ReflectionId = z.uuid();

const Title = requiredLine(200);
const Version = z.number().int().min(1);
const LinkedEventId = EventId.nullable().default(null);
/** The check-in a reflection was begun from (a check-in's id; see shared/checkins.ts), or null. */
const FromCheckIn = z.uuid().nullable().default(null);

/** Only the type, the author(s) and a title are needed to start; every answer can be skipped. */
export const NewReflectionInput = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('conflict'),
      title: Title,
      author: PartnerId,
      answers: ConflictAnswers.prefault({}),
      eventId: LinkedEventId,
      checkinId: FromCheckIn,
      forTherapy: z.boolean().default(false),
    })
    .strict(),
  z
    .object({ type: z.literal('aftermath'), title: Title, eventId: LinkedEventId, checkinId: FromCheckIn, forTherapy: z.boolean().default(false) })
    .strict(),
  z
    .object({
      type: z.literal('forgiveness'),
      title: Title,
      author: PartnerId,
      answers: ForgivenessAnswers.prefault({}),
      eventId: LinkedEventId,
      forTherapy: z.boolean().default(false),
    })
    .strict(),
]);
export type NewReflectionInput = z.input<typeof NewReflectionInput>;

/**
 * A save carries the version it was made on, so a stale save is refused with CONFLICT instead of
 * overwriting. An aftermath's answers are saved side by side with `saveSide`; `update` changes its title.
 */
export const UpdateReflectionInput = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('conflict'), id: ReflectionId, expectedVersion: Version, title: Title, author: PartnerId, answers: ConflictAnswers })
    .strict(),
  z.object({ type: z.literal('aftermath'), id: ReflectionId, expectedVersion: Version, title: Title }).strict(),
  z
    .object({ type: z.literal('forgiveness'), id: ReflectionId, expectedVersion: Version, title: Title, author: PartnerId, answers: ForgivenessAnswers })
    .strict(),
]);
export type UpdateReflectionInput = z.input<typeof UpdateReflectionInput>;

/** One partner saves only their own side; `expectedVersion` is that side's version. */
export const SaveSideInput = z
  .object({
    id: ReflectionId,
    partner: PartnerId,
    side: AftermathAnswers,
    /** True when this partner has finished their side; left out, it stays as it was. */
    done: z.boolean().optional(),
    expectedVersion: Version,
  })
  .strict();
export type SaveSideInput = z.input<typeof SaveSideInput>;

export const ReflectionRef = z.object({ id: ReflectionId }).strict();
export const ResolveInput = z.object({ id: ReflectionId, repairEventId: EventId.nullable().default(null) }).strict();
export const LinkEventInput = z.object({ id: ReflectionId, eventId: EventId.nullable() }).strict();
export const ForTherapyInput = z.object({ id: ReflectionId, forTherapy: z.boolean() }).strict();
export const AddCheckBackInput = z
  .object({
    id: ReflectionId,
    decision: ForgivenessDecision,
    note: Body.default(''),
    /** The writer's own calendar day; left out, the core uses today's date. */
    date: Day.optional(),
  })
  .strict();
export type AddCheckBackInput = z.input<typeof AddCheckBackInput>;

export const CheckBack = z.object({ date: z.string(), decision: ForgivenessDecision, note: z.string(), savedAt: z.string() });
export type CheckBack = z.infer<typeof CheckBack>;

export const AftermathSide = z.object({
  answers: AftermathAnswers,
  done: z.boolean(),
  version: z.number(),
  updatedAt: z.string().nullable(),
});
export type AftermathSide = z.infer<typeof AftermathSide>;

const ReflectionCommon = {
  id: z.string(),
  title: z.string(),
  status: ReflectionStatus,
  eventId: z.string().nullable(),
  repairEventId: z.string().nullable(),
  /** The linked events while they are on the timeline (null when unlinked or in the trash). */
  event: LinkedEvent.nullable(),
  repairEvent: LinkedEvent.nullable(),
  /** The check-in it was begun from, while that check-in is there. */
  checkinId: z.string().nullable(),
  forTherapy: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
};

export const ConflictReflection = z.object({ ...ReflectionCommon, type: z.literal('conflict'), author: PartnerId, answers: ConflictAnswers });
export type ConflictReflection = z.infer<typeof ConflictReflection>;
export const AftermathReflection = z.object({
  ...ReflectionCommon,
  type: z.literal('aftermath'),
  author: z.literal('both'),
  sides: z.object({ a: AftermathSide, b: AftermathSide }),
  /** When both partners are done, the renderer shows the two sides side by side. */
  bothDone: z.boolean(),
});
export type AftermathReflection = z.infer<typeof AftermathReflection>;
export const ForgivenessReflection = z.object({
  ...ReflectionCommon,
  type: z.literal('forgiveness'),
  author: PartnerId,
  answers: ForgivenessAnswers,
  /** Oldest first. */
  checkBacks: z.array(CheckBack),
});
export type ForgivenessReflection = z.infer<typeof ForgivenessReflection>;

export const Reflection = z.discriminatedUnion('type', [ConflictReflection, AftermathReflection, ForgivenessReflection]);
export type Reflection = z.infer<typeof Reflection>;

export const ReflectionSummary = z.object({
  id: z.string(),
  type: ReflectionType,
  title: z.string(),
  author: z.enum(['a', 'b', 'both']),
  status: ReflectionStatus,
  eventId: z.string().nullable(),
  repairEventId: z.string().nullable(),
  forTherapy: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  /** Aftermath only: which partner has finished their side. */
  sidesDone: z.object({ a: z.boolean(), b: z.boolean() }).nullable(),
  /** Forgiveness only: where the writer is now. */
  decision: ForgivenessDecision.nullable(),
});
export type ReflectionSummary = z.infer<typeof ReflectionSummary>;

export const ReflectionCursor = z.object({ updatedAt: z.iso.datetime(), id: z.string().max(64) }).strict();

export const ReflectionFilter = z
  .object({
    types: z.array(ReflectionType).max(REFLECTION_TYPES.length).optional(),
    /** Written by or with this partner: their own reflections and every aftermath. */
    partner: PartnerId.optional(),
    statuses: z.array(ReflectionStatus).max(REFLECTION_STATUSES.length).optional(),
    /** Reflections worked on within these days (from the day begun to the day last changed). */
    from: Day.optional(),
    to: Day.optional(),
    forTherapy: z.boolean().optional(),
  })
  .strict();
export type ReflectionFilter = z.input<typeof ReflectionFilter>;

/** Most recently changed first, in keyset pages. */
export const ListReflectionsInput = z
  .object({
    after: ReflectionCursor.nullable().default(null),
    limit: z.number().int().min(1).max(200).default(50),
    filter: ReflectionFilter.default({}),
  })
  .strict();
export type ListReflectionsInput = z.input<typeof ListReflectionsInput>;

export const ReflectionPage = z.object({ items: z.array(ReflectionSummary), next: ReflectionCursor.nullable() });
export type ReflectionPage = z.infer<typeof ReflectionPage>;

/** What a timeline event shows of the reflections linked to it (see `TimelineEvent.reflections`). */
export type LinkedReflection = TimelineEvent['reflections'][number];
// The timeline declares the same types and statuses without importing this file (no import cycle); this keeps them in step.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _typesInStep: Same<LinkedReflection['type'], ReflectionType> & Same<LinkedReflection['status'], ReflectionStatus> = true;

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

// How an observation usually begins, so it can follow "about": a time ("On Friday…") or a person
// ("You checked…") reads as "what happened …"; other openers only lose their capital. Names keep theirs.
const TIME_WORDS = new Set(['when', 'while', 'after', 'before', 'during', 'at', 'on', 'in', 'last', 'yesterday', 'today', 'tonight', 'earlier']);
const SUBJECT_WORDS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it']);
const LOWER_WORDS = new Set(['the', 'this', 'that', 'our', 'my', 'your', 'there', 'what', 'how']);

/** The observation as the "about …" of a sentence: one line, no closing full stop. */
function asSituation(observation: string): string {
  const text = observation.replace(/\s+/g, ' ').trim().replace(/[.!?…]+$/u, '').trim();
  if (!text) return 'what happened';
  const first = text.split(' ', 1)[0]!;
  const word = first.toLocaleLowerCase();
  const rest = text.slice(first.length);
  if (TIME_WORDS.has(word)) return `what happened ${word}${rest}`;
  if (SUBJECT_WORDS.has(word)) return `what happened when ${word === 'i' ? 'I' : word}${rest}`;
  return LOWER_WORDS.has(word) ? word + rest : text;
}

/**
 * A softened start-up from a conflict reflection's answers: "I feel … about …, and I need …."
 * One implementation for the renderer (shown live while writing) and the core. The strongest feelings
 * come first; a missing part is left out kindly rather than leaving a gap.
 */
export function suggestSoftStartup(
  feelings: readonly { feeling: Feeling; intensity?: number }[],
  observation: string,
  needs: readonly Need[],
  needsOther = '',
): string {
  const felt = feelings
    .map((f, i) => ({ ...f, i }))
    .sort((x, y) => (y.intensity ?? 3) - (x.intensity ?? 3) || x.i - y.i)
    .map((f) => f.feeling);
  const needed: string[] = unique(needs);
  const other = needsOther.replace(/\s+/g, ' ').trim().replace(/[.!?…]+$/u, '');
  if (other) needed.push(other);
  const opening = felt.length ? `I feel ${joinWords(felt)} about ${asSituation(observation)}` : `I'd like to talk about ${asSituation(observation)}`;
  const closing = needed.length ? `and I need ${joinWords(needed)}` : 'and I would like us to understand each other';
  return `${opening}, ${closing}.`;
}
