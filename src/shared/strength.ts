import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { LIMITS } from './text';

/**
 * How hard a passphrase or password is to guess, and the one rule Hearth holds every secret to: the renderer's
 * meter and the core's refusal (a protected PDF's password) both call this, so they never disagree. Pure: no DOM,
 * no Node. The dictionaries are a few megabytes of script, so the core loads this module only when it needs it.
 */

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface Strength {
  score: StrengthScore;
  /** The score in words; never only a colour. */
  label: string;
  /** One kind sentence about what makes it guessable, if anything does. */
  warning: string | null;
  suggestions: string[];
}

/** Below this zxcvbn score a secret is refused: it would fall to a patient guesser. */
export const MIN_SCORE: StrengthScore = 2;
export const MIN_LENGTH = LIMITS.passphraseMin;

const LABELS: Record<StrengthScore, string> = {
  0: 'Very easy to guess',
  1: 'Easy to guess',
  2: 'Fair',
  3: 'Strong',
  4: 'Very strong',
};

let factory: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return factory;
}

/**
 * The words a guesser would try first: the app's name and what the couple entered (their names, the vault's name).
 * Both sides build the list here, so the core measures with exactly the words the screen did.
 */
export function relatedWords(partnerNames: readonly string[], vaultName: string): string[] {
  return [...partnerNames, vaultName].filter(Boolean);
}

/** How hard a secret is to guess, in words; `related` are words a guesser would try first (see relatedWords). */
export function measure(secret: string, related: readonly string[] = []): Strength {
  // zxcvbn's cost grows with length; past 100 characters the score no longer changes.
  const result = zxcvbn().check(secret.slice(0, 100), ['hearth', ...related.filter(Boolean)]);
  const score = result.score as StrengthScore;
  return {
    score,
    label: LABELS[score],
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
  };
}

export type Weakness = 'too-short' | 'too-weak';

export interface Assessment {
  strength: Strength;
  /** Why it may not be used; null when it may. */
  weakness: Weakness | null;
}

/**
 * The rule: at least MIN_LENGTH characters, and a score of at least MIN_SCORE against zxcvbn's dictionaries and the
 * related words. The meter's strength comes with it, so a screen measures once per keystroke.
 */
export function assess(secret: string, related: readonly string[] = []): Assessment {
  const strength = measure(secret, related);
  const weakness = secret.length < MIN_LENGTH ? 'too-short' : strength.score < MIN_SCORE ? 'too-weak' : null;
  return { strength, weakness };
}
