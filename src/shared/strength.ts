import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { MIN_LENGTH, MIN_SCORE, type Assessment, type Strength, type StrengthScore, type StrengthSuggestion, type StrengthWarning } from './strength-rule';

export * from './strength-rule';

/**
 * How hard a passphrase or password is to guess, and the one rule Hearth holds every secret to: the renderer's
 * meter and the core's refusal (a protected PDF's password) both call this, so they never disagree. Pure: no DOM,
 * no Node. The dictionaries are a few megabytes of script, so the core loads this module only when it needs it.
 */

/** Each of zxcvbn's messages answered by its own id, so feedback comes back as ids and no English sentence. */
function ids<T extends Record<string, string>>(messages: T): { [K in keyof T]: K } {
  return Object.fromEntries(Object.keys(messages).map((key) => [key, key])) as { [K in keyof T]: K };
}

let factory: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: { ...en.translations, warnings: ids(en.translations.warnings), suggestions: ids(en.translations.suggestions) },
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return factory;
}

/** How hard a secret is to guess; `related` are words a guesser would try first (see relatedWords). */
export function measure(secret: string, related: readonly string[] = []): Strength {
  // zxcvbn's cost grows with length; past 100 characters the score no longer changes.
  const result = zxcvbn().check(secret.slice(0, 100), ['hearth', ...related.filter(Boolean)]);
  const score = result.score as StrengthScore;
  return {
    score,
    warning: (result.feedback.warning || null) as StrengthWarning | null,
    suggestions: result.feedback.suggestions as StrengthSuggestion[],
  };
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
