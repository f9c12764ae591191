import { ConflictAnswers, ForgivenessAnswers } from '../../shared/reflections';
import type { Db } from '../db/database';
import { indexEntry } from '../search/search-index';
import { checkBacksOf, readAnswers, type ReflectionRow } from './reflection-repository';
import { sidesOf } from './side-repository';

// Choices and dates that are not words a person wrote; searching "accept" should not find every aftermath.
const NOT_TEXT = new Set(['acceptance', 'decision', 'toward', 'commitmentOn']);

/** The words of a set of answers, for the search index: every text answer and every chosen feeling and need. */
export function wordsOf(answers: object): string[] {
  const words: string[] = [];
  for (const [key, value] of Object.entries(answers)) {
    if (NOT_TEXT.has(key)) continue;
    if (typeof value === 'string' && value) words.push(value);
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string') words.push(item.replaceAll('_', ' '));
        else if (item && typeof item === 'object' && 'feeling' in item) words.push(String(item.feeling));
      }
    }
  }
  return words;
}

/**
 * A reflection's entry in the search index: its title, and the words of its answers (both sides of an aftermath once
 * both are finished: until then each side is its writer's alone, and a search must not show it to the other; a
 * forgiveness reflection's check-back notes too). Every save of a side or of words calls this, and so does an import.
 */
export function indexReflection(db: Db, row: ReflectionRow): void {
  let words: string[];
  if (row.type === 'aftermath') {
    const sides = sidesOf(db, row.id);
    words = sides.a.done && sides.b.done ? [...wordsOf(sides.a.answers), ...wordsOf(sides.b.answers)] : [];
  } else if (row.type === 'forgiveness') {
    words = [...wordsOf(readAnswers(ForgivenessAnswers, row.answers)), ...checkBacksOf(db, row.id).map((c) => c.note)];
  } else {
    words = wordsOf(readAnswers(ConflictAnswers, row.answers));
  }
  indexEntry(db, 'reflection', row.id, row.title, words.filter(Boolean).join('\n'));
}
