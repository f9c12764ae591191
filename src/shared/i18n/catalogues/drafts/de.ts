import type en from './en';

/** Nicht gespeicherte Worte, noch einmal angeboten. */
const drafts: { [Key in keyof typeof en]: string } = {
  continue: 'Weiterschreiben',
  discard: 'Verwerfen',
  yesDiscard: 'Ja, verwerfen',
};

export default drafts;
