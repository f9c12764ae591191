import { z } from 'zod';
import { LoveLanguageCounts, LoveLanguageId } from './loveLanguages';
import { Day } from './basics';
import { Feeling, Need } from './feelings';
import { Barrier, Horseman } from './reflections';
import { EventKind } from './timeline';

export const InsightsInput = z
  .object({ from: Day.optional(), to: Day.optional() })
  .strict()
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: 'The end of a range comes on or after its start.', path: ['to'] })
  .default({});
export type InsightsInput = z.input<typeof InsightsInput>;

/** A month as "YYYY-MM". */
const Month = z.string();

export const RatingPoint = z.object({
  checkInId: z.string(),
  /** The local day the check-in was completed. */
  date: z.string(),
  /** Null when that partner chose no number (the rating is optional): a gap in the chart, never a 0. */
  a: z.number().nullable(),
  b: z.number().nullable(),
  /** How far apart the two ratings were; never who was higher. Null unless both rated. */
  gap: z.number().nullable(),
});

export const RatingsSeries = z.object({ points: z.array(RatingPoint), reading: z.string() });

export const RegularitySeries = z.object({
  /** `expected` is null for months before a cadence was chosen; the current month counts only slots already past. */
  months: z.array(z.object({ month: Month, completed: z.number(), expected: z.number().nullable() })),
  reading: z.string(),
});

/** What the two of you shared, together: never one partner's number beside the other's. */
export const AppreciationsSeries = z.object({
  months: z.array(z.object({ month: Month, total: z.number() })),
  reading: z.string(),
});

export const VALENCE_NAMES = ['veryHard', 'hard', 'neutral', 'good', 'veryGood'] as const;
export const ValenceCounts = z.object({ veryHard: z.number(), hard: z.number(), neutral: z.number(), good: z.number(), veryGood: z.number() });

export const TimelineSeries = z.object({
  months: z.array(z.object({ month: Month, total: z.number(), byKind: z.record(EventKind, z.number()), byValence: ValenceCounts })),
  reading: z.string(),
});

export const RepairPair = z.object({
  hardMomentId: z.string(),
  hardMomentTitle: z.string(),
  hardMomentDate: z.string(),
  repairId: z.string(),
  repairTitle: z.string(),
  repairDate: z.string(),
  days: z.number(),
});

/** Hard moments and their repairs (a timeline link, or a reflection resolved by the repair); each pairs with its earliest repair on or after it. */
export const RepairSeries = z.object({ pairs: z.array(RepairPair), medianDays: z.number().nullable(), reading: z.string() });

/** The loving acts the two of you logged, together, by language: never who did more for whom. */
export const LoveActionsSeries = z.object({
  languages: z.array(z.object({ language: LoveLanguageId, total: z.number() })),
  totals: LoveLanguageCounts,
  reading: z.string(),
});

export const Insights = z.object({
  ratings: RatingsSeries,
  regularity: RegularitySeries,
  appreciations: AppreciationsSeries,
  timeline: TimelineSeries,
  repair: RepairSeries,
  loveLanguages: LoveActionsSeries,
});
export type Insights = z.infer<typeof Insights>;

/** How many reflections named it: each reflection counts a word once, however often it was ticked there. */
const InReflections = z.number().int().min(1);

/**
 * The patterns noticed over a period, for the couple as the therapy export's first page shows them to a therapist:
 * the Four Horsemen and barriers ticked in conflict reflections, the feelings and needs named. Counted from conflict
 * reflections and from aftermaths both partners have finished (an unfinished side is never read). Most often first,
 * then by the word; always for the two of you together, never one partner's tally beside the other's.
 */
export const Patterns = z.object({
  /** How many reflections these were counted from. */
  reflections: z.number().int().min(0),
  horsemen: z.array(z.object({ horseman: Horseman, reflections: InReflections })),
  barriers: z.array(z.object({ barrier: Barrier, reflections: InReflections })),
  feelings: z.array(z.object({ feeling: Feeling, reflections: InReflections })),
  needs: z.array(z.object({ need: Need, reflections: InReflections })),
  reading: z.string(),
});
export type Patterns = z.infer<typeof Patterns>;
