import type { HearthError } from '../../../shared/errors';

/**
 * Why a vault would not open, when it is more than a wrong passphrase: the core's code (CORRUPT, TOO_NEW, IO) and,
 * for the damaged part, `details.reason`.
 */
export type DamageKind = 'database' | 'key-files' | 'vault-file' | 'too-new' | 'missing-folder' | 'disk-full' | 'unreadable';

export interface VaultDamage {
  kind: DamageKind;
  title: string;
  /** What happened, in one or two sentences. */
  what: string;
  /** What can be done, in order. */
  steps: string[];
  /** The one thing Hearth itself can do next; none of them writes to the vault. */
  action: 'recovery-code' | 'try-again' | 'none';
}

export function describeDamage(error: HearthError): VaultDamage | null {
  const reason = error.details?.reason;
  switch (error.code) {
    case 'TOO_NEW':
      return {
        kind: 'too-new',
        title: 'This vault needs a newer Hearth',
        what: 'It was last opened by a newer version of Hearth than the one on this computer. Nothing in it was changed.',
        steps: ['Update Hearth on this computer to the newest version.', 'Open Hearth again and unlock the vault as usual.'],
        action: 'none',
      };
    case 'IO':
      if (reason === 'disk-full') {
        return {
          kind: 'disk-full',
          title: 'The disk is full',
          what: 'Hearth needs a little free space on the disk that holds the vault before it can open it. Nothing was lost.',
          steps: ['Free some space on that disk: empty the bin, or move large files such as videos somewhere else.', 'Then try again.'],
          action: 'try-again',
        };
      }
      if (reason === 'folder-missing') {
        return {
          kind: 'missing-folder',
          title: "Hearth can't find the vault's folder",
          what: 'Its folder is not where it was. Nothing was changed.',
          steps: [
            'If the vault is on a USB stick or another drive, plug it in, wait a moment, then try again.',
            'If you moved the folder, go back, forget the vault here (its files are not deleted) and open it from its new place with “Open a vault from a folder”.',
          ],
          action: 'try-again',
        };
      }
      return {
        kind: 'unreadable',
        title: "Hearth can't read the vault's folder",
        what: 'Its folder is there, but Hearth was not allowed to read it or write to it. Nothing was changed.',
        steps: [
          'Check that the drive is plugged in and not set to read-only.',
          'Check that your account on this computer may open the folder and change the files in it (its permissions), or ask whoever looks after the computer.',
          'Then try again.',
        ],
        action: 'try-again',
      };
    case 'CORRUPT':
      if (reason === 'keyslots') {
        return {
          kind: 'key-files',
          title: "The vault's passphrase files are damaged",
          what: 'The files that let your passphrases open the vault are missing or damaged. What you wrote is not affected.',
          steps: [
            'Open the vault with your recovery code, the one on your paper copy.',
            'Hearth will then ask you to choose a new passphrase.',
          ],
          action: 'recovery-code',
        };
      }
      if (reason === 'vault-file') {
        return {
          kind: 'vault-file',
          title: "The vault's description file is damaged",
          what: 'The small file that names the vault (vault.json) cannot be read, so Hearth does not know how to open it. What you wrote is in a separate file and was not changed.',
          steps: [
            'If you saved a copy of the vault to another folder with “Back up to a folder”, open that copy instead: go back, forget this vault here (its files are not deleted), then use “Open a vault from a folder”.',
            'Otherwise keep the folder below exactly as it is, and ask someone you trust to help before changing anything in it.',
          ],
          action: 'try-again',
        };
      }
      return {
        kind: 'database',
        title: 'This vault looks damaged',
        what: 'The file that holds what you wrote (hearth.db) is damaged or cut short, so it cannot be opened safely. Hearth has not changed anything.',
        steps: [
          "In the vault's folder, open the folder called “backups”. Hearth keeps checked copies there, named “hearth-” and the date and time they were made.",
          "Move hearth.db, and any file beside it whose name starts with “hearth.db-”, out of the vault's folder to somewhere safe. Keep them; don't delete them.",
          "Copy the newest backup into the vault's folder, rename the copy hearth.db, and choose “Try again”. Anything written after that backup will not be in it.",
          'If this feels like too much, ask someone you trust to do it with you. There is no rush: nothing changes while the vault stays closed.',
        ],
        action: 'try-again',
      };
    default:
      return null;
  }
}
