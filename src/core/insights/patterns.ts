import type { z } from 'zod';
import type { PartnerId } from '../../shared/basics';
import type { Feeling, Need } from '../../shared/feelings';
import type { InsightsInput, Patterns } from '../../shared/insights';
import { BARRIER_LABELS, HORSEMAN_LABELS, type AftermathReflection, type Barrier, type Horseman, type Reflection } from '../../shared/reflections';
import { homeZone } from '../checkins/cadence';
import { localDate } from '../checkins/schedule';
import type { Db } from '../db/database';
import { bounds } from '../loveLanguages/love-language-service';
import { reflectionsBegunBetween } from '../reflections/reflection-repository';
import { TimeSlice } from '../time-slice';

/**
 * The patterns noticed in reflections: which of the Four Horsemen and which barriers were ticked, and the feelings and
 * needs named, each counted once per reflection. The one place they are counted: the Insights page reads them for a
 * period, the therapy export's first page for the entries going into the document. What counts is what the export
 * prints: a conflict reflection (one partner's own, in progress or not), and an aftermath's sides once both partners
 * have finished theirs, never a side still being written. A forgiveness reflection names none of these.
 */

type Range = z.output<typeof InsightsInput>;

const BOTH: readonly PartnerId[] = ['a', 'b'];

/** The sides of an aftermath that may be read: none until both partners have finished theirs, as in the app. */
export function sharedSides(reflection: AftermathReflection, partners: readonly PartnerId[] = BOTH): PartnerId[] {
  return reflection.bothDone ? [...partners] : [];
}

/** "criticism": a horseman's name, as a sentence says it. */
export function horsemanWord(horseman: Horseman): string {
  return HORSEMAN_LABELS[horseman].split(' — ')[0]!.toLowerCase();
}

/** "expectations that were hard to meet": a barrier, as a sentence says it. */
export function barrierWord(barrier: Barrier): string {
  return BARRIER_LABELS[barrier].toLowerCase();
}

/** What one reflection shows: its patterns and needs (a conflict reflection) and the feelings of every side shared. */
interface Named {
  horsemen: readonly Horseman[];
  barriers: readonly Barrier[];
  feelings: readonly Feeling[];
  needs: readonly Need[];
}

function namedIn(reflection: Reflection, partners: readonly PartnerId[]): Named | null {
  if (reflection.type === 'conflict') {
    const a = reflection.answers;
    return { horsemen: a.horsemen, barriers: a.barriers, feelings: a.feelings.map((f) => f.feeling), needs: a.needs };
  }
  if (reflection.type === 'aftermath') {
    const sides = sharedSides(reflection, partners);
    if (!sides.length) return null;
    return { horsemen: [], barriers: [], feelings: sides.flatMap((p) => reflection.sides[p].answers.feelings.map((f) => f.feeling)), needs: [] };
  }
  return null;
}

/** In how many reflections each word was named (once per reflection); most often first, then by the word as read. */
function tally<T extends string>(lists: readonly (readonly T[])[], say: (word: T) => string = (word) => word): { word: T; reflections: number }[] {
  const counts = new Map<T, number>();
  for (const list of lists) for (const word of new Set(list)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .sort((x, y) => y[1] - x[1] || say(x[0]).localeCompare(say(y[0])))
    .map(([word, reflections]) => ({ word, reflections }));
}

export type PatternCounts = Omit<Patterns, 'reading'>;

/** The patterns in these reflections, as `partners` may read them (the therapy export may hold one partner's only). */
export function countPatterns(reflections: readonly Reflection[], partners: readonly PartnerId[] = BOTH): PatternCounts {
  const named = reflections.flatMap((r) => namedIn(r, partners) ?? []);
  return {
    reflections: named.length,
    horsemen: tally(named.map((n) => n.horsemen), horsemanWord).map(({ word, reflections }) => ({ horseman: word, reflections })),
    barriers: tally(named.map((n) => n.barriers), barrierWord).map(({ word, reflections }) => ({ barrier: word, reflections })),
    feelings: tally(named.map((n) => n.feelings)).map(({ word, reflections }) => ({ feeling: word, reflections })),
    needs: tally(named.map((n) => n.needs)).map(({ word, reflections }) => ({ need: word, reflections })),
  };
}

/**
 * The patterns in the reflections begun in the range (the days the therapy export chooses its reflections by), read
 * whole through `read` so the reflections' own rules hold; `firstDay` is the local day the first one counted was begun.
 */
export async function patternsBetween(db: Db, read: (id: string) => Reflection, range: Range): Promise<{ counts: PatternCounts; firstDay: string | null }> {
  const [from, to] = bounds(range);
  const zone = homeZone(db);
  const rows = (['conflict', 'aftermath'] as const).flatMap((type) => reflectionsBegunBetween(db, type, from, to));
  const slice = new TimeSlice();
  const reflections: Reflection[] = [];
  for (const row of rows) {
    // A lock between slices makes the next read fail with VAULT_LOCKED, as any call does.
    reflections.push(read(row.id));
    await slice.pause();
  }
  const first = reflections.filter((r) => namedIn(r, BOTH) !== null).map((r) => r.createdAt).sort()[0];
  return { counts: countPatterns(reflections), firstDay: first ? localDate(Date.parse(first), zone) : null };
}
