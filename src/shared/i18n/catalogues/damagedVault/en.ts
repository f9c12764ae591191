/**
 * The damaged-vault screen (vaults/DamagedVault.svelte), one title, one "what happened" and its steps for each kind
 * of damage (vaults/damage.ts): `tooNew`, `diskFull`, `missingFolder`, `unreadable`, `keyFiles`, `vaultFile`, `database`.
 */
const damagedVault = {
  folder: "The vault's folder",
  whatYouCanDo: 'What you can do',
  useRecovery: 'Use the recovery code',
  tryAgain: 'Try again',
  trying: 'Trying…',
  back: 'Back to “Open your vault”',
  neverChanges: "Hearth never changes or replaces a vault's files on its own when something is wrong with them.",
  tooNewTitle: 'This vault needs a newer Hearth',
  tooNewWhat: 'It was last opened by a newer version of Hearth than the one on this computer. Nothing in it was changed.',
  tooNewStep1: 'Update Hearth on this computer to the newest version.',
  tooNewStep2: 'Open Hearth again and unlock the vault as usual.',
  diskFullTitle: 'The disk is full',
  diskFullWhat: 'Hearth needs a little free space on the disk that holds the vault before it can open it. Nothing was lost.',
  diskFullStep1: 'Free some space on that disk: empty the bin, or move large files such as videos somewhere else.',
  diskFullStep2: 'Then try again.',
  missingFolderTitle: "Hearth can't find the vault's folder",
  missingFolderWhat: 'Its folder is not where it was. Nothing was changed.',
  missingFolderStep1: 'If the vault is on a USB stick or another drive, plug it in, wait a moment, then try again.',
  missingFolderStep2:
    'If you moved the folder, go back, forget the vault here (its files are not deleted) and open it from its new place with “Open a vault from a folder”.',
  unreadableTitle: "Hearth can't read the vault's folder",
  unreadableWhat: 'Its folder is there, but Hearth was not allowed to read it or write to it. Nothing was changed.',
  unreadableStep1: 'Check that the drive is plugged in and not set to read-only.',
  unreadableStep2:
    'Check that your account on this computer may open the folder and change the files in it (its permissions), or ask whoever looks after the computer.',
  unreadableStep3: 'Then try again.',
  keyFilesTitle: "The vault's passphrase files are damaged",
  keyFilesWhat: 'The files that let your passphrases open the vault are missing or damaged. What you wrote is not affected.',
  keyFilesStep1: 'Open the vault with your recovery code, the one on your paper copy.',
  keyFilesStep2: 'Hearth will then ask you to choose a new passphrase.',
  vaultFileTitle: "The vault's description file is damaged",
  vaultFileWhat:
    'The small file that names the vault (vault.json) cannot be read, so Hearth does not know how to open it. What you wrote is in a separate file and was not changed.',
  vaultFileStep1:
    'If you saved a copy of the vault to another folder with “Back up to a folder”, open that copy instead: go back, forget this vault here (its files are not deleted), then use “Open a vault from a folder”.',
  vaultFileStep2: 'Otherwise keep the folder below exactly as it is, and ask someone you trust to help before changing anything in it.',
  databaseTitle: 'This vault looks damaged',
  databaseWhat:
    'The file that holds what you wrote (hearth.db) is damaged or cut short, so it cannot be opened safely. Hearth has not changed anything.',
  databaseStep1:
    "In the vault's folder, open the folder called “backups”. Hearth keeps checked copies there, named “hearth-” and the date and time they were made.",
  databaseStep2:
    "Move hearth.db, and any file beside it whose name starts with “hearth.db-”, out of the vault's folder to somewhere safe. Keep them; don't delete them.",
  databaseStep3:
    "Copy the newest backup into the vault's folder, rename the copy hearth.db, and choose “Try again”. Anything written after that backup will not be in it.",
  databaseStep4:
    'If this feels like too much, ask someone you trust to do it with you. There is no rush: nothing changes while the vault stays closed.',
};

export default damagedVault;
