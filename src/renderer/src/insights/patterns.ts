import type { Patterns } from '../../../shared/insights';
import { BARRIER_LABELS, HORSEMAN_ANTIDOTES, HORSEMAN_LABELS, type Antidote } from '../../../shared/reflections';

/**
 * The patterns you noticed, in words: what was noticed and in how many reflections, never a score, never who noticed
 * what. Each count is of reflections (a word ticked twice in one reflection counts once).
 */

/** How many feelings or needs show before "Show all". */
export const SHOWN = 6;

export function inReflections(n: number): string {
  return n === 1 ? 'in one reflection' : `in ${n} reflections`;
}

export interface HorsemanLine {
  key: string;
  /** "criticism", as a sentence says it. */
  name: string;
  /** "You noticed criticism in 2 reflections." */
  noticed: string;
  antidote: Antidote;
}

export function horsemanLines(patterns: Patterns): HorsemanLine[] {
  return patterns.horsemen.map(({ horseman, reflections }) => {
    const name = HORSEMAN_LABELS[horseman].split(' — ')[0]!.toLowerCase();
    return { key: horseman, name, noticed: `You noticed ${name} ${inReflections(reflections)}.`, antidote: HORSEMAN_ANTIDOTES[horseman] };
  });
}

export interface WordLine {
  key: string;
  word: string;
  count: string;
}

export function barrierLines(patterns: Patterns): WordLine[] {
  return patterns.barriers.map(({ barrier, reflections }) => ({ key: barrier, word: BARRIER_LABELS[barrier], count: inReflections(reflections) }));
}

export function feelingLines(patterns: Patterns): WordLine[] {
  return patterns.feelings.map(({ feeling, reflections }) => ({ key: feeling, word: feeling, count: inReflections(reflections) }));
}

export function needLines(patterns: Patterns): WordLine[] {
  return patterns.needs.map(({ need, reflections }) => ({ key: need, word: need, count: inReflections(reflections) }));
}

/** True when nothing at all was named in the range: the card shows its empty state. */
export function nothingNoticed(patterns: Patterns): boolean {
  return !patterns.horsemen.length && !patterns.barriers.length && !patterns.feelings.length && !patterns.needs.length;
}
