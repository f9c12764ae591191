/**
 * The passphrase strength words (src/shared/strength.ts gives the score and zxcvbn's ids; keys/PassphraseFields.svelte
 * says them). The warnings and suggestions are zxcvbn's own English (@zxcvbn-ts/language-en), by its ids: `warning` or
 * `suggestion` and the id with a capital.
 */
const strength = {
  score0: 'Very easy to guess',
  score1: 'Easy to guess',
  score2: 'Fair',
  score3: 'Strong',
  score4: 'Very strong',
  warningStraightRow: 'Straight rows of keys on your keyboard are easy to guess.',
  warningKeyPattern: 'Short keyboard patterns are easy to guess.',
  warningSimpleRepeat: 'Repeated characters like "aaa" are easy to guess.',
  warningExtendedRepeat: 'Repeated character patterns like "abcabcabc" are easy to guess.',
  warningSequences: 'Common character sequences like "abc" are easy to guess.',
  warningRecentYears: 'Recent years are easy to guess.',
  warningDates: 'Dates are easy to guess.',
  warningTopTen: 'This is a heavily used password.',
  warningTopHundred: 'This is a frequently used password.',
  warningCommon: 'This is a commonly used password.',
  warningSimilarToCommon: 'This is similar to a commonly used password.',
  warningWordByItself: 'Single words are easy to guess.',
  warningNamesByThemselves: 'Single names or surnames are easy to guess.',
  warningCommonNames: 'Common names and surnames are easy to guess.',
  warningUserInputs: 'There should not be any personal or page related data.',
  warningPwned: 'Your password was exposed by a data breach on the Internet.',
  suggestionL33t: "Avoid predictable letter substitutions like '@' for 'a'.",
  suggestionReverseWords: 'Avoid reversed spellings of common words.',
  suggestionAllUppercase: 'Capitalize some, but not all letters.',
  suggestionCapitalization: 'Capitalize more than the first letter.',
  suggestionDates: 'Avoid dates and years that are associated with you.',
  suggestionRecentYears: 'Avoid recent years.',
  suggestionAssociatedYears: 'Avoid years that are associated with you.',
  suggestionSequences: 'Avoid common character sequences.',
  suggestionRepeated: 'Avoid repeated words and characters.',
  suggestionLongerKeyboardPattern: 'Use longer keyboard patterns and change typing direction multiple times.',
  suggestionAnotherWord: 'Add more words that are less common.',
  suggestionUseWords: 'Use multiple words, but avoid common phrases.',
  suggestionNoNeed: 'You can create strong passwords without using symbols, numbers, or uppercase letters.',
  suggestionPwned: 'If you use this password elsewhere, you should change it.',
};

export default strength;
