/** The two passphrase fields (keys/PassphraseFields.svelte, keys/passphrase.svelte.ts). */
const passphraseFields = {
  hint: 'A few unrelated words are easier to remember and harder to guess than a short password.',
  show: 'Show',
  hide: 'Hide',
  strength: 'Strength:',
  again: 'Type it once more',
  mismatch: "These two don't match yet.",
  tooShort: 'Use at least {{min}} characters — a few unrelated words work well.',
  tooWeak: 'This one would be easy for someone to guess. Try adding another word or two that only you would put together.',
};

export default passphraseFields;
