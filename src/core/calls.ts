import { toHearthError } from './errors';
import type { JobTracker } from './jobs/job-tracker';

/**
 * How a contract call joins the core's one-at-a-time queue. Each area's `handlers.ts` says it per method; `core.ts`
 * builds the one `Calls` every area shares.
 */
export interface Calls {
  /** In the queue: runs after the previous call has answered. Anything thrown leaves as a HearthError. */
  serial<T>(work: () => Promise<T> | T): Promise<T>;
  /** In the queue, once no worker job holds the database file (a re-key or a restore needs it to itself). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Started in the queue, finished outside it: saves and reads go on while a worker does the rest. */
  background<T>(start: () => { done: Promise<T> } | Promise<{ done: Promise<T> }>): Promise<T>;
  /** Outside the queue: answers at once, also while a long job holds the queue or waits in it. */
  outside<T>(work: () => T | Promise<T>): Promise<T>;
  /** The long jobs the couple starts and watches through `jobs.progress`. */
  readonly tracked: JobTracker;
}

export interface CallsOptions {
  /** The vault's queue (`VaultService.serial`). */
  queue: <T>(work: () => Promise<T> | T) => Promise<T>;
  /** Resolves when no worker job holds the database file. */
  jobsIdle: () => Promise<unknown>;
  tracked: JobTracker;
}

export function createCalls({ queue, jobsIdle, tracked }: CallsOptions): Calls {
  const rethrow = (error: unknown): never => {
    throw toHearthError(error);
  };
  const serial = <T>(work: () => Promise<T> | T): Promise<T> => queue(work).catch(rethrow);
  return {
    serial,
    exclusive: (work) =>
      serial(async () => {
        await jobsIdle();
        return work();
      }),
    background: async (start) => {
      const { done } = await serial(start);
      return done.catch(rethrow);
    },
    outside: async (work) => work(),
    tracked,
  };
}
