import { z } from 'zod';
import { HearthError } from './errors';

/**
 * Long jobs the couple starts and can watch: "Back up now" (into the vault's backups folder or to a chosen folder),
 * restoring a backup, the full export, an import, and a re-key (a new recovery code, a passphrase removed or changed;
 * it cannot be cancelled). Each runs on the vault worker; while it runs, `jobs.progress`
 * says what it is doing and `jobs.cancel` asks it to stop. Both answer at once, even while the job holds the core's
 * queue (they do not wait their turn).
 */
export const JOB_KINDS = ['backup', 'restore', 'exportAll', 'import', 'rekey'] as const;
export const JobKind = z.enum(JOB_KINDS);
export type JobKind = z.infer<typeof JobKind>;

/**
 * What a job is doing now. `waiting`: behind other work (another backup, a save in progress). The renderer words
 * each phase for its kind ("Copying the vault", "Checking the copy", "Reading the file", "Merging", …).
 */
export const JOB_PHASES = ['idle', 'waiting', 'reading', 'copying', 'checking', 'safety-copy', 'encrypting', 'writing', 'merging', 'swapping'] as const;
export const JobPhase = z.enum(JOB_PHASES);
export type JobPhase = z.infer<typeof JobPhase>;

export const JobRef = z.object({ kind: JobKind }).strict();
export type JobRef = z.input<typeof JobRef>;

export const JobProgress = z.object({
  /** False when no job of this kind is running (then the phase is `idle`). */
  running: z.boolean(),
  kind: JobKind,
  phase: JobPhase,
  /** Steps finished in this phase, where the job counts them (sections of the export or the import); else 0. */
  done: z.number(),
  /** How many there are to do in this phase; 0 when the phase is not counted. */
  total: z.number(),
  /** Whether `jobs.cancel` would still stop it: a restore cannot be stopped once the swap starts, an import once it commits. */
  cancellable: z.boolean(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export function idleProgress(kind: JobKind): JobProgress {
  return { running: false, kind, phase: 'idle', done: 0, total: 0, cancellable: false };
}

/** What a cancelled job says (its error's message). */
export const JOB_CANCELLED_MESSAGE = 'Cancelled — nothing was written.';

/** The error a job fails with once it has stopped because it was asked to. */
export function jobCancelled(): HearthError {
  return new HearthError('CANCELLED', JOB_CANCELLED_MESSAGE);
}
