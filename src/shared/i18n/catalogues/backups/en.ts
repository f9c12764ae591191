/** Settings › Backups (backups/). */
const backups = {
  title: 'Backups',
  intro:
    "Hearth keeps encrypted copies of {{vault}} in the vault's own backups folder: one on each day you open it, and one before every update or restore. Every copy is checked after it is written.",
  workingBackup: 'Making a backup and checking it…',
  workingFolder: 'Copying the vault to the folder you chose and checking the copy…',
  workingRestore: 'Keeping a safety copy of the vault as it is now, then restoring the backup…',
  restoreProgress: 'Restore progress',
  restoreNote: 'You can cancel until the backup is being put in place.',
  restoreFinal: 'This step cannot be cancelled; it takes a moment.',
  backupProgress: 'Backup progress',
  backupNote: 'This can take a few seconds; you can keep using Hearth.',
  inFolder: "In the vault's backups folder",
  backUpNow: 'Back up now',
  loading: 'Loading…',
  none: 'No backups yet. The first one is made the next time you open the vault, or now with “Back up now”.',
  list: 'Backups',
  /** `kind` is why it was made, `size` how large it is, `checked` when it was checked. */
  summary: '{{kind}} · {{size}} · {{checked}}',
  restoreFrom: 'Restore the backup from {{when}}…',
  restore: 'Restore…',
  elsewhere: 'A copy somewhere else',
  elsewhereWhy:
    'In case this computer is lost or breaks, save a complete copy of the vault in another folder, such as a USB stick. The copy opens with the same passphrases and the same recovery code as now, with “Open a vault from a folder”.',
  elsewhereKeep:
    'Keep your paper recovery code in a different place from the copy: whoever has both could open it. If you change a passphrase later, the copy still opens with the old one.',
  toFolder: 'Back up to a folder…',
  folderSaved: 'The copy is saved and checked, in this folder:',
  confirmTitle: 'Restore the backup from {{when}}?',
  confirmThen: 'The vault will go back to how it was then. Anything written after that will not be in the restored vault.',
  confirmSafe:
    'Nothing is lost: before restoring, Hearth keeps a copy of the vault exactly as it is now. It will be listed here as “Before a restore”, and you can restore that one to undo this.',
  keep: 'Keep the vault as it is',
  confirm: 'Restore this backup',
  kindDaily: 'Daily',
  kindPreMigration: 'Before an update',
  kindPreRestore: 'Before a restore',
  kindPreImport: 'Before an import',
  kindManual: 'Made by you',
  checked: 'checked {{when}}',
  notChecked: 'not checked yet',
  made: "A new backup is in the vault's backups folder ({{size}}), checked and ready.",
  restored: 'The vault is back to how it was on {{when}}. How it was just before is kept as the backup “{{kind}}” from {{before}}.',
};

export default backups;
