/** The unlock screen (vaults/Unlock.svelte, vaults/unlock.svelte.ts). */
const unlockEn = {
  title: 'Open your vault',
  formLabel: 'Unlock',
  vault: 'Vault:',
  whichVault: 'Which vault?',
  unavailableShort: "Unavailable — its folder isn't where it was",
  /** Follows the vault's name, shown in bold before it. */
  unavailableLong:
    "is unavailable: its folder isn't where it was. If it is on a drive, plug it in and open Hearth again; if the folder moved, forget the vault here and open it from its new place.",
  passphrase: 'Passphrase',
  recoveryCode: 'Recovery code',
  recoveryHint: 'Type it as it is on your paper copy; spaces or dashes between groups are fine.',
  retryIn_one: 'You can try again in {{count}} second.',
  retryIn_other: 'You can try again in {{count}} seconds.',
  submit: 'Unlock',
  submitting: 'Unlocking…',
  useRecovery: 'Use the recovery code',
  usePassphrase: 'Use a passphrase',
  otherVaults: 'Other vaults',
  createAnother: 'Create another vault',
  openFolder: 'Open a vault from a folder',
  forget: 'Forget this vault on this computer',
  stillDamaged: 'Hearth still cannot open the vault. Check the steps above, then try again.',
  forgetTitle: 'Forget “{{name}}” on this computer?',
  forgetWhat: 'Hearth will stop listing this vault here. Its files are not deleted — they stay in their folder:',
  forgetAgain: 'You can open it again any time with “Open a vault from a folder”.',
  keep: 'Keep it',
  forgetConfirm: 'Forget it here',
};

export default unlockEn;
