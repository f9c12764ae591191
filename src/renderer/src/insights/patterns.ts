import type { Patterns } from '../../../shared/insights';
import type { Barrier, Horseman } from '../../../shared/reflections';
import { t } from '../i18n/i18n.svelte';
import { formatNumber } from '../lib/locale';
import { feelingWord, needWord } from '../reflections/feelings';

/**
 * The patterns you noticed, in words: what was noticed and in how many reflections, never a score, never who noticed
 * what. Each count is of reflections (a word ticked twice in one reflection counts once). The words for the patterns,
 * their antidotes, the barriers, feelings and needs are the ones Reflections shows (catalogue group `reflectionSteps`).
 */

/** How many feelings or needs show before "Show all". */
export const SHOWN = 6;

/** "criticism" → "Criticism"; "fear_of_vulnerability" → "FearOfVulnerability": the id as a catalogue key's tail. */
const capital = (id: string) => id.replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase());
const horsemanName = (h: Horseman) => t(`insights.horseman${capital(h)}` as 'insights.horsemanCriticism');
const antidoteName = (h: Horseman) => t(`reflectionSteps.antidote${capital(h)}` as 'reflectionSteps.antidoteCriticism');
const antidoteHow = (h: Horseman) => t(`reflectionSteps.antidote${capital(h)}How` as 'reflectionSteps.antidoteCriticismHow');
const barrierWord = (b: Barrier) => t(`reflectionSteps.barrier${capital(b)}` as 'reflectionSteps.barrierExpectations');

/** "— in 3 reflections". */
export function inReflections(count: number): string {
  return count === 1 ? t('insights.countedInOnce') : t('insights.countedIn', { n: formatNumber(count) });
}

export interface HorsemanLine {
  key: string;
  /** "criticism", as a sentence says it. */
  name: string;
  /** "You noticed criticism in 2 reflections." */
  noticed: string;
  antidote: { name: string; how: string };
}

export function horsemanLines(patterns: Patterns): HorsemanLine[] {
  return patterns.horsemen.map(({ horseman, reflections }) => {
    const name = horsemanName(horseman);
    return {
      key: horseman,
      name,
      noticed: reflections === 1 ? t('insights.noticedOnce', { name }) : t('insights.noticed', { name, n: formatNumber(reflections) }),
      antidote: { name: antidoteName(horseman), how: antidoteHow(horseman) },
    };
  });
}

export interface WordLine {
  key: string;
  word: string;
  /** "— in 3 reflections". */
  count: string;
}

export function barrierLines(patterns: Patterns): WordLine[] {
  return patterns.barriers.map(({ barrier, reflections }) => ({
    key: barrier,
    word: barrierWord(barrier),
    count: inReflections(reflections),
  }));
}

export function feelingLines(patterns: Patterns): WordLine[] {
  return patterns.feelings.map(({ feeling, reflections }) => ({ key: feeling, word: feelingWord(feeling), count: inReflections(reflections) }));
}

export function needLines(patterns: Patterns): WordLine[] {
  return patterns.needs.map(({ need, reflections }) => ({ key: need, word: needWord(need), count: inReflections(reflections) }));
}

/** True when nothing at all was named in the range: the card shows its empty state. */
export function nothingNoticed(patterns: Patterns): boolean {
  return !patterns.horsemen.length && !patterns.barriers.length && !patterns.feelings.length && !patterns.needs.length;
}
