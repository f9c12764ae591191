import type * as en from '@zxcvbn-ts/language-en';
import { LIMITS } from './text';

/**
 * The light half of the strength rule (strength.ts is the other): its types, its limits and the related words, without
 * zxcvbn's dictionaries (a few megabytes of script), so the renderer can load those only where a passphrase is chosen
 * (issue 20) and the core only when it checks a PDF's password.
 */

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

/** What makes a secret guessable, by zxcvbn's own id ("dates", "wordByItself"…): the renderer says it from its catalogue. */
export type StrengthWarning = keyof typeof en.translations.warnings;
/** What would make it harder to guess, by zxcvbn's own id ("anotherWord"…). */
export type StrengthSuggestion = keyof typeof en.translations.suggestions;

/**
 * How hard a secret is to guess, as numbers and ids and never as words: the renderer's passphrase fields say the score,
 * the warning and the suggestions in the language spoken (catalogue group `strength`), and the core needs none of them.
 */
export interface Strength {
  score: StrengthScore;
  /** What makes it guessable, if anything does. */
  warning: StrengthWarning | null;
  suggestions: StrengthSuggestion[];
}

/** Below this zxcvbn score a secret is refused: it would fall to a patient guesser. */
export const MIN_SCORE: StrengthScore = 2;
export const MIN_LENGTH = LIMITS.passphraseMin;

/**
 * The words a guesser would try first: the app's name and what the couple entered (their names, the vault's name).
 * Both sides build the list here, so the core measures with exactly the words the screen did.
 */
export function relatedWords(partnerNames: readonly string[], vaultName: string): string[] {
  return [...partnerNames, vaultName].filter(Boolean);
}

export type Weakness = 'too-short' | 'too-weak';

export interface Assessment {
  strength: Strength;
  /** Why it may not be used; null when it may. */
  weakness: Weakness | null;
}
