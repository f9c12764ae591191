import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { LIMITS } from '../../../shared/text';

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface Strength {
  score: StrengthScore;
  /** The score in words; never only a colour. */
  label: string;
  /** One kind sentence about what makes it guessable, if anything does. */
  warning: string | null;
  suggestions: string[];
}

/** Below this zxcvbn score a passphrase is refused: it would fall to a patient guesser. */
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

/** How hard a passphrase is to guess, in words; `related` are names a guesser would try first. */
export function measure(passphrase: string, related: readonly string[] = []): Strength {
  // zxcvbn's cost grows with length; past 100 characters the score no longer changes.
  const result = zxcvbn().check(passphrase.slice(0, 100), ['hearth', ...related.filter(Boolean)]);
  const score = result.score as StrengthScore;
  return {
    score,
    label: LABELS[score],
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
  };
}
