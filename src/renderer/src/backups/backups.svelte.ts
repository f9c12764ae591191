import type { BackupKind, BackupSummary } from '../../../shared/backups';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';
import { describeError } from '../lib/errors';
import { formatDayTime, numberFormat } from '../lib/locale';
import { cancelledWords, isCancelled, JobWatch } from '../jobs/job.svelte';

const KIND_WORDS = {
  daily: 'backups.kindDaily',
  'pre-migration': 'backups.kindPreMigration',
  'pre-restore': 'backups.kindPreRestore',
  'pre-import': 'backups.kindPreImport',
  manual: 'backups.kindManual',
} as const satisfies Record<BackupKind, string>;

/** Why a backup was made, in the couple's words. */
export function backupKindWords(kind: BackupKind): string {
  return t(KIND_WORDS[kind]);
}

/** A file size the way file managers show it (1 kB = 1000 bytes), in the user's locale. */
export function formatSize(bytes: number): string {
  const [unit, size, digits] =
    bytes < 1e6 ? (['kilobyte', Math.max(1, bytes / 1e3), 0] as const) : bytes < 1e9 ? (['megabyte', bytes / 1e6, 1] as const) : (['gigabyte', bytes / 1e9, 1] as const);
  return numberFormat({ style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits }).format(size);
}

export function verifiedWords(verifiedAt: string | null): string {
  return verifiedAt ? t('backups.checked', { when: formatDayTime(verifiedAt) }) : t('backups.notChecked');
}

export type BackupsWork = 'backup' | 'folder' | 'restore';

/** Settings › Backups: the vault's own copies, a copy to another folder, and putting a copy back. */
export class BackupsState {
  #backups = $state<BackupSummary[]>([]);
  #loaded = $state(false);
  #working = $state<BackupsWork | null>(null);
  #error = $state<string | null>(null);
  #notice = $state<string | null>(null);
  #cancelled = $state(false);
  #confirming = $state<BackupSummary | null>(null);
  #folderCopy = $state<string | null>(null);
  /** "Back up now" (either place) and restores, as the core reports them while they run. */
  readonly backupJob = new JobWatch('backup');
  readonly restoreJob = new JobWatch('restore');

  get backups() {
    return this.#backups;
  }
  get loaded() {
    return this.#loaded;
  }
  /** What is running now; its progress and Cancel are in `backupJob` or `restoreJob`. */
  get working() {
    return this.#working;
  }
  get error() {
    return this.#error;
  }
  get notice() {
    return this.#notice;
  }
  /** The notice says the last job was cancelled (nothing was written). */
  get cancelled() {
    return this.#cancelled;
  }
  /** The backup the person asked to restore, waiting for their confirmation. */
  get confirming() {
    return this.#confirming;
  }
  /** Where the last copy to another folder went. */
  get folderCopy() {
    return this.#folderCopy;
  }

  async load(): Promise<void> {
    try {
      this.#backups = await api.backups.list();
    } catch (error) {
      this.#error = describeError(error);
    } finally {
      this.#loaded = true;
    }
  }

  async backUpNow(): Promise<void> {
    await this.#run('backup', async () => {
      const made = await this.backupJob.run(() => api.backups.backupNow('vault'));
      this.#notice = t('backups.made', { size: formatSize(made.sizeBytes) });
      await this.load();
    });
  }

  /** Ask for a folder (a USB stick, say) and put a complete copy of the vault in it. */
  async backUpToFolder(): Promise<void> {
    if (this.#working) return;
    this.#clear();
    let folder: string | null;
    try {
      ({ folder } = await api.vaults.chooseFolder());
    } catch (error) {
      this.#error = describeError(error);
      return;
    }
    if (!folder) return;
    const chosen = folder;
    await this.#run('folder', async () => {
      const made = await this.backupJob.run(() => api.backups.backupNow({ folder: chosen }));
      this.#folderCopy = made.path;
    });
  }

  askRestore(backup: BackupSummary): void {
    if (this.#working) return;
    this.#clear();
    this.#confirming = backup;
  }

  cancelRestore(): void {
    this.#confirming = null;
  }

  async restore(): Promise<void> {
    const backup = this.#confirming;
    if (!backup) return;
    this.#confirming = null;
    await this.#run('restore', async () => {
      const { restored, safetyCopy } = await this.restoreJob.run(() => api.backups.restore({ id: backup.id }));
      this.#notice = t('backups.restored', {
        when: formatDayTime(restored.createdAt),
        kind: backupKindWords(safetyCopy.kind),
        before: formatDayTime(safetyCopy.createdAt),
      });
      await this.load();
    });
  }

  #clear(): void {
    this.#error = null;
    this.#notice = null;
    this.#cancelled = false;
    this.#folderCopy = null;
  }

  /** Ask the running backup or restore to stop (a restore only until it starts putting the backup in place). */
  async cancel(): Promise<void> {
    await (this.#working === 'restore' ? this.restoreJob : this.backupJob).cancel();
  }

  async #run(work: BackupsWork, task: () => Promise<void>): Promise<void> {
    if (this.#working) return;
    if (work !== 'folder') this.#clear();
    this.#working = work;
    try {
      await task();
    } catch (error) {
      if (isCancelled(error)) {
        this.#notice = cancelledWords();
        this.#cancelled = true;
      } else this.#error = describeError(error);
    } finally {
      this.#working = null;
    }
  }
}
