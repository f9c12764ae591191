import { z } from 'zod';
import { PartnerId } from './domain';
import { line, requiredLine } from './text';
import { Author, Body, Day } from './timeline';

// ───────────────────────── "I appreciate you because…" ─────────────────────────

/** Three each is the guide's aim; it encourages, it never blocks finishing. */
export const APPRECIATIONS_EACH = 3;

export const APPRECIATION_GUIDANCE =
  'Saying out loud what you value in each other makes it easier to see on ordinary days. Small and specific beats big and general.';

export const AppreciationText = requiredLine(1000);
export const AppreciationSessionId = z.uuid();

export const AddAppreciationInput = z.object({ sessionId: AppreciationSessionId, from: PartnerId, text: AppreciationText }).strict();
export const AppreciationSessionRef = z.object({ sessionId: AppreciationSessionId }).strict();
/** Who takes the first turn; the session then suggests whose turn is next. */
export const StartSessionInput = z.object({ firstTurn: PartnerId }).strict();
export const AppreciationRef = z.object({ id: z.uuid() }).strict();
export const ReceivedInput = z.object({ partner: PartnerId }).strict();

export const SpecificityHint = z.object({
  specific: z.boolean(),
  /** A gentle nudge, or null when the appreciation already says something particular. */
  nudge: z.string().nullable(),
});
export type SpecificityHint = z.infer<typeof SpecificityHint>;

// Praise that could be said of anyone; the nudge asks for the moment behind it, never rejects it.
const GENERIC =
  /^(you('| a)?re|ur|you|being|for being)?\s*(so |really |very |just |always |the )*(nice|great|good|amazing|awesome|best|kind|sweet|lovely|wonderful|cute|perfect|fun|funny|cool|beautiful|handsome|special|you|here|my person|everything)\s*[.!]*$/i;
const MOMENT =
  /\b(when|yesterday|today|tonight|last|this (morning|week|evening)|every|always|the way|how you|after|before|remember|made me|helped|for me)\b/i;

/**
 * Nudges toward the specific: very short or generic praise ("you're nice") gets a kind suggestion to
 * name a moment. It is a hint for the form, not a judgment stored anywhere.
 */
export function specificityHint(text: string): SpecificityHint {
  const clean = text.normalize('NFC').trim().replace(/^i appreciate you because\s*/i, '');
  if (clean.length === 0) return { specific: false, nudge: null };
  const words = clean.split(/\s+/).filter(Boolean);
  if (GENERIC.test(clean) || words.length < 4) {
    return { specific: false, nudge: 'Lovely. Can you add a moment when you noticed it? A small example is easier to hold on to.' };
  }
  if (words.length < 8 && !MOMENT.test(clean)) {
    return { specific: false, nudge: 'If a particular time comes to mind, add it: "when you…" makes it land.' };
  }
  return { specific: true, nudge: null };
}

export const Appreciation = z.object({
  id: z.string(),
  sessionId: z.string(),
  from: PartnerId,
  text: z.string(),
  createdAt: z.string(),
  hint: SpecificityHint,
});
export type Appreciation = z.infer<typeof Appreciation>;

export const AppreciationSession = z.object({
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  firstTurn: PartnerId,
  /** Whoever has shared fewer; on a level count, whoever went first. */
  nextTurn: PartnerId,
  /** The check-in it opened, when it opened one. */
  checkInId: z.string().nullable(),
  appreciations: z.array(Appreciation),
  counts: z.object({ a: z.number(), b: z.number() }),
  /** True once each partner has shared at least three; finishing works either way. */
  readyToFinish: z.boolean(),
});
export type AppreciationSession = z.infer<typeof AppreciationSession>;

export const AppreciationSessionSummary = z.object({
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  counts: z.object({ a: z.number(), b: z.number() }),
});

export const SessionsInput = z
  .object({
    after: z.object({ startedAt: z.string().max(40), id: z.string().max(64) }).strict().nullable().default(null),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict()
  .default({ after: null, limit: 50 });

export const SessionsPage = z.object({
  items: z.array(AppreciationSessionSummary),
  next: z.object({ startedAt: z.string(), id: z.string() }).nullable(),
});

// ───────────────────────── Shared journal ─────────────────────────

export interface JournalPromptText {
  id: string;
  text: string;
  theme: 'together' | 'dreams' | 'memories' | 'everyday' | 'fears';
}

/** Hearth's own prompts in the guide's spirit. Ids are stable: entries point at them. */
export const JOURNAL_PROMPTS: readonly JournalPromptText[] = [
  { id: 'fear-together', theme: 'fears', text: 'What is one fear you would like us to face together?' },
  { id: 'shared-dream', theme: 'dreams', text: 'What is a dream for our future that we share?' },
  { id: 'first-noticed', theme: 'memories', text: 'What is the first thing you remember noticing about me?' },
  { id: 'felt-safe', theme: 'together', text: 'When did you last feel completely safe with me?' },
  { id: 'small-kindness', theme: 'everyday', text: 'What small kindness from me meant more than I probably know?' },
  { id: 'year-from-now', theme: 'dreams', text: 'Where would you love us to be a year from now?' },
  { id: 'hard-to-say', theme: 'fears', text: 'What is something you find hard to say out loud, even to me?' },
  { id: 'laughed-most', theme: 'memories', text: 'When did we laugh the hardest together?' },
  { id: 'recharge', theme: 'everyday', text: 'What helps you recharge, and how can I make room for it?' },
  { id: 'proud-of-us', theme: 'together', text: 'What is something about us that you are proud of?' },
  { id: 'growing-up', theme: 'memories', text: 'What from the home you grew up in do you want to keep, and what to leave behind?' },
  { id: 'adventure', theme: 'dreams', text: 'What is an adventure you would like us to have, big or small?' },
  { id: 'worry-lately', theme: 'fears', text: 'What has been weighing on you lately that I might not see?' },
  { id: 'feel-loved', theme: 'together', text: 'What makes you feel most loved by me?' },
  { id: 'ordinary-day', theme: 'everyday', text: 'Describe a perfectly ordinary day with me that you would happily repeat.' },
  { id: 'hard-time', theme: 'memories', text: 'What is a hard time we came through, and what got us through it?' },
  { id: 'home-feels', theme: 'dreams', text: 'What should our home feel like when you walk in?' },
  { id: 'change-mind', theme: 'together', text: 'What is something I helped you see differently?' },
  { id: 'old-wound', theme: 'fears', text: 'Is there an old hurt, from before us, that still shows up between us?' },
  { id: 'thank-you', theme: 'everyday', text: 'What would you like to thank me for that you have not said yet?' },
  { id: 'favourite-photo', theme: 'memories', text: 'Which picture of us would you save first, and why?' },
  { id: 'learn-together', theme: 'dreams', text: 'What would you like us to learn together?' },
  { id: 'need-more', theme: 'together', text: 'What do you need a little more of from me, and a little less?' },
  { id: 'today-noticed', theme: 'everyday', text: 'What did you notice today that you wanted to tell me about?' },
];

export const JOURNAL_GUIDANCE =
  'Writing gives a thought time to settle before it is shared. Answer the prompt of the week together, or leave a short note from your day.';

export const PromptId = z.string().min(1).max(64);
export const AddPromptInput = z.object({ text: requiredLine(300), by: Author }).strict();

export const JournalPrompt = z.object({
  id: z.string(),
  text: z.string(),
  builtIn: z.boolean(),
  addedBy: Author.nullable(),
  answeredCount: z.number(),
});
export type JournalPrompt = z.infer<typeof JournalPrompt>;

export const PromptOfTheWeekInput = z.object({ today: Day }).strict();
export const PromptOfTheWeek = z.object({
  /** The ISO week, e.g. "2026-W48". */
  week: z.string(),
  prompt: JournalPrompt,
  /** True when an entry this week already answers it. */
  answeredThisWeek: z.boolean(),
});

const JournalBody = Body.refine((s) => s.trim().length > 0, 'Write a few words first.');

export const WriteJournalInput = z
  .object({ author: Author, promptId: PromptId.nullable().default(null), body: JournalBody, date: Day })
  .strict();
export type WriteJournalInput = z.input<typeof WriteJournalInput>;

export const UpdateJournalInput = WriteJournalInput.extend({ id: z.uuid(), expectedVersion: z.number().int().min(1) }).strict();
export const JournalRef = z.object({ id: z.uuid() }).strict();

export const JournalEntry = z.object({
  id: z.string(),
  author: Author,
  promptId: z.string().nullable(),
  /** The prompt's text at read time, or null for a daily reflection. */
  promptText: z.string().nullable(),
  body: z.string(),
  date: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const JournalCursor = z.object({ date: Day, id: z.string().max(64) }).strict();
export const ListJournalInput = z
  .object({
    after: JournalCursor.nullable().default(null),
    limit: z.number().int().min(1).max(200).default(50),
    from: Day.optional(),
    to: Day.optional(),
  })
  .strict()
  .default({ after: null, limit: 50 });
export const JournalPage = z.object({ items: z.array(JournalEntry), next: JournalCursor.nullable() });
export type JournalPage = z.infer<typeof JournalPage>;

// ───────────────────────── Love languages ─────────────────────────

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

export const LOVE_LANGUAGES_GUIDANCE =
  'People hear love in different ways. Knowing how your partner hears it lets your care reach them, not just leave you.';

export const SetLoveLanguagesInput = z
  .object({ partner: PartnerId, primary: LoveLanguageId, secondary: LoveLanguageId.nullable().default(null) })
  .strict()
  .refine((v) => v.primary !== v.secondary, { message: 'Choose a different second language, or none.', path: ['secondary'] });

export const LoveLanguageProfile = z.object({
  partner: PartnerId,
  primary: LoveLanguageId.nullable(),
  secondary: LoveLanguageId.nullable(),
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

// ───────────────────────── The eight practices ─────────────────────────

export type PracticeTool = 'checkins' | 'appreciations' | 'journal' | 'loveLanguages' | 'timeline' | 'reflections';

export interface Practice {
  id: string;
  title: string;
  why: string;
  tryThis: readonly string[];
  /** Where in Hearth it is practised. */
  tool: PracticeTool;
}

/** The guide's eight practices, in Hearth's words; the renderer shows them and the export may quote them. */
export const PRACTICES: readonly Practice[] = [
  {
    id: 'listening',
    title: 'Listen to understand',
    why: 'Feeling heard is often what a person needs most, before any advice.',
    tryThis: ['Put the phone away and look up.', 'Ask "can you tell me more?"', 'Say back what you heard, then check you got it right.', 'Acknowledge the feeling, even when you see it differently.'],
    tool: 'checkins',
  },
  {
    id: 'vulnerability',
    title: 'Let yourself be known',
    why: 'Sharing a worry or a hope invites your partner to share theirs.',
    tryThis: ['Start small: a worry from today, a hope for next month.', 'Say what you really feel, not what sounds right.', 'Pick a calm, private moment.'],
    tool: 'journal',
  },
  {
    id: 'appreciation',
    title: 'Say thank you, specifically',
    why: 'Being appreciated for something particular helps a person feel they matter.',
    tryThis: ['Thank them for one concrete thing today.', 'Name a quality you admire, and when you saw it.', 'Leave a short note where they will find it.'],
    tool: 'appreciations',
  },
  {
    id: 'quality-time',
    title: 'Make time that is only yours',
    why: 'Attention, not hours, is what makes time together feel close.',
    tryThis: ['Plan one phone-free hour this week.', 'Try something new together.', 'Sit together in easy silence.'],
    tool: 'timeline',
  },
  {
    id: 'needs',
    title: 'Ask for what you need',
    why: 'No one can read minds; a clear, kind request gives your partner a way to help.',
    tryThis: ['Start with "I feel… when…".', 'Ask for one specific, doable thing.', 'Talk about the action, not the person.', 'Look for the middle together.'],
    tool: 'reflections',
  },
  {
    id: 'trust',
    title: 'Be someone to count on',
    why: 'Trust grows from small promises kept, again and again.',
    tryThis: ['Do what you said you would, or say early that you cannot.', 'Be honest, gently, even when it is hard.', 'Keep what is shared with you private.', 'Own a mistake and say sorry plainly.'],
    tool: 'checkins',
  },
  {
    id: 'forgiveness',
    title: 'Make room for forgiveness',
    why: 'Forgiving is letting go of resentment; it is not excusing the hurt or forgetting it.',
    tryThis: ['Name the hurt honestly first.', 'Take your time; forgiveness is not a deadline.', 'If you are stuck, a therapist or counsellor can help.'],
    tool: 'reflections',
  },
  {
    id: 'empathy',
    title: 'Feel with each other, every day',
    why: 'Small moments of "I see you" add up to feeling understood.',
    tryThis: ['Notice stress and say so: "that sounds like a lot."', 'Celebrate good news out loud.', 'Meet a mistake with "it happens to all of us".'],
    tool: 'loveLanguages',
  },
];
