/** Starting points offered on first use; each opens the editor with its title, nothing is saved until the couple saves. */
export const SUGGESTED_MILESTONES: readonly string[] = [
  'The day we first met',
  'Our first date',
  'Moving in together',
  'Getting engaged',
  'Getting married',
  'Our anniversary',
];
