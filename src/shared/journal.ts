/** The contract's `journal` area: the shared journal and its prompts. */
import { z } from 'zod';
import { requiredLine } from './text';
import { Author, Body, Day } from './basics';

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
