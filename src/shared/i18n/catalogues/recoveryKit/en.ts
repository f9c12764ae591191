/** The recovery code, shown once, and the check that it was written down (keys/RecoveryKit.svelte). */
const recoveryKit = {
  title: 'Your recovery code',
  continue: 'Continue',
  /** Only on paper: the printed kit's first line. */
  printed: 'Hearth recovery kit for “{{vault}}”, made {{date}}.',
  what: 'This code opens your vault if you both forget your passphrases.',
  keepSafe:
    'Anyone holding it can read everything in Hearth. Write it on paper or print it, and keep it somewhere safe at home — not in a photo, an email or a note on this computer.',
  onlyOnce: 'Hearth shows it only this once.',
  groups: 'Recovery code, group by group',
  group: 'Group {{n}}',
  print: 'Print',
  printNote:
    'Print it on paper, or copy it by hand. If the print window offers to save a PDF instead, that file opens everything in Hearth to whoever finds it: keep it off this computer.',
  written: "I've written it down",
  checkTitle: 'Check your copy',
  checkWhat: 'From the paper you wrote or printed, type group {{a}} and group {{b}}.',
  notGroup: "That's not group {{n}}.",
  match: 'Both groups match.',
  /** `done` is the finishing button's own words ("Continue", "Done"). */
  waiting: '“{{done}}” becomes available once both groups match.',
  showAgain: 'Show the code again',
};

export default recoveryKit;
