/** The contract's `appreciations` area: "I appreciate you because…" sessions. */
import { z } from 'zod';
import { PartnerId } from './basics';
import { requiredLine } from './text';

/** Three each is the guide's aim; it encourages, it never blocks finishing. */
export const APPRECIATIONS_EACH = 3;

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
  const found = specificityNudge(text);
  if (found === 'empty') return { specific: false, nudge: null };
  return found === null ? { specific: true, nudge: null } : { specific: false, nudge: SPECIFICITY_NUDGES[found] };
}

/** The nudges in English, by id; the renderer shows them by id from its catalogues (`appreciations.nudge…`). */
export const SPECIFICITY_NUDGES = {
  moment: 'Lovely. Can you add a moment when you noticed it? A small example is easier to hold on to.',
  when: 'If a particular time comes to mind, add it: "when you…" makes it land.',
} as const;
export type SpecificityNudge = keyof typeof SPECIFICITY_NUDGES;

/** Which nudge `specificityHint` gives, by id: null when the text is already specific, 'empty' when nothing is typed. */
export function specificityNudge(text: string): SpecificityNudge | 'empty' | null {
  const clean = text.normalize('NFC').trim().replace(/^i appreciate you because\s*/i, '');
  if (clean.length === 0) return 'empty';
  const words = clean.split(/\s+/).filter(Boolean);
  if (GENERIC.test(clean) || words.length < 4) return 'moment';
  if (words.length < 8 && !MOMENT.test(clean)) return 'when';
  return null;
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
  /**
   * A turn order, never shown as a tally: turns alternate from whoever went first (after a removal, whoever has
   * shared fewer goes next).
   */
  nextTurn: PartnerId,
  /** The check-in it opened, when it opened one. */
  checkInId: z.string().nullable(),
  appreciations: z.array(Appreciation),
  /**
   * True once each partner has shared at least three; finishing works either way. The round carries no count per
   * partner: what the couple sees never sets one partner's number beside the other's.
   */
  readyToFinish: z.boolean(),
});
export type AppreciationSession = z.infer<typeof AppreciationSession>;

export const AppreciationSessionSummary = z.object({
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** How many the two of you shared in the round, together. */
  shared: z.number(),
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
