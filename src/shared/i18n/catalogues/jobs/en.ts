/** Long work (backups, restores, export, import, a new key) while it runs: jobs/JobStatus.svelte, jobs/job.svelte.ts. */
const jobs = {
  gettingReady: 'Getting ready',
  copyingVault: 'Copying the vault',
  checkingCopy: 'Checking the copy',
  writingKeyFiles: 'Writing the key files beside the copy',
  checkingBackup: 'Checking the backup',
  keepingCopy: 'Keeping a copy of the vault as it is now',
  copyingBackup: 'Copying the backup beside the vault',
  puttingInPlace: 'Putting the backup in place',
  readingVault: 'Reading the vault',
  encrypting: 'Encrypting',
  writingFile: 'Writing the file',
  readingFile: 'Reading the file',
  merging: 'Merging',
  newKey: 'Giving the vault its new key',
  backupsNewKey: 'Giving the backups the new key',
  working: 'Working',
  /** `step` is one of the phases above. */
  going: '{{step}}…',
  /** `count` is how many parts there are in all (English says "parts" even for one, as it always has). */
  parts_one: '{{step}} ({{done}} of {{count}} parts)…',
  parts_other: '{{step}} ({{done}} of {{count}} parts)…',
  cancel: 'Cancel',
  cancelling: 'Cancelling…',
  keepUsing: 'You can keep using Hearth meanwhile.',
  cancelled: 'Cancelled — nothing was written.',
};

export default jobs;
