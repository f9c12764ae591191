import { isHearthError } from '../../../shared/errors';
import type { JobKind, JobPhase, JobProgress } from '../../../shared/jobs';
import { t } from '../i18n/i18n.svelte';
import { api } from '../lib/api';

type PhaseKey = `jobs.${'gettingReady' | 'copyingVault' | 'checkingCopy' | 'writingKeyFiles' | 'checkingBackup' | 'keepingCopy' | 'copyingBackup' | 'puttingInPlace' | 'readingVault' | 'encrypting' | 'writingFile' | 'readingFile' | 'merging' | 'newKey' | 'backupsNewKey'}`;

/** The phases each kind of job goes through, in order, and the catalogue key of what each is called while it runs. */
const PHASES: Record<JobKind, Partial<Record<JobPhase, PhaseKey>>> = {
  backup: { waiting: 'jobs.gettingReady', copying: 'jobs.copyingVault', checking: 'jobs.checkingCopy', writing: 'jobs.writingKeyFiles' },
  restore: {
    waiting: 'jobs.gettingReady',
    checking: 'jobs.checkingBackup',
    'safety-copy': 'jobs.keepingCopy',
    copying: 'jobs.copyingBackup',
    swapping: 'jobs.puttingInPlace',
  },
  exportAll: { waiting: 'jobs.gettingReady', reading: 'jobs.readingVault', encrypting: 'jobs.encrypting', writing: 'jobs.writingFile' },
  import: { waiting: 'jobs.gettingReady', reading: 'jobs.readingFile', 'safety-copy': 'jobs.keepingCopy', merging: 'jobs.merging' },
  rekey: { waiting: 'jobs.gettingReady', encrypting: 'jobs.newKey', writing: 'jobs.backupsNewKey' },
};

/** What a running job is doing, in words: "Copying the vault…", "Merging (3 of 12 parts)…". */
export function jobWords(progress: JobProgress): string {
  const phase = PHASES[progress.kind][progress.phase];
  const step = phase ? t(phase) : t('jobs.working');
  return progress.total > 0 ? t('jobs.parts', { step, done: progress.done, count: progress.total }) : t('jobs.going', { step });
}

/**
 * How far along a job is, from 0 to 1: each phase is an equal step, and a counted phase moves within its step.
 * (A restore checks twice; the second check counts as the step after the copy.)
 */
export function jobFraction(progress: JobProgress, seen: readonly JobPhase[] = []): number {
  const phases = Object.keys(PHASES[progress.kind]) as JobPhase[];
  const steps = progress.kind === 'restore' ? [...phases.slice(0, 4), 'checking' as const, 'swapping' as const] : phases;
  const index = progress.kind === 'restore' && progress.phase === 'checking' && seen.includes('copying') ? 4 : steps.indexOf(progress.phase);
  if (index < 0) return 0;
  const within = progress.total > 0 ? progress.done / progress.total : 0;
  return Math.min(1, (index + within) / steps.length);
}

export function isCancelled(error: unknown): boolean {
  return isHearthError(error) && error.code === 'CANCELLED';
}

/** What the settings say once a job was cancelled, in the language spoken. */
export function cancelledWords(): string {
  return t('jobs.cancelled');
}

/**
 * Watching one kind of long job while its call runs: the core is asked every quarter second what it is doing
 * (`jobs.progress` answers at once, even while the job holds the core's queue), and `cancel` asks it to stop.
 */
export class JobWatch {
  readonly kind: JobKind;
  #progress = $state<JobProgress | null>(null);
  #seen = $state<JobPhase[]>([]);
  #running = $state(false);
  #cancelling = $state(false);

  readonly #canCancel: boolean;

  /** `cancellable: false` for a job the core never lets stop part-way (a re-key): no Cancel is ever offered. */
  constructor(kind: JobKind, options: { cancellable?: boolean } = {}) {
    this.kind = kind;
    this.#canCancel = options.cancellable ?? true;
  }

  /** What the core said last while the job runs; null before it has said anything and once it is done. */
  get progress() {
    return this.#progress;
  }
  get running() {
    return this.#running;
  }
  /** Cancel was asked for and the job has not stopped yet. */
  get cancelling() {
    return this.#cancelling;
  }
  /** Whether the Cancel button is offered: before the core has answered, and while the job can still stop. */
  get cancellable(): boolean {
    return this.#canCancel && this.#running && !this.#cancelling && (this.#progress?.cancellable ?? true);
  }
  get fraction(): number {
    return this.#progress ? jobFraction(this.#progress, this.#seen) : 0;
  }

  /** Run the call, watching its job until it settles. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    this.#running = true;
    this.#cancelling = false;
    this.#progress = null;
    this.#seen = [];
    const poll = setInterval(() => void this.#poll(), 250);
    try {
      return await call();
    } finally {
      clearInterval(poll);
      this.#running = false;
      this.#cancelling = false;
      this.#progress = null;
    }
  }

  async #poll(): Promise<void> {
    try {
      const progress = await api.jobs.progress({ kind: this.kind });
      if (!this.#running || !progress.running) return;
      this.#progress = progress;
      if (!this.#seen.includes(progress.phase)) this.#seen = [...this.#seen, progress.phase];
    } catch {
      // The next poll tries again; the call itself reports what went wrong.
    }
  }

  async cancel(): Promise<void> {
    if (!this.cancellable) return;
    this.#cancelling = true;
    try {
      await api.jobs.cancel({ kind: this.kind });
    } catch {
      this.#cancelling = false;
    }
  }
}
