import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HearthError } from '../../shared/errors';
import { runJob } from './jobs';
import type { JobInput, JobResults, ToWorker, VaultJob, WorkerError, WorkerMessage } from './protocol';

export interface JobOptions {
  /** The vault's database file; the worker opens a connection of its own to it. Absent for a job that never opens it ('pdf', 'remove'). */
  database?: string;
  /** The raw data key. The worker gets a copy of its own (transferred), which it wipes when done. Absent as above. */
  key?: Uint8Array;
  /** The phase, and for a job that counts its items ('pdf', the export's and the import's sections), how many are done of how many. */
  onProgress?: (phase: string, done?: number, total?: number) => void;
  /**
   * Ask the job to stop: honoured between steps by 'pdf', 'copy', 'verify', 'export' and 'import' (until it
   * commits), which then fail with CANCELLED and leave nothing behind.
   */
  signal?: AbortSignal;
}

/**
 * How to start the worker. The built app has it bundled next to the main bundle (out/main/worker.js, an entry in
 * electron.vite.config.ts); from source (vitest, tsx: the tests and the benchmark) the TypeScript file is run with
 * tsx's loader registered inside the worker first. The one place that knows the difference.
 */
export function workerEntry(): { code: string | URL; eval: boolean } {
  const here = dirname(fileURLToPath(import.meta.url));
  const source = join(here, 'vault-worker.ts');
  if (existsSync(source)) {
    const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
    const code = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(source).href)}); });`;
    return { code, eval: true };
  }
  // The bundle: this code lives in out/main/index.js or in a chunk beside or below it.
  for (const candidate of [join(here, 'worker.js'), join(here, '..', 'worker.js')]) {
    if (existsSync(candidate)) return { code: pathToFileURL(candidate), eval: false };
  }
  throw new Error(`The vault worker is missing (looked for worker.js next to ${here}).`);
}

function toError(e: WorkerError): Error {
  if (e.hearth) return new HearthError(e.hearth.code, e.message, e.hearth.details);
  const error = new Error(e.message) as Error & { code?: string };
  error.name = e.name;
  if (e.code) error.code = e.code;
  return error;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  /** Sets the job's cancel flag: it stops at its next step, fails with CANCELLED and wipes its key copy. */
  cancel(): void;
  onProgress?: (phase: string, done?: number, total?: number) => void;
}

/** Stop an idle worker after this long, so its memory goes back; the next job starts a fresh one. */
const IDLE_MS = 60_000;

/**
 * The vault worker: one thread, started on the first job and kept while there is work (jobs run one after
 * another inside it), stopped after a minute without any. Each job carries its own copy of the data key
 * (transferred, not shared), which the worker wipes when the job ends.
 *
 * A re-key or a restore waits for running jobs (`idle`, see core.ts), so no copy is made across a key change or a
 * file swap.
 */
export class VaultJobs {
  #worker: Worker | null = null;
  #next = 1;
  readonly #pending = new Map<number, Pending>();
  #idleTimer: NodeJS.Timeout | null = null;
  #idleWaiters: (() => void)[] = [];

  run<J extends VaultJob>(job: J, options: JobOptions): Promise<JobResults[J['kind']]> {
    const key = options.key ? new Uint8Array(options.key) : new Uint8Array(0); // a copy of its own, moved (not copied again) to the worker below
    const input: JobInput = { job, database: options.database ?? '', key };
    const id = this.#next++;
    const { signal } = options;
    let worker: Worker;
    try {
      worker = this.#ensureWorker();
    } catch {
      // No worker file beside this code (a test's own bundle of the core): do the job here rather than not at all.
      // A job wipes the key material it was given; in this thread that must be a copy, as the worker's would be.
      const own: JobInput = 'next' in job ? { ...input, job: { ...job, next: new Uint8Array(job.next) } } : input;
      return runJob(own, options.onProgress ?? (() => {}), () => signal?.aborted ?? false).finally(() => key.fill(0)) as Promise<JobResults[J['kind']]>;
    }
    // Cancelling sets a flag in shared memory that the job reads between its steps; the thread is never terminated mid-job.
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const cancel = () => void Atomics.store(flag, 0, 1);
    if (signal?.aborted) cancel();
    else signal?.addEventListener('abort', cancel, { once: true });
    const job$ = new Promise<JobResults[J['kind']]>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject, cancel, onProgress: options.onProgress });
      if (this.#idleTimer) clearTimeout(this.#idleTimer);
      this.#idleTimer = null;
      worker.ref(); // a job waited for keeps the process alive
      worker.postMessage({ id, input, cancel: flag } satisfies ToWorker, [key.buffer as ArrayBuffer]);
    });
    return signal ? job$.finally(() => signal.removeEventListener('abort', cancel)) : job$;
  }

  /**
   * Let the jobs already sent finish, then stop the thread. (A worker is never terminated in the middle of a job:
   * stopping a thread inside a long SQLite call can bring the whole process down.)
   */
  async close(): Promise<void> {
    await this.idle();
    this.#stop();
  }

  #stop(): void {
    const worker = this.#worker;
    this.#worker = null;
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
    void worker?.terminate();
  }

  /**
   * A lock: every job sent so far is asked to stop at its next step (the ones that cannot stop part-way, such as a
   * migration, finish). Each drops its key copy when it ends.
   */
  cancelAll(): void {
    for (const pending of this.#pending.values()) pending.cancel();
  }

  /** Resolves once no job is pending. */
  idle(): Promise<void> {
    if (this.#pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  get busy(): boolean {
    return this.#pending.size > 0;
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const entry = workerEntry();
    const worker = new Worker(entry.code, { eval: entry.eval });
    worker.on('message', (message: WorkerMessage & { id: number }) => {
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      if (message.type === 'progress') return pending.onProgress?.(message.phase, message.done, message.total);
      this.#pending.delete(message.id);
      if (message.type === 'done') pending.resolve(message.value);
      else pending.reject(toError(message.error));
      this.#settled();
    });
    const lost = (error: Error) => {
      if (this.#worker === worker) this.#worker = null;
      this.#failAll(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The vault worker stopped (exit code ${code}) before it answered.`)));
    worker.unref();
    this.#worker = worker;
    return worker;
  }

  #failAll(error: Error): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(error);
    this.#settled();
  }

  #settled(): void {
    if (this.#pending.size > 0) return;
    this.#worker?.unref();
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
    if (this.#worker && !this.#idleTimer) {
      this.#idleTimer = setTimeout(() => {
        this.#idleTimer = null;
        if (this.#pending.size === 0) this.#stop();
      }, IDLE_MS);
      this.#idleTimer.unref();
    }
  }
}
