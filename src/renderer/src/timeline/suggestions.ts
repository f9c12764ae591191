/**
 * Starting points offered on first use; each opens the editor with its title, nothing is saved until the couple saves.
 * They assume no marriage, gender or household: each is a moment many couples have, in words any couple could use.
 */
export const SUGGESTED_MILESTONES: readonly string[] = [
  'The day we first met',
  'Our first date',
  'Meeting each other’s families',
  'Moving in together',
  'A commitment we made',
  'Our anniversary',
];
