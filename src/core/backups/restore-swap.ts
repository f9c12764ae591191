import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { syncDirectory, writeFileAtomic } from '../vaults/atomic-file';
import { vaultPaths } from '../vaults/folder';

/** The database file and the two files SQLite keeps beside it while it is open. */
const SIDECARS = ['', '-wal', '-shm'] as const;
type Sidecar = (typeof SIDECARS)[number];

const JOURNAL = '.hearth-restore.json';
/** A note being written when the process stopped (vault/atomic-file.ts names its temp files so). */
const JOURNAL_TEMP = /^\.\.hearth-restore\.json\.[0-9a-f]{12}\.tmp$/;
const STAGED = /^\.hearth\.db\.restore-[0-9a-f]{12}\.tmp$/;
const ASIDE = /^\.hearth\.db\.before-restore-[0-9a-f]{12}$/;

/**
 * What a restore's swap is doing, written (atomically) before its first rename: the file put in place (`staged`),
 * where the vault's own files go meanwhile (`aside`, plus each sidecar), which of those files there were, and how far
 * it got. `swapping`: renames may have begun; an interruption is rolled back, to the vault as it was. `done`: the
 * restored file opened and passed its check; an interruption is completed (the set-aside files are removed, and only
 * from then on: the removal shrinks them step by step).
 */
const Journal = z.object({
  format: z.literal('hearth-restore'),
  version: z.literal(1),
  staged: z.string().regex(STAGED),
  aside: z.string().regex(ASIDE),
  moved: z.array(z.enum(SIDECARS)),
  state: z.enum(['swapping', 'done']),
});
type Journal = z.infer<typeof Journal>;

/**
 * Swapping a restored database into a vault folder (backup-service.ts `restore`), so that a process stopped at any
 * step leaves a vault that opens whole at the next unlock (`finishInterruptedRestore`): the old one or the restored
 * one, never a mix of their files and never none.
 */
export class RestoreSwap {
  readonly #dir: string;
  readonly #database: string;
  /** The file the restore copies the backup into, beside hearth.db. */
  readonly staged: string;
  readonly #aside: string;
  #moved: Sidecar[] = [];

  constructor(vaultDir: string) {
    const tag = randomBytes(6).toString('hex');
    this.#dir = vaultDir;
    this.#database = vaultPaths(vaultDir).database;
    this.staged = join(vaultDir, `.hearth.db.restore-${tag}.tmp`);
    this.#aside = join(vaultDir, `.hearth.db.before-restore-${tag}`);
  }

  /** The vault's own files, once set aside: for removal after `commit`. */
  get asidePaths(): string[] {
    return this.#moved.map((s) => this.#aside + s);
  }

  /** The staged file and anything SQLite made beside it: removed when the restore stops before the swap. */
  discardStaged(): void {
    for (const s of SIDECARS) rmSync(this.staged + s, { force: true });
  }

  /** With the vault's database closed: note the steps, set the vault's files aside, and put the staged file in place. */
  replace(): void {
    this.#moved = SIDECARS.filter((s) => existsSync(this.#database + s));
    this.#note('swapping');
    for (const s of this.#moved) renameSync(this.#database + s, this.#aside + s);
    renameSync(this.staged, this.#database);
    syncDirectory(this.#dir);
  }

  /** Put the vault's own files back (after a failed `replace`, or a restored file that did not open), then forget the swap. */
  undo(): void {
    rollBack(this.#dir, this.#journal('swapping'));
    rmSync(join(this.#dir, JOURNAL), { force: true });
    syncDirectory(this.#dir);
  }

  /** The restored file opened and passed its check: from now on an interruption completes the restore. */
  commit(): void {
    this.#note('done');
  }

  /** The set-aside files are gone (removed on the worker after `commit`): forget the swap. */
  finish(): void {
    complete(this.#dir, this.#journal('done'));
  }

  #journal(state: Journal['state']): Journal {
    return { format: 'hearth-restore', version: 1, staged: basename(this.staged), aside: basename(this.#aside), moved: this.#moved, state };
  }

  #note(state: Journal['state']): void {
    writeFileAtomic(join(this.#dir, JOURNAL), `${JSON.stringify(this.#journal(state))}\n`);
  }
}

/**
 * Finish what a restore stopped part way left in a vault folder, before its database is opened: roll an unfinished
 * swap back (the vault as it was before the restore), or complete a swap whose restored file had already opened (the
 * set-aside files removed). Then a staged copy (its backup is still in the backups folder) or a half-written note
 * left by a restore stopped before its swap goes too. A note that cannot be read is left alone, and nothing is moved.
 *
 * To be called at every unlock, before the database is opened (vault-service.ts `unlock`). Needs no key.
 */
export function finishInterruptedRestore(vaultDir: string): 'none' | 'rolled-back' | 'completed' {
  const journal = readJournal(vaultDir);
  if (journal === undefined) return 'none';
  let outcome: 'none' | 'rolled-back' | 'completed' = 'none';
  if (journal?.state === 'done') {
    complete(vaultDir, journal);
    outcome = 'completed';
  } else if (journal) {
    rollBack(vaultDir, journal);
    rmSync(join(vaultDir, JOURNAL), { force: true });
    syncDirectory(vaultDir);
    outcome = 'rolled-back';
  }
  for (const name of readdirSync(vaultDir)) if (STAGED.test(name) || JOURNAL_TEMP.test(name)) rmSync(join(vaultDir, name), { force: true });
  return outcome;
}

/** The note of a swap; null when there is none, undefined when there is one that cannot be read. */
function readJournal(vaultDir: string): Journal | null | undefined {
  let text: string;
  try {
    text = readFileSync(join(vaultDir, JOURNAL), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = Journal.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Put every set-aside file back where it was; anything at hearth.db's names that is not the vault's own (the
 * restored file, or what SQLite made beside it) goes. Safe to repeat after an interruption: a file still set aside
 * is not back yet, and a file the vault never had is not its own.
 */
function rollBack(vaultDir: string, journal: Journal): void {
  const database = vaultPaths(vaultDir).database;
  const aside = join(vaultDir, journal.aside);
  for (const s of SIDECARS) {
    if (existsSync(aside + s)) {
      rmSync(database + s, { force: true });
      renameSync(aside + s, database + s);
    } else if (!journal.moved.includes(s)) {
      rmSync(database + s, { force: true });
    }
  }
  rmSync(join(vaultDir, journal.staged), { force: true });
}

function complete(vaultDir: string, journal: Journal): void {
  for (const s of SIDECARS) rmSync(join(vaultDir, journal.aside) + s, { force: true });
  rmSync(join(vaultDir, JOURNAL), { force: true });
  syncDirectory(vaultDir);
}
