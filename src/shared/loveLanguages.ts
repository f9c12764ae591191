/** The contract's `loveLanguages` area: each partner's love languages and the acts of love noted. */
import { z } from 'zod';
import { Day, PartnerId } from './basics';
import { line } from './text';

export const LOVE_LANGUAGE_IDS = ['words', 'acts', 'gifts', 'time', 'touch'] as const;
export const LoveLanguageId = z.enum(LOVE_LANGUAGE_IDS);
export type LoveLanguageId = z.infer<typeof LoveLanguageId>;

export interface LoveLanguageInfo {
  id: LoveLanguageId;
  name: string;
  description: string;
  /** How it can look, in Hearth's words, after the guide's table. */
  forPartner: string;
  forFriend: string;
  forFamily: string;
}

export const LOVE_LANGUAGES: readonly LoveLanguageInfo[] = [
  {
    id: 'words',
    name: 'Words of affirmation',
    description: 'Feeling loved through kind, honest words said out loud or written down.',
    forPartner: 'Tell them what you admire in them, e.g. "The care you put into your work moves me."',
    forFriend: 'Let them know what kind of friend they are to you.',
    forFamily: 'Thank them by name for a particular thing they did.',
  },
  {
    id: 'acts',
    name: 'Acts of service',
    description: 'Feeling loved when someone takes something off your plate.',
    forPartner: 'Cook dinner on an evening they are worn out.',
    forFriend: 'Offer a hand with a move or an errand.',
    forFamily: 'Take on a chore before anyone asks.',
  },
  {
    id: 'gifts',
    name: 'Receiving gifts',
    description: 'Feeling loved through a thoughtful thing that says "I thought of you".',
    forPartner: 'Mark a birthday or anniversary with something chosen just for them.',
    forFriend: 'Bring a small treat you know they like.',
    forFamily: 'Give something personal, or the thing they mentioned wanting.',
  },
  {
    id: 'time',
    name: 'Quality time',
    description: 'Feeling loved through undivided attention.',
    forPartner: 'Plan an evening out, just the two of you, phones away.',
    forFriend: 'Go for a walk and really talk.',
    forFamily: 'Set a date for coffee or a film together.',
  },
  {
    id: 'touch',
    name: 'Physical touch',
    description: 'Feeling loved through closeness: a hug, a held hand.',
    forPartner: 'Hugs, holding hands, closeness and intimacy.',
    forFriend: 'A reassuring hand on the shoulder or a warm hug.',
    forFamily: 'A proper hug hello and goodbye.',
  },
];

/**
 * A partner's languages: the ones they hear love in best (`primary`, `secondary`) and, as the guide also asks, the
 * ones they most naturally show it in (`givesPrimary`, `givesSecondary`). Left out, the languages given stay as they
 * were (the quiz sets only those heard); `null` clears them.
 */
export const SetLoveLanguagesInput = z
  .object({
    partner: PartnerId,
    primary: LoveLanguageId,
    secondary: LoveLanguageId.nullable().default(null),
    givesPrimary: LoveLanguageId.nullable().optional(),
    givesSecondary: LoveLanguageId.nullable().optional(),
  })
  .strict()
  .refine((v) => v.primary !== v.secondary, { message: 'Choose a different second language, or none.', path: ['secondary'] })
  .refine((v) => !v.givesSecondary || (v.givesPrimary && v.givesPrimary !== v.givesSecondary), {
    message: 'Choose the first way of showing love, then a different second one, or none.',
    path: ['givesSecondary'],
  });
export type SetLoveLanguagesInput = z.input<typeof SetLoveLanguagesInput>;

export const LoveLanguageProfile = z.object({
  partner: PartnerId,
  primary: LoveLanguageId.nullable(),
  secondary: LoveLanguageId.nullable(),
  givesPrimary: LoveLanguageId.nullable(),
  givesSecondary: LoveLanguageId.nullable(),
  updatedAt: z.string().nullable(),
});
export type LoveLanguageProfile = z.infer<typeof LoveLanguageProfile>;

export interface QuizPair {
  first: { text: string; language: LoveLanguageId };
  second: { text: string; language: LoveLanguageId };
}

/** Ten pairs, one for each two languages, so every language is offered four times. */
export const LOVE_LANGUAGE_QUIZ: readonly QuizPair[] = [
  { first: { text: 'A note saying why you are proud of me.', language: 'words' }, second: { text: 'You quietly sort out a job I was dreading.', language: 'acts' } },
  { first: { text: 'You tell me what you love about me.', language: 'words' }, second: { text: 'A little something you picked up because it made you think of me.', language: 'gifts' } },
  { first: { text: 'Hearing "you did really well today".', language: 'words' }, second: { text: 'An evening together with nothing else planned.', language: 'time' } },
  { first: { text: 'A kind message in the middle of my day.', language: 'words' }, second: { text: 'A long hug when I get home.', language: 'touch' } },
  { first: { text: 'You make breakfast so I can sleep in.', language: 'acts' }, second: { text: 'A surprise you chose with care.', language: 'gifts' } },
  { first: { text: 'You handle the errands on a busy week.', language: 'acts' }, second: { text: 'A walk where you are fully with me.', language: 'time' } },
  { first: { text: 'You fix the thing that has been annoying me.', language: 'acts' }, second: { text: 'You reach for my hand.', language: 'touch' } },
  { first: { text: 'A keepsake from a day we shared.', language: 'gifts' }, second: { text: 'An afternoon doing something we both enjoy.', language: 'time' } },
  { first: { text: 'Flowers, or a favourite snack, for no reason.', language: 'gifts' }, second: { text: 'Sitting close on the sofa.', language: 'touch' } },
  { first: { text: 'Talking late into the night, just us.', language: 'time' }, second: { text: 'A back rub after a long day.', language: 'touch' } },
];

export const QuizChoice = z.enum(['first', 'second']);
export type QuizChoice = z.infer<typeof QuizChoice>;

export interface QuizResult {
  scores: Record<LoveLanguageId, number>;
  /** Highest first; a tie keeps the order of LOVE_LANGUAGES so the result is stable. */
  ranked: LoveLanguageId[];
  primary: LoveLanguageId;
  secondary: LoveLanguageId;
  /** True when the top two scored the same: a hint to choose by feel. */
  tied: boolean;
}

/** Score the quiz: each chosen statement is one point for its language. Needs one answer per pair. */
export function scoreLoveLanguageQuiz(choices: readonly QuizChoice[]): QuizResult {
  if (choices.length !== LOVE_LANGUAGE_QUIZ.length) throw new Error(`The quiz has ${LOVE_LANGUAGE_QUIZ.length} pairs; got ${choices.length} answers.`);
  const scores = Object.fromEntries(LOVE_LANGUAGE_IDS.map((id) => [id, 0])) as Record<LoveLanguageId, number>;
  choices.forEach((choice, i) => {
    scores[LOVE_LANGUAGE_QUIZ[i]![choice].language] += 1;
  });
  const ranked = [...LOVE_LANGUAGE_IDS].sort((x, y) => scores[y] - scores[x] || LOVE_LANGUAGE_IDS.indexOf(x) - LOVE_LANGUAGE_IDS.indexOf(y));
  const [primary, secondary] = ranked as [LoveLanguageId, LoveLanguageId];
  return { scores, ranked, primary, secondary, tied: scores[primary] === scores[secondary] };
}

export const LogLoveActionInput = z
  .object({ by: PartnerId, for: PartnerId, language: LoveLanguageId, note: line(500).default(''), date: Day })
  .strict()
  .refine((v) => v.by !== v.for, { message: 'An action is something one partner does for the other.', path: ['for'] });

export const LoveAction = z.object({
  id: z.string(),
  by: PartnerId,
  for: PartnerId,
  language: LoveLanguageId,
  note: z.string(),
  date: z.string(),
  createdAt: z.string(),
});
export type LoveAction = z.infer<typeof LoveAction>;

export const DateRange = z
  .object({ from: Day.optional(), to: Day.optional() })
  .strict()
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: 'The end of a range comes on or after its start.', path: ['to'] })
  .default({});
export const LoveActionRef = z.object({ id: z.uuid() }).strict();

export const LoveLanguageCounts = z.object({ words: z.number(), acts: z.number(), gifts: z.number(), time: z.number(), touch: z.number() });

/** For each partner: what they received, by language, beside the languages they hear. */
export const LoveLanguageSummary = z.object({
  partner: PartnerId,
  primary: LoveLanguageId.nullable(),
  secondary: LoveLanguageId.nullable(),
  received: LoveLanguageCounts,
  total: z.number(),
  /** How many of those were in their primary or secondary language. */
  inTheirLanguages: z.number(),
  reading: z.string(),
});
export type LoveLanguageSummary = z.infer<typeof LoveLanguageSummary>;
