import { idleProgress, jobCancelled, JobPhase, type JobKind, type JobProgress } from '../../shared/jobs';

/**
 * One long job the couple started, as `jobs.progress` shows it: its phase, what is counted, and whether a cancel
 * would still stop it. The service doing the work moves it from phase to phase (or hands `onProgress` to the worker)
 * and passes `signal` to the worker's jobs, which stop between their steps once it is aborted.
 */
export class TrackedJob {
  readonly kind: JobKind;
  readonly #abort = new AbortController();
  #phase: JobPhase = 'waiting';
  #done = 0;
  #total = 0;
  #cancellable: boolean;
  readonly #changed: (job: TrackedJob) => void;

  constructor(kind: JobKind, cancellable: boolean, changed: (job: TrackedJob) => void = () => {}) {
    this.kind = kind;
    this.#cancellable = cancellable;
    this.#changed = changed;
  }

  /** Aborted once the couple cancels (only while the job is cancellable). */
  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  get cancelled(): boolean {
    return this.#abort.signal.aborted;
  }

  phase(phase: JobPhase, done = 0, total = 0): void {
    if (this.#phase === phase && this.#done === done && this.#total === total) return;
    this.#phase = phase;
    this.#done = done;
    this.#total = total;
    this.#changed(this);
  }

  /** The worker's reports (worker/jobs.ts), taken as this job's phase; a phase the couple is not shown is ignored. */
  readonly onProgress = (phase: string, done?: number, total?: number): void => {
    const known = JobPhase.safeParse(phase);
    if (known.success) this.phase(known.data, done ?? 0, total ?? 0);
  };

  /** From here on the job runs to its end (a restore's swap): a cancel asked for now is not taken. */
  finishing(): void {
    this.throwIfCancelled();
    this.#cancellable = false;
    this.#changed(this);
  }

  /** Stop here, with nothing written, if the couple cancelled. */
  throwIfCancelled(): void {
    if (this.cancelled) throw jobCancelled();
  }

  cancel(): void {
    if (!this.#cancellable || this.cancelled) return;
    this.#abort.abort();
    this.#changed(this);
  }

  get progress(): JobProgress {
    return { running: true, kind: this.kind, phase: this.#phase, done: this.#done, total: this.#total, cancellable: this.#cancellable && !this.cancelled };
  }
}

/**
 * The long jobs running now, by kind, for `jobs.progress` and `jobs.cancel` (which answer at once: they never
 * wait in the core's queue). A job is shown from the moment it is asked for, so "waiting" covers the time it
 * spends behind other work.
 */
export class JobTracker {
  readonly #running = new Map<JobKind, TrackedJob[]>();
  readonly #listeners = new Set<(progress: JobProgress) => void>();

  /** Run `work` as a job of `kind`, shown until it settles. */
  async run<T>(kind: JobKind, work: (job: TrackedJob) => Promise<T>, options: { cancellable?: boolean } = {}): Promise<T> {
    const job = new TrackedJob(kind, options.cancellable ?? true, () => this.#emit(kind));
    const list = this.#running.get(kind) ?? [];
    this.#running.set(kind, [...list, job]);
    this.#emit(kind);
    try {
      return await work(job);
    } finally {
      const left = (this.#running.get(kind) ?? []).filter((j) => j !== job);
      if (left.length) this.#running.set(kind, left);
      else this.#running.delete(kind);
      this.#emit(kind);
    }
  }

  /** Called with a kind's progress whenever it changes (phase, count, cancellable, start and end). Returns an unsubscribe function. */
  onChange(listener: (progress: JobProgress) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(kind: JobKind): void {
    const progress = this.progress(kind);
    for (const listener of this.#listeners) listener(progress);
  }

  /** The newest running job of this kind, or idle. */
  progress(kind: JobKind): JobProgress {
    return this.#running.get(kind)?.at(-1)?.progress ?? idleProgress(kind);
  }

  /** Ask every running job of every kind to stop (a lock); one past the point of no return carries on. */
  cancelAll(): void {
    for (const kind of [...this.#running.keys()]) this.cancel(kind);
  }

  /** Ask every running job of this kind to stop; one past the point of no return carries on. */
  cancel(kind: JobKind): void {
    for (const job of this.#running.get(kind) ?? []) job.cancel();
  }
}
