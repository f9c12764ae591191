/**
 * The worker thread's entry (built to out/main/worker.js; run from source in tests through run-job.ts). It runs
 * jobs one at a time, posts progress lines, posts each result or error, and wipes each job's copy of the data key.
 */
import { parentPort } from 'node:worker_threads';
import { HearthError } from '../../shared/errors';
import { runJob } from './jobs';
import type { ToWorker, WorkerError, WorkerMessage } from './protocol';

function describe(error: unknown): WorkerError {
  if (error instanceof HearthError) return { name: error.name, message: error.message, hearth: { code: error.code, ...(error.details ? { details: error.details } : {}) } };
  const e = error as { name?: string; message?: string; code?: unknown };
  return { name: e?.name ?? 'Error', message: e?.message ?? String(error), ...(typeof e?.code === 'string' ? { code: e.code } : {}) };
}

const port = parentPort!;
let queue: Promise<void> = Promise.resolve();

// One job at a time, in the order they came. A job reads its cancel flag (shared memory) between its steps.
port.on('message', (message: ToWorker) => {
  const { id, input, cancel } = message;
  const post = (m: WorkerMessage) => port.postMessage({ ...m, id });
  queue = queue.then(async () => {
    try {
      const value = await runJob(
        input,
        (phase, done, total) => post({ type: 'progress', phase, ...(done === undefined ? {} : { done }), ...(total === undefined ? {} : { total }) }),
        () => Atomics.load(cancel, 0) !== 0,
      );
      post({ type: 'done', value });
    } catch (error) {
      post({ type: 'error', error: describe(error) });
    } finally {
      input.key.fill(0);
    }
  });
});
