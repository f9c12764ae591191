/** Settings › Security (keys/Security.svelte, keys/security.svelte.ts): passphrases and the recovery code. */
const security = {
  title: 'Security',
  intro: 'Who can open {{vault}}, and how to get back in if a passphrase is forgotten.',
  makeNewCode: 'Make a new recovery code',
  newCodeTitle: 'Your new recovery code',
  done: 'Done',
  passphrases: 'Passphrases',
  loading: 'Loading…',
  /** A passphrase with no label of its own is named after its partner. */
  slotOf: "{{name}}'s passphrase",
  slotUnnamed: 'The passphrase',
  metaAdded: 'Added {{date}}',
  metaChanged: '{{added}} · changed {{date}}',
  metaFor: 'For {{name}} · {{added}}',
  change: 'Change',
  /** `title` is the passphrase's name ("Sam's passphrase"). */
  changeSlot: 'Change {{title}}',
  remove: 'Remove',
  removeSlot: 'Remove {{title}}',
  addOwn: "Add {{name}}'s own passphrase",
  currentPassphrase: 'Current passphrase',
  confirmIdentity: 'Your current passphrase, to confirm it is you',
  newPassphrase: 'New passphrase',
  partnerNew: "{{name}}'s new passphrase",
  lockOut: 'Also lock out old copies',
  lockOutOn:
    'Hearth gives the vault a new key, so the old passphrase opens nothing, not even a copy of the passphrase files kept in a backup or by someone else. That makes a new recovery code too, which you write down next.',
  lockOutOff:
    'Only this passphrase changes. Anyone who has a copy of the passphrase files from before can still open the vault with the old passphrase, and the recovery code stays the same.',
  changeSubmit: 'Change passphrase',
  addSubmit: 'Add passphrase',
  cancel: 'Cancel',
  recoveryTitle: 'Recovery code',
  recoveryWhat:
    'The recovery code opens the vault if you both forget your passphrases. If yours is lost, or someone else may have seen it, make a new one.',
  removeTitle: 'Remove {{title}}?',
  regenerateTitle: 'Make a new recovery code?',
  removeWhat:
    'This passphrase will no longer open the vault, not even a copy of it made before today: Hearth gives the vault a new key. Because whoever used this passphrase may also know the recovery code, that changes too: you will see the new code once, to write down. Nothing you have written is changed.',
  removeBackups:
    'Backups Hearth keeps follow the new key. A copy you made to a folder yourself still opens with the passphrases and the recovery code it was made with.',
  regenerateWhat: 'Your current recovery code will stop working straight away. You will see the new one once, to write down.',
  yourCurrent: 'Your current passphrase',
  removeIt: 'Remove it',
  makeCode: 'Make a new code',
  rekeyProgress: 'New key progress',
  rekeyStarting: 'Getting ready…',
  rekeyNote: 'Hearth waits for this before anything else; for a large vault it takes a few seconds.',
  typeCurrent: 'Type your current passphrase first.',
  changed: '{{title}} was changed. Use the new one from now on.',
  changedNewKey:
    'The vault has a new key, so the old passphrase opens no copy of it any more. That also makes a new recovery code, because the code is the key written down: the old one no longer works.',
  added: '{{name}} now has a passphrase of their own.',
  removed:
    '{{title}} was removed, and the vault has a new key, so it opens no copy either. Whoever used it may also know the old recovery code, so that one no longer works: here is the new one.',
  codeInPlace: 'Your new recovery code is in place. The old one no longer opens the vault.',
  /** `backups` names the backups that kept the old key: one of them here, more below. */
  staleOneBackup:
    'Your new recovery code is in place. The old one no longer opens the vault. One backup could not be given the new key ({{backups}}): it still opens only with the old passphrases and the old code. Settings › Backups can make a fresh one.',
  /** For two or more (`_one` is there for the languages whose "one" form also counts 21, 31…). */
  staleBackups_one:
    'Your new recovery code is in place. The old one no longer opens the vault. {{count}} backup could not be given the new key ({{backups}}): it still opens only with the old passphrases and the old code. Settings › Backups can make a fresh one.',
  staleBackups_other:
    'Your new recovery code is in place. The old one no longer opens the vault. {{count}} backups could not be given the new key ({{backups}}): they still open only with the old passphrases and the old code. Settings › Backups can make a fresh one.',
  wrongPassphrase: "That isn't a passphrase that opens this vault. Check it and try again.",
  lastSlot: "This is the only passphrase that opens the vault, so it can't be removed. Add another one first.",
};

export default security;
