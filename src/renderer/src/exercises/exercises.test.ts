import { describe, expect, it } from 'vitest';
import { APPRECIATIONS_EACH, SPECIFICITY_NUDGES } from '../../../shared/appreciations';
import { JOURNAL_PROMPTS } from '../../../shared/journal';
import { LOVE_LANGUAGE_QUIZ, LOVE_LANGUAGES } from '../../../shared/loveLanguages';
import { appreciations, journalPrompts, loveLanguageInfo, loveLanguageQuiz } from '../../../shared/i18n/catalogues/exercises/en';

/**
 * The core keeps some of the exercises' words in English in src/shared (it prints them: journal prompts in search and
 * the export, love languages' names in readings and the therapy export); the renderer shows them by id from its
 * catalogues. English must say the same in both places.
 */
describe("the exercises' English, in src/shared and in the catalogue", () => {
  it("has every built-in journal prompt, by id, in the shared prompt's words", () => {
    expect(journalPrompts).toEqual(Object.fromEntries(JOURNAL_PROMPTS.map((p) => [p.id, p.text])));
  });

  it("has each love language's name (and in a sentence, as the core lower-cases it) and idea for a partner", () => {
    expect(loveLanguageInfo).toEqual(
      Object.fromEntries(
        LOVE_LANGUAGES.flatMap((l) => [
          [`${l.id}Name`, l.name],
          [`${l.id}InSentence`, l.name.toLocaleLowerCase()],
          [`${l.id}ForPartner`, l.forPartner],
        ]),
      ),
    );
  });

  it("has the quiz's ten pairs in order", () => {
    expect(loveLanguageQuiz).toEqual(
      Object.fromEntries(
        LOVE_LANGUAGE_QUIZ.flatMap((pair, i) => [
          [`pair${i + 1}First`, pair.first.text],
          [`pair${i + 1}Second`, pair.second.text],
        ]),
      ),
    );
  });

  it('has the nudges toward the specific, and says the aim of three each in words', () => {
    expect({ moment: appreciations.nudgeMoment, when: appreciations.nudgeWhen }).toEqual(SPECIFICITY_NUDGES);
    // "About three each", "Try for about three each": change these messages when the aim changes.
    expect(APPRECIATIONS_EACH).toBe(3);
    for (const message of [appreciations.aim, appreciations.ready, appreciations.startIntro]) expect(message).toContain('three');
  });
});
