import type { ImportReport } from '../../shared/transfer';
import { loadSharp } from '../timeline/photos';
import { vaultPaths } from '../vaults/folder';
import type { VaultService } from '../vaults/vault-service';
import type { TrackedJob } from '../jobs/job-tracker';
import type { VaultJobs } from '../worker/run-job';
import { wordsIn, type Words } from '../i18n/words';

export interface TransferServiceOptions {
  jobs: VaultJobs;
  /** The language Hearth speaks, for the file dialogs' titles and file types; English when not given. */
  words?(): Words;
}

/**
 * The full export and import of a vault, and imports from other journals. Reading every row, sealing, parsing
 * and merging all run on the vault worker (worker/), on a connection of its own, so the window never stalls.
 */
export class TransferService {
  readonly #vaults: VaultService;
  readonly #options: TransferServiceOptions;

  constructor(vaults: VaultService, options: TransferServiceOptions) {
    this.#vaults = vaults;
    this.#options = options;
  }

  #words(): Words {
    return this.#options.words?.() ?? wordsIn('en');
  }

  #job() {
    const vault = this.#vaults.requireUnlocked();
    return { database: vaultPaths(vault.dir).database, key: vault.dataKey };
  }

  /**
   * Everything in the vault as one file where the user chooses; encrypted when a passphrase is given. Returns as
   * soon as the worker has started: the worker reads one consistent snapshot in a read transaction, so saves may
   * go on meanwhile (`done` settles when the file is written).
   *
   * With a tracked `job` its phases show (reading the vault section by section, encrypting, writing) and a cancel
   * stops it before it writes: `done` then fails with CANCELLED and no file, not even a temp file, is left.
   */
  async startExport(passphrase: string | undefined, job?: TrackedJob): Promise<{ done: Promise<{ saved: boolean; path?: string }> }> {
    this.#vaults.requireUnlocked();
    const day = this.#vaults.clock.now().toISOString().slice(0, 10);
    const { t } = this.#words();
    const path = await this.#vaults.platform.chooseSavePath({
      title: passphrase ? t('dialogs.saveProtectedExport') : t('dialogs.saveExport'),
      defaultName: passphrase ? `hearth-export-${day}.protected.json` : `hearth-export-${day}.json`,
      filters: [{ name: t('dialogs.exportFiles'), extensions: ['json'] }],
    });
    if (!path) return { done: Promise.resolve({ saved: false }) };
    job?.throwIfCancelled();
    const seal = passphrase ? { passphrase, kdf: await this.#vaults.kdfParams() } : null;
    const options = { ...this.#job(), ...(job ? { signal: job.signal, onProgress: job.onProgress } : {}) };
    job?.phase('reading');
    const done = this.#options.jobs
      .run({ kind: 'exportAll', target: path, exportedAt: this.#vaults.clock.now().toISOString(), seal }, options)
      .then(() => ({ saved: true, path }));
    return { done };
  }

  async chooseFile(): Promise<{ path: string | null }> {
    this.#vaults.requireUnlocked();
    const { t } = this.#words();
    const path = await this.#vaults.platform.chooseOpenFile?.({
      title: t('dialogs.chooseImport'),
      filters: [
        { name: t('dialogs.importFiles'), extensions: ['json', 'zip'] },
        { name: t('dialogs.allFiles'), extensions: ['*'] },
      ],
    });
    return { path: path ?? null };
  }

  /**
   * Merge a file into the unlocked vault, in one transaction on the worker's connection; a file that is not fully
   * readable imports nothing. Every photo it brings is re-encoded as an added photo is, and before anything is
   * merged the worker makes a checked `pre-import` copy of the vault into its backups folder: if that copy cannot be
   * made, nothing is imported. The core's queue is held throughout, so the main connection writes nothing meanwhile.
   *
   * With a tracked `job` its phases show (reading the file, the safety copy, merging section by section) and a
   * cancel stops it until the merge commits: the transaction rolls back, the copy made for it is removed, and it
   * fails with CANCELLED, nothing imported.
   */
  async importFile(path: string, passphrase: string | undefined, job?: TrackedJob): Promise<ImportReport> {
    const options = { ...this.#job(), ...(job ? { signal: job.signal, onProgress: job.onProgress } : {}) };
    const copyTo = { vaultDir: this.#vaults.requireUnlocked().dir, at: this.#vaults.clock.now().toISOString() };
    job?.throwIfCancelled();
    job?.phase('reading');
    // sharp must be loaded by the main thread before a worker loads it: a native module that cannot be unloaded
    // would otherwise fail to register in the next worker, and only this thread can keep libvips off the disk.
    await loadSharp();
    return this.#options.jobs.run({ kind: 'import', path, passphrase, copyTo }, options);
  }
}
