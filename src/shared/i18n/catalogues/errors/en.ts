/**
 * What Hearth says when a call fails (lib/errors.ts, describeError), by the core's error code and, for CORRUPT and
 * IO, by `details.reason`. In English the core's own message is shown instead, being the more precise; these are what
 * every other language says (and English only where the core gave no message of its own: `unexpected`). Keys named
 * as the codes are: errors.test.ts checks every code of src/shared/errors.ts has one. The unlock form's own lines
 * (vaults/unlock.svelte.ts) are here too.
 */
const errors = {
  unexpected: 'Something went wrong inside Hearth. Nothing you wrote was changed.',
  VALIDATION: 'Something here is not quite right yet. Look over what you entered, then try again.',
  validationPassword: 'That password is too short or too easy to guess. A few unrelated words work well.',
  validationRecoveryCode: 'That recovery code looks mistyped. Check it against your copy.',
  VAULT_LOCKED: 'The vault is locked. Unlock it to go on; nothing was lost.',
  WRONG_PASSPHRASE: 'That passphrase or recovery code does not open this vault.',
  RATE_LIMITED: 'Too many tries. Wait a moment, then try again.',
  rateLimitedWait_one: 'Too many tries. Wait {{count}} second, then try again.',
  rateLimitedWait_other: 'Too many tries. Wait {{count}} seconds, then try again.',
  NOT_FOUND: 'That is not there any more.',
  ALREADY_EXISTS: 'That is there already.',
  NOT_A_VAULT: 'That folder does not hold a Hearth vault.',
  CONFLICT: 'This changed in the meantime, so Hearth did not save over it. Look at it again, then try once more.',
  LAST_SLOT: 'This is the last passphrase of the vault; add another before removing it.',
  CORRUPT: 'Something in the vault is damaged, so Hearth left it as it was.',
  TOO_NEW: 'This was made by a newer version of Hearth. Update Hearth to open it; nothing was changed.',
  IO: 'Hearth could not read or write a file it needs. Check that the folder is still there and that you may write to it.',
  CANCELLED: 'Cancelled — nothing was written.',
  INTERNAL: 'Something went wrong inside Hearth. Nothing you wrote was changed.',
  reasonDatabase: 'The file that holds what you wrote is damaged, so Hearth did not open it. Nothing was changed.',
  reasonKeyslots: "The vault's passphrase files are missing or damaged. Open it with the recovery code; Hearth will then ask for a new passphrase.",
  reasonVaultFile: "The vault's description file (vault.json) is damaged.",
  reasonDiskFull: 'The disk is full. Free some space, then try again; nothing was lost.',
  reasonFolderMissing: 'The vault folder is not there. If it is on a USB stick, plug it in and try again.',
  reasonFolderUnreadable: 'Hearth could not read or write the vault folder. Check that it is still there and that you may write to it.',
  // The unlock form (vaults/unlock.svelte.ts)
  wrongPassphrase: "That passphrase doesn't open this vault.",
  wrongRecoveryCode: "That recovery code doesn't open this vault.",
  tooManyTries: 'Too many tries in a row. Hearth will let you try again shortly.',
  notFoundTitle: "Hearth couldn't find this vault",
  notFoundNext: 'If its folder moved, forget it here and open it again from its new folder.',
};

export default errors;
